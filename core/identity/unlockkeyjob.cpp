#include "unlockkeyjob.h"

#include "secretstore.h"

#include <QPointer>

#include "common/secret.h"

namespace keyport {

namespace {
constexpr int kMaxAttempts = 3;
}

UnlockKeyJob::UnlockKeyJob(KeyInfo key, PassphrasePrompt prompt, QObject *parent)
    : Job(parent)
    , m_info(std::move(key))
    , m_prompt(std::move(prompt))
{
}

UnlockKeyJob::~UnlockKeyJob()
{
    wipe(m_passphrase);
}

void UnlockKeyJob::run()
{
    if (!m_info.encrypted) {
        tryPassphrase({}, false);
        return;
    }
    if (!m_info.publicKey) { // no fingerprint, no keychain entry to look up
        ask({});
        return;
    }
    follow(secrets::read(secrets::passphraseKey(m_info.publicKey->fingerprint()), this), [this](SecretJob *read) {
        if (read->failed()) {
            m_keychainNote = read->error().oneLine();
            ask({});
        } else if (read->secret()) {
            tryPassphrase(*read->secret(), true);
        } else {
            ask({});
        }
    });
}

void UnlockKeyJob::ask(const QString &reason)
{
    if (!m_prompt) {
        finish(Error(ErrorCode::NeedPassphrase,
                     tr("%1 is protected by a passphrase and none is stored in the keychain.").arg(m_info.name)));
        return;
    }
    QPointer<UnlockKeyJob> self(this);
    m_prompt(m_info, reason, [self](std::optional<QByteArray> passphrase) {
        if (!self)
            return;
        if (!passphrase && self->m_attempts > 0) { // gave up after a wrong one
            self->finish(Error(ErrorCode::WrongPassphrase, tr("Wrong passphrase for %1.").arg(self->m_info.name)));
            return;
        }
        if (!passphrase) {
            self->finish(
                Error(ErrorCode::NeedPassphrase, tr("%1 is protected by a passphrase and none was given; store it with "
                                                    "`keyport-cli keys remember %1` or type it when asked.")
                                                     .arg(self->m_info.name)));
            return;
        }
        self->tryPassphrase(*passphrase, false);
    });
}

void UnlockKeyJob::tryPassphrase(const QByteArray &passphrase, bool fromKeychain)
{
    if (!fromKeychain)
        ++m_attempts;
    const QString path = m_info.path;
    auto *task = new TaskJob<DecryptedKey>(
        [path, copy = deepCopy(passphrase)]() mutable {
            auto key = KeyStore().decrypt(path, copy);
            wipe(copy);
            return key;
        },
        this);
    follow(task, [this, passphrase, fromKeychain](TaskJob<DecryptedKey> *decrypted) {
        if (!decrypted->failed()) {
            m_result = decrypted->value();
            m_usedKeychain = fromKeychain;
            m_passphrase = passphrase;
            finish();
            return;
        }
        if (decrypted->error().code != ErrorCode::WrongPassphrase) {
            finish(decrypted->error());
            return;
        }
        if (fromKeychain) {
            m_keychainNote = tr("The passphrase stored in the keychain no longer opens %1.").arg(m_info.name);
            ask(m_keychainNote);
        } else if (m_attempts < kMaxAttempts) {
            ask(tr("Wrong passphrase, try again."));
        } else {
            finish(Error(ErrorCode::WrongPassphrase, tr("Wrong passphrase for %1.").arg(m_info.name)));
        }
    });
}

} // namespace keyport
