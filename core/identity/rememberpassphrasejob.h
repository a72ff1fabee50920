#pragma once

#include "keystore.h"

#include "common/job.h"

namespace keyport {

// Stores a key's passphrase in the OS keychain, after checking that it
// opens the key: only a passphrase that works is worth keeping.
class RememberPassphraseJob : public Job {
    Q_OBJECT
public:
    RememberPassphraseJob(KeyInfo key, QByteArray passphrase, QObject *parent = nullptr);
    ~RememberPassphraseJob() override;

protected:
    void run() override;

private:
    KeyInfo m_key;
    QByteArray m_passphrase;
};

} // namespace keyport
