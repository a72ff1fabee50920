#pragma once

#include "common/job.h"
#include "common/settings.h"
#include "identity/addtoagentjob.h"
#include "identity/keystore.h"
#include "model/workspace.h"

namespace keyport {

class SourceRegistry;

// How the pipeline adds a workspace's key to the agent: the settings'
// lifetime and confirm, only a key ssh could not open without asking, and
// not again while the agent holds it (with this certificate).
AddToAgentJob::Options pipelineAgentOptions(const AppSettings &settings);

// Makes sure the key of a workspace whose source issues certificates has one
// with at least a minute left, before anything authenticates with it:
//  - the key is made on first use when it does not exist (the source's own
//    key, without a passphrase, as the spaces CLI makes it: it logs in
//    nowhere without a certificate, and certificates need the token in the
//    keychain);
//  - it is registered with the source when the source does not know it;
//  - the certificate is written as <key>-cert.pub (0600, atomically).
// The launch pipeline's step 4, and what `keyport-cli certificate ALIAS`
// does for a plain ssh through the managed config's `Match exec`; there,
// with setLoadIntoAgent, an encrypted key goes back into the agent with its
// new certificate (passphrase from the keychain only: ssh's Match exec has
// no terminal), since the agent dropped both when the old one expired.
class CertificateJob : public Job {
    Q_OBJECT
public:
    CertificateJob(SourceRegistry *registry, Workspace workspace, QObject *parent = nullptr);
    // Renew when less than this is left.
    static constexpr qint64 kMarginSeconds = 60;
    void setLoadIntoAgent(const AppSettings &settings) { m_agentOptions = pipelineAgentOptions(settings); }

    // The key as it is afterwards (with its certificate), once known.
    const KeyInfo &key() const { return m_key; }
    bool issued() const { return m_issued; }
    const QStringList &notes() const { return m_notes; }

protected:
    void run() override;

private:
    void inspect();
    void ensureRegistered();
    void issue();
    void finishSourceGone();
    void loadIntoAgent();
    SourceRegistry *m_registry;
    Workspace m_workspace;
    KeyInfo m_key;
    bool m_issued = false;
    QStringList m_notes;
    std::optional<AddToAgentJob::Options> m_agentOptions;
};

} // namespace keyport
