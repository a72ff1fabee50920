#include "changepassphrasejob.h"

#include "secretstore.h"

#include "common/secret.h"

namespace keyport {

ChangePassphraseJob::ChangePassphraseJob(KeyInfo key, QByteArray oldPassphrase, QByteArray newPassphrase,
                                         QObject *parent)
    : Job(parent)
    , m_key(std::move(key))
    , m_old(std::move(oldPassphrase))
    , m_new(std::move(newPassphrase))
{
}

ChangePassphraseJob::~ChangePassphraseJob()
{
    wipe(m_old);
    wipe(m_new);
}

void ChangePassphraseJob::run()
{
    const QString path = m_key.path;
    auto *change = new TaskJob<void>(
        [path, oldPass = deepCopy(m_old), newPass = deepCopy(m_new)]() mutable {
            Status s = KeyStore().changePassphrase(path, oldPass, newPass);
            wipe(oldPass);
            wipe(newPass);
            if (!s && s.error().code == ErrorCode::WrongPassphrase)
                return Status(
                    Error(ErrorCode::WrongPassphrase,
                          tr("Wrong passphrase for %1; nothing was changed.").arg(KeyStore().displayName(path))));
            return s;
        },
        this);
    follow(change, [this](TaskJob<void> *changed) {
        if (changed->failed()) {
            finish(changed->error());
            return;
        }
        updateKeychain();
    });
}

void ChangePassphraseJob::updateKeychain()
{
    if (!m_key.publicKey) {
        finish();
        return;
    }
    const QString secretKey = secrets::passphraseKey(m_key.publicKey->fingerprint());
    follow(secrets::read(secretKey, this), [this, secretKey](SecretJob *read) {
        if (read->failed() || !read->secret()) {
            finish(); // nothing remembered: nothing to keep in step
            return;
        }
        SecretJob *update = m_new.isEmpty() ? secrets::remove(secretKey, this) : secrets::write(secretKey, m_new, this);
        follow(update, [this](SecretJob *updated) {
            if (updated->failed()) {
                finish(Error(updated->error().code,
                             tr("The passphrase of %1 was changed, but the keychain still holds the old one: %2 "
                                "Store the new one with `keyport-cli keys remember %1`.")
                                 .arg(m_key.name, updated->error().message)));
                return;
            }
            m_keychainUpdated = true;
            finish();
        });
    });
}

} // namespace keyport
