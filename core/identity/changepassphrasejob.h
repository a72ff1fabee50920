#pragma once

#include "keystore.h"

#include "common/job.h"

namespace keyport {

// Re-encrypts a key with a new passphrase (empty: none) and keeps the
// keychain in step: a remembered passphrase is replaced by the new one, or
// removed when the key has none left. The old passphrase must open the key.
class ChangePassphraseJob : public Job {
    Q_OBJECT
public:
    ChangePassphraseJob(KeyInfo key, QByteArray oldPassphrase, QByteArray newPassphrase, QObject *parent = nullptr);
    ~ChangePassphraseJob() override;
    // The keychain held the passphrase and now holds the new one (or none).
    bool keychainUpdated() const { return m_keychainUpdated; }

protected:
    void run() override;

private:
    void updateKeychain();
    KeyInfo m_key;
    QByteArray m_old;
    QByteArray m_new;
    bool m_keychainUpdated = false;
};

} // namespace keyport
