#pragma once

#include "keystore.h"

#include "common/job.h"

#include <functional>
#include <optional>

namespace keyport {

// Asks a person for a passphrase. `reason` says why (first ask, or "wrong
// passphrase, try again"). Reply with nullopt to cancel. May reply later.
using PassphrasePrompt = std::function<void(const KeyInfo &key, const QString &reason,
                                            std::function<void(std::optional<QByteArray>)> reply)>;

// Opens a private key: as is when unencrypted, else with the passphrase from
// the OS keychain, else by asking (up to three times). Decryption runs on a
// worker thread. A missing keychain is not an error: it is reported through
// keychainNote() and the prompt is used.
class UnlockKeyJob : public Job {
    Q_OBJECT
public:
    UnlockKeyJob(KeyInfo key, PassphrasePrompt prompt, QObject *parent = nullptr);

    const std::optional<DecryptedKey> &key() const { return m_result; }
    // Set when the keychain could not be used (why it asked instead).
    const QString &keychainNote() const { return m_keychainNote; }
    bool usedKeychain() const { return m_usedKeychain; }
    // The passphrase that opened the key (for "remember"); empty otherwise.
    const QByteArray &passphrase() const { return m_passphrase; }
    ~UnlockKeyJob() override;

protected:
    void run() override;

private:
    void tryPassphrase(const QByteArray &passphrase, bool fromKeychain);
    void ask(const QString &reason);

    KeyInfo m_info;
    PassphrasePrompt m_prompt;
    std::optional<DecryptedKey> m_result;
    QString m_keychainNote;
    QByteArray m_passphrase;
    bool m_usedKeychain = false;
    int m_attempts = 0;
};

} // namespace keyport
