#pragma once

#include "sources/httpapi.h"
#include "workspace/source.h"

namespace keyport {

// A knot server (github.com/paularlott/knot): the user's spaces, start/stop,
// SSH keys merged into the user's key lines, SSH over the WebSocket endpoint.
class KnotSource : public Source {
    Q_OBJECT
public:
    KnotSource(SourceConfig config, QObject *parent);
    QString name() const override { return m_config.name; }
    QString kind() const override { return QStringLiteral("knot"); }
    QString describe() const override { return tr("knot server %1").arg(m_config.url); }

    Capabilities capabilities() const override
    {
        return Capability::StartStop | Capability::RegisterKeys | Capability::Tunnel;
    }

    ListJob *list() override;
    StatusJob *start(const Workspace &w) override;
    StatusJob *stop(const Workspace &w) override;
    StatusJob *registerKey(const PublicKey &key, const QString &comment) override;
    ByteStream *openStream(const Workspace &w, QObject *parent) override;
    void presetToken(const QByteArray &token) override { m_api->setToken(token); }

    // Maps one space of GET /api/spaces to a workspace.
    static Workspace toWorkspace(const QString &source, const QUrl &server, bool insecure, const QJsonObject &space);
    // Appends `key` to the newline-separated keys, keeping every other line.
    static QString mergeKey(const QString &existing, const PublicKey &key, const QString &comment);

private:
    StatusJob *startStop(const Workspace &w, bool start);
    SourceConfig m_config;
    HttpApi *m_api;
};

} // namespace keyport
