#pragma once

#include "registry.h"

namespace keyport {

// Adds a source that needs a token (knot, JupyterHub, spaces): checks the
// config, exchanges a one-time credential for the token where the kind has
// one (spaces' auth key), lists the source once with the token (so a wrong
// URL or token is caught before anything is stored), then saves the config
// and stores the token in the keychain. Nothing is stored when any step fails.
class AddSourceJob : public Job {
    Q_OBJECT
public:
    AddSourceJob(SourceRegistry *registry, SourceConfig config, QByteArray token, QObject *parent = nullptr);
    const SourceConfig &config() const { return m_config; }
    // The token that was (or would be) kept: for a redeemed credential, what it was exchanged for.
    const QByteArray &token() const { return m_token; }
    // What the test listing found.
    const QList<Workspace> &workspaces() const { return m_workspaces; }
    // Only test: list with the token, store nothing.
    void setTestOnly(bool testOnly) { m_testOnly = testOnly; }
    // Editing: a source of that name is replaced, only once the new settings answered.
    void setReplace(bool replace) { m_replace = replace; }
    // The token is the kept one already (an imported session): no credential to redeem.
    void setRedeemed(bool redeemed) { m_redeemed = redeemed; }

protected:
    void run() override;

private:
    void probe();
    void store();
    void finishNotAdded(const Error &e);
    SourceRegistry *m_registry;
    SourceConfig m_config;
    QByteArray m_token;
    QList<Workspace> m_workspaces;
    bool m_testOnly = false;
    bool m_replace = false;
    bool m_redeemed = false;
};

} // namespace keyport
