#pragma once

#include "sources/httpapi.h"
#include "workspace/source.h"

#include <functional>
#include <optional>

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
    RegisteredKeysJob *registeredKeys() override;
    StatusJob *unregisterKey(const QString &fingerprint) override;
    ByteStream *openStream(const Workspace &w, QObject *parent) override;
    void presetToken(const QByteArray &token) override { m_api->setToken(token); }

    // The replies of knot's API, parsed without side effects (and fuzzed):
    // hostile input gives an Error or safe values.

    // GET /api/users/whoami.
    struct User {
        QString userId; // never empty
        // The user's key lines; none when the answer has no string for them
        // (then they cannot be merged without losing some).
        std::optional<QString> sshPublicKey;
        QString githubUsername;
    };
    static Result<User> parseWhoami(const QByteArray &body);
    // GET /api/spaces: the user's spaces as workspaces of `source` on `server`.
    // Entries that are not spaces (no name, not an object) are left out.
    static Result<QList<Workspace>> parseSpaces(const QByteArray &body, const QString &source, const QUrl &server,
                                                bool insecure);
    // Maps one space of GET /api/spaces to a workspace.
    static Workspace toWorkspace(const QString &source, const QUrl &server, bool insecure, const QJsonObject &space);
    // Appends `key` to the newline-separated keys, keeping every other line.
    static QString mergeKey(const QString &existing, const PublicKey &key, const QString &comment);

    static constexpr qsizetype kMaxSpaces = 100000;

private:
    // GET /api/users/whoami, parsed: listing and every edit of the key lines start here.
    ValueJob<User> *whoami();
    StatusJob *startStop(const Workspace &w, bool start);
    // What an edit makes of the user's key lines: the lines to send, or
    // nullopt when they need no change.
    using KeyLinesEdit = std::function<Result<std::optional<QString>>(const QString &lines)>;
    // Reads the user's key lines, edits them and sends them back with the
    // github username as it was; `unknownLines` is the error when knot did
    // not send the lines.
    StatusJob *editKeyLines(const QString &unknownLines, KeyLinesEdit edit);
    SourceConfig m_config;
    HttpApi *m_api;
};

} // namespace keyport
