#pragma once

#include "keystore.h"

#include "common/job.h"

namespace keyport {

// Deletes a key's files (key, .pub, -cert.pub) and its passphrase in the
// keychain: a passphrase for a key that is gone is only a liability.
class DeleteKeyJob : public Job {
    Q_OBJECT
public:
    DeleteKeyJob(KeyInfo key, QObject *parent = nullptr);
    // Set when the files are gone but the keychain entry could not be removed.
    const QString &keychainNote() const { return m_keychainNote; }

protected:
    void run() override;

private:
    KeyInfo m_key;
    QString m_keychainNote;
};

} // namespace keyport
