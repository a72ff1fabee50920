#pragma once

#include "identity/publickey.h"
#include "identity/unlockkeyjob.h"
#include "workspace/workspace.h"

#include "common/job.h"

#include <optional>

namespace keyport {

class SourceRegistry;

// Everything that must be true before ssh (a terminal, an editor, scp) can
// reach a workspace without questions: its key in the agent (with a
// lifetime), the managed ssh config written, the tunnel answering, and its
// host key pinned. A first-seen host key is a question for the person
// (hostKeyUnknown, answered with trustHostKey); a changed one ends the job
// with an error and hostKeyChanged() true. Finishes once.
class ConnectJob : public Job {
    Q_OBJECT
public:
    struct Options {
        QString cliPath; // the keyport-cli ProxyCommand lines run
        bool includeInUserConfig = false; // also write the Include line (editors need it)
        int agentLifetimeSeconds = 3600; // 0: no lifetime
        PassphrasePrompt prompt; // for a key whose passphrase is not in the keychain
    };
    ConnectJob(SourceRegistry *registry, Workspace workspace, Options options, QObject *parent = nullptr);

    const Workspace &workspace() const { return m_workspace; }
    // Set once the server offered a key.
    const std::optional<PublicKey> &offeredKey() const { return m_offered; }
    bool hostKeyChanged() const { return m_changed; }
    // Why a key was not added to the agent (ssh then asks by itself); empty if it was or had to be.
    const QString &agentNote() const { return m_agentNote; }

    // The answer to hostKeyUnknown.
    void trustHostKey(bool trust);

Q_SIGNALS:
    void hostKeyUnknown(const keyport::PublicKey &offered);

protected:
    void run() override;

private:
    void addKeyToAgent();
    void writeConfig();
    void preflight();
    void checkHostKey();
    void pinAndFinish();

    SourceRegistry *m_registry;
    Workspace m_workspace;
    Options m_options;
    std::optional<PublicKey> m_offered;
    bool m_changed = false;
    bool m_waitingForTrust = false;
    QString m_agentNote;
};

} // namespace keyport
