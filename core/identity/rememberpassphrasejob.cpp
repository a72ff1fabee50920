#include "rememberpassphrasejob.h"

#include "secretstore.h"

#include "common/secret.h"

namespace keyport {

RememberPassphraseJob::RememberPassphraseJob(KeyInfo key, QByteArray passphrase, QObject *parent)
    : Job(parent)
    , m_key(std::move(key))
    , m_passphrase(std::move(passphrase))
{
}

RememberPassphraseJob::~RememberPassphraseJob()
{
    wipe(m_passphrase);
}

void RememberPassphraseJob::run()
{
    if (!m_key.encrypted) {
        finish(Error(ErrorCode::InvalidArgument,
                     tr("%1 has no passphrase; there is nothing to remember.").arg(m_key.name)));
        return;
    }
    if (!m_key.publicKey) {
        finish(Error(ErrorCode::NotFound,
                     tr("%1 has no .pub file, so Keyport cannot name its keychain entry.").arg(m_key.name)));
        return;
    }
    const QString path = m_key.path;
    auto *check = new TaskJob<void>(
        [path, passphrase = deepCopy(m_passphrase)]() mutable -> Status {
            auto opened = KeyStore().decrypt(path, passphrase);
            wipe(passphrase);
            return opened ? Status() : Status(opened.error());
        },
        this);
    follow(check, [this](TaskJob<void> *checked) {
        if (checked->failed()) {
            finish(checked->error().code == ErrorCode::WrongPassphrase ? Error(
                       ErrorCode::WrongPassphrase, tr("Wrong passphrase for %1; nothing was stored.").arg(m_key.name))
                                                                       : checked->error());
            return;
        }
        follow(secrets::write(secrets::passphraseKey(m_key.publicKey->fingerprint()), m_passphrase, this),
               [this](SecretJob *write) {
                   finish(write->failed() ? Error(write->error().code,
                                                  tr("Checked the passphrase of %1, but it was not stored: %2")
                                                      .arg(m_key.name, write->error().message),
                                                  write->error().detail)
                                          : Error());
               });
    });
}

} // namespace keyport
