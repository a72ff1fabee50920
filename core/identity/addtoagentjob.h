#pragma once

#include "agentclient.h"
#include "unlockkeyjob.h"

namespace keyport {

// Loads a private key into ssh-agent: unlocks it (unencrypted, the
// keychain's passphrase, or the prompt) and adds it with the constraints;
// a valid <key>-cert.pub goes with it (as ssh-add does), and then neither
// is added for longer than the certificate has left.
// The one way keys reach the agent, for the CLI, the Keys page, a new key
// and the launch pipeline.
class AddToAgentJob : public Job {
    Q_OBJECT
public:
    struct Options {
        AgentConstraints constraints;
        // Only when the agent does not hold the key yet (the pipeline:
        // an added key is not re-added, and its lifetime not reset).
        bool unlessLoaded = false;
        // Only keys ssh cannot read by itself without asking.
        bool onlyEncrypted = false;
    };
    AddToAgentJob(KeyInfo key, Options options, PassphrasePrompt prompt, QObject *parent = nullptr);

    // Nothing was done: the agent held the key already, or it needs no agent (see Options).
    bool skipped() const { return m_skipped; }
    // Why the keychain was not used, when it was not (the prompt asked instead).
    const QString &keychainNote() const { return m_keychainNote; }
    const KeyInfo &key() const { return m_key; }
    // The added key's fingerprint and comment (once unlocked, also for keys without a .pub).
    const QString &fingerprint() const { return m_fingerprint; }
    const QString &comment() const { return m_comment; }
    // Its certificate was added too.
    bool withCertificate() const { return m_withCertificate; }
    // The lifetime it was added with (shorter than asked when its certificate ends sooner).
    std::optional<quint32> lifetimeSeconds() const { return m_lifetimeSeconds; }

protected:
    void run() override;

private:
    void unlockAndAdd();
    std::optional<Certificate> usableCertificate() const;
    KeyInfo m_key;
    Options m_options;
    PassphrasePrompt m_prompt;
    QString m_keychainNote;
    QString m_fingerprint;
    QString m_comment;
    bool m_skipped = false;
    bool m_withCertificate = false;
    std::optional<quint32> m_lifetimeSeconds;
};

} // namespace keyport
