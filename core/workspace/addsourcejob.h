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

protected:
    void run() override;

private:
    SourceRegistry *m_registry;
    SourceConfig m_config;
    QByteArray m_token;
    QList<Workspace> m_workspaces;
    bool m_testOnly = false;
};

} // namespace keyport
