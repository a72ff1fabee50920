#pragma once

#include "registry.h"

namespace keyport {

// Adds a knot or JupyterHub source: checks the config, lists the source
// once with the token (so a wrong URL or token is caught before anything is
// stored), then stores the token in the keychain and the config on disk.
// Nothing is stored when any step fails.
class AddSourceJob : public Job {
    Q_OBJECT
public:
    AddSourceJob(SourceRegistry *registry, SourceConfig config, QByteArray token, QObject *parent = nullptr);
    const SourceConfig &config() const { return m_config; }
    // What the test listing found.
    const QList<Workspace> &workspaces() const { return m_workspaces; }
    // Only test: list with the token, store nothing.
    void setTestOnly(bool testOnly) { m_testOnly = testOnly; }
    // Editing: a source of that name is replaced, only once the new settings answered.
    void setReplace(bool replace) { m_replace = replace; }

protected:
    void run() override;

private:
    SourceRegistry *m_registry;
    SourceConfig m_config;
    QByteArray m_token;
    QList<Workspace> m_workspaces;
    bool m_testOnly = false;
    bool m_replace = false;
};

} // namespace keyport

namespace keyport {

// Imports the connections of knot's own client config (knot.toml) as knot
// sources, one after the other, each through AddSourceJob (so each is tested
// before it is stored). Fails only when the file cannot be read or holds no
// connections; how each connection went is in results().
class KnotImportJob : public Job {
    Q_OBJECT
public:
    struct Outcome {
        SourceConfig config;
        Error error; // none: imported
    };
    KnotImportJob(SourceRegistry *registry, QString path, QObject *parent = nullptr);
    const QList<Outcome> &results() const { return m_results; }
    bool anyFailed() const;

protected:
    void run() override;

private:
    void next();
    SourceRegistry *m_registry;
    QString m_path;
    QList<std::pair<SourceConfig, QByteArray>> m_pending;
    QList<Outcome> m_results;
};

} // namespace keyport
