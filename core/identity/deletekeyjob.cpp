#include "deletekeyjob.h"

#include "secretstore.h"

namespace keyport {

DeleteKeyJob::DeleteKeyJob(KeyInfo key, QObject *parent)
    : Job(parent)
    , m_key(std::move(key))
{
}

void DeleteKeyJob::run()
{
    const QString path = m_key.path;
    follow(new TaskJob<void>([path] { return KeyStore().remove(path); }, this), [this](TaskJob<void> *removed) {
        if (removed->failed() || !m_key.publicKey) {
            finish(removed->error());
            return;
        }
        follow(secrets::remove(secrets::passphraseKey(m_key.publicKey->fingerprint()), this), [this](SecretJob *del) {
            if (del->failed())
                m_keychainNote = del->error().message;
            finish();
        });
    });
}

} // namespace keyport
