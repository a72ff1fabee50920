#pragma once

#include "source.h"
#include "workspacesettings.h"

#include <QMap>
#include <functional>
#include <optional>

namespace keyport {

// Lists the given sources at once; one source failing (or going away while
// it lists) does not hide the others. The user's per-workspace settings are
// applied, and the cache is updated with what the sources said. The job
// fails only when the user's settings cannot be read.
class ListAllJob : public Job {
    Q_OBJECT
public:
    ListAllJob(QList<Source *> sources, QObject *parent);
    const QList<Workspace> &workspaces() const { return m_workspaces; }
    const QMap<QString, Error> &errors() const { return m_errors; }
    // The sources that answered.
    QStringList listed() const { return m_listed; }

protected:
    void run() override;

private:
    void listEach(const QMap<QString, WorkspaceOverride> &overrides, bool forwardAgentByDefault);
    // `lost`: the source went away meanwhile.
    void withPlatformKeys(QPointer<Source> source, QList<Workspace> workspaces,
                          std::function<void(const QList<Workspace> &)> then, std::function<void()> lost);
    void oneDone();
    void remember();
    QList<QPointer<Source>> m_sources;
    QList<Workspace> m_workspaces;
    QMap<QString, Error> m_errors;
    QStringList m_listed;
    QList<SshIdentity> m_identities; // Keyport's own: they pick the keys
    int m_pending = 0;
};

// The sources: the built-in kinds ("ssh": ssh config hosts, "local": the
// sandbox) and those configured in sources.json. Every kind registers itself
// (sourcekind.h); the registry knows none of them by name. Also keeps a
// cache of the last listing, so `keyport-cli forward` can open a tunnel
// without asking servers.
class SourceRegistry : public QObject {
    Q_OBJECT
public:
    explicit SourceRegistry(QObject *parent = nullptr);

    // Set when sources.json could not be read: only the built-in sources are
    // there, and nothing is written over the file.
    const Error &loadError() const { return m_loadError; }
    // Reads sources.json again (after it was fixed or moved aside).
    void reload();

    QList<Source *> sources() const { return m_sources; }
    Source *find(const QString &name) const;
    QList<SourceConfig> configured() const { return m_configs; }
    std::optional<SourceConfig> config(const QString &name) const;

    // A token given here is the new source's before anyone hears of it: a
    // refresh that starts on changed() must not race the keychain write.
    Status add(const SourceConfig &config, const QByteArray &token = {});
    Status remove(const QString &name);
    // Replaces a configured source (editing it).
    Status replace(const SourceConfig &config, const QByteArray &token = {});
    // The key a source's workspaces log in with.
    Status setIdentity(const QString &name, const QString &identityFile);
    // A source object for a config that is not added yet (to test it).
    static Source *create(const SourceConfig &config, QObject *parent);
    // Name, kind and URL rules (https except on loopback).
    static Status validate(const SourceConfig &config);

    // Unstarted, as every job.
    ListAllJob *listAll(const QStringList &only = {});

    // The last listing of every source, from the cache file. A cache that
    // cannot be read is moved aside (it only repeats what servers say) and
    // reads as empty.
    static QList<Workspace> cached();
    static std::optional<Workspace> cachedWorkspace(const QString &id);
    // Replaces the cached workspaces of the given sources.
    static Status remember(const QStringList &sources, const QList<Workspace> &workspaces);
    // "knot.dev-box" -> ("knot", "dev-box"); source names hold no dots.
    static std::pair<QString, QString> splitId(const QString &id);

Q_SIGNALS:
    // A source was added, replaced or removed.
    void changed();

private:
    // Takes a new source in, with its token when there is one, and says so.
    void adopt(Source *source, const QByteArray &token);
    Status save(const QList<SourceConfig> &configs) const;
    QList<SourceConfig> m_configs;
    QList<Source *> m_sources;
    Error m_loadError;
};

} // namespace keyport
