#pragma once

#include "source.h"

#include <QMap>
#include <optional>

namespace keyport {

// What the user configured for a source; tokens live in the keychain only.
struct SourceConfig {
    QString name;
    QString kind; // "knot", "jupyterhub"
    QString url;
    QString hubUser; // JupyterHub
    QString loginUser; // JupyterHub: the notebook's Unix user
    bool insecure = false;
    QString identityFile;

    QJsonObject toJson() const;
    static SourceConfig fromJson(const QJsonObject &o);
    // The keychain key of this source's token.
    QString tokenKey() const { return QStringLiteral("source-token/") + name; }
};

// Lists all sources at once; one source failing does not hide the others.
class ListAllJob : public Job {
    Q_OBJECT
public:
    ListAllJob(QList<Source *> sources, QObject *parent);
    const QList<Workspace> &workspaces() const { return m_workspaces; }
    const QMap<QString, Error> &errors() const { return m_errors; }

protected:
    void run() override;

private:
    QList<Source *> m_sources;
    QList<Workspace> m_workspaces;
    QMap<QString, Error> m_errors;
    int m_pending = 0;
};

// The sources: built-in "ssh" (ssh config hosts) and "local" (sandbox), plus
// those configured in <config>/sources.json. Also keeps a cache of the last
// listing, so `keyport-cli forward` can open a tunnel without asking servers.
class SourceRegistry : public QObject {
    Q_OBJECT
public:
    explicit SourceRegistry(QObject *parent = nullptr);

    QList<Source *> sources() const { return m_sources; }
    Source *find(const QString &name) const;
    QList<SourceConfig> configured() const { return m_configs; }
    std::optional<SourceConfig> config(const QString &name) const;

    Status add(const SourceConfig &config);
    Status remove(const QString &name);
    // The key a source's workspaces log in with.
    Status setIdentity(const QString &name, const QString &identityFile);
    // A source object for a config that is not added yet (to test it).
    static Source *create(const SourceConfig &config, QObject *parent);
    // Name, kind and URL rules (https except on loopback).
    static Status validate(const SourceConfig &config);

    ListAllJob *listAll(const QStringList &only = {});

    static QString configPath();
    static QString cachePath();
    static QList<Workspace> cached();
    static std::optional<Workspace> cachedWorkspace(const QString &id);
    // Replaces the cached workspaces of the given sources.
    static Status remember(const QStringList &sources, const QList<Workspace> &workspaces);
    // "knot.dev-box" -> ("knot", "dev-box"); source names hold no dots.
    static std::pair<QString, QString> splitId(const QString &id);

    // Kinds register a factory (knot, jupyterhub); unknown kinds are errors.
    using Factory = std::function<Source *(const SourceConfig &, QObject *parent)>;
    static void registerKind(const QString &kind, Factory factory);

private:
    Status save() const;
    QList<SourceConfig> m_configs;
    QList<Source *> m_sources;
};

Status validateSourceName(const QString &name);

} // namespace keyport
