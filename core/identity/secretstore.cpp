#include "secretstore.h"

#include "common/log.h"
#include "common/secret.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace keyport {

SecretJob::SecretJob(Mode mode, QString key, QByteArray secret, QObject *parent)
    : Job(parent)
    , m_mode(mode)
    , m_key(std::move(key))
    , m_input(std::move(secret))
{
}

SecretJob::~SecretJob()
{
    wipe(m_input);
}

void SecretJob::run()
{
    attempt();
}

void SecretJob::attempt()
{
    QKeychain::Job *job = nullptr;
    const QString service = QString::fromLatin1(secrets::kService);
    switch (m_mode) {
    case Mode::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Mode::Write: {
        auto *w = new QKeychain::WritePasswordJob(service, this);
        w->setBinaryData(m_input);
        job = w;
        break;
    }
    case Mode::Delete:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        const auto err = j->error();
        if (err == QKeychain::NoError) {
            if (m_mode == Mode::Read)
                m_secret = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
            finish();
            return;
        }
        if (err == QKeychain::EntryNotFound) {
            finish(); // read: no secret; delete: nothing to delete
            return;
        }
        if (err == QKeychain::NoBackendAvailable || err == QKeychain::NotImplemented) {
            finish(Error(ErrorCode::NoKeychain,
                         tr("No OS keychain is available (on Linux: a Secret Service such as gnome-keyring or "
                            "KWallet). Keyport never stores secrets in plain text, so it will ask each time."),
                         j->errorString()));
            return;
        }
        if (err == QKeychain::AccessDeniedByUser || err == QKeychain::AccessDenied) {
            finish(Error(ErrorCode::Keychain, tr("Access to the OS keychain was denied."), j->errorString()));
            return;
        }
        // A keyring that is still starting at login fails once: retry once.
        if (!m_retried) {
            m_retried = true;
            qCInfo(lcSecrets) << "keychain error, retrying once:" << j->errorString();
            QTimer::singleShot(500, this, [this] { attempt(); });
            return;
        }
        finish(Error(ErrorCode::NoKeychain,
                     tr("The OS keychain is not reachable; Keyport never stores secrets in plain text, "
                        "so it will ask each time."),
                     j->errorString()));
    });
    job->start();
}

namespace secrets {

QString passphraseKey(const QString &fingerprint)
{
    return QStringLiteral("ssh-key-passphrase/") + fingerprint;
}

SecretJob *read(const QString &key, QObject *parent)
{
    return new SecretJob(SecretJob::Mode::Read, key, {}, parent);
}

SecretJob *write(const QString &key, const QByteArray &secret, QObject *parent)
{
    return new SecretJob(SecretJob::Mode::Write, key, secret, parent);
}

SecretJob *remove(const QString &key, QObject *parent)
{
    return new SecretJob(SecretJob::Mode::Delete, key, {}, parent);
}

} // namespace secrets

} // namespace keyport
