#include "generatekeyjob.h"

#include "addtoagentjob.h"
#include "secretstore.h"

#include "common/secret.h"

namespace keyport {

GenerateKeyJob::GenerateKeyJob(QString name, Options options, QObject *parent)
    : Job(parent)
    , m_name(std::move(name))
    , m_options(std::move(options))
{
}

GenerateKeyJob::~GenerateKeyJob()
{
    wipe(m_options.key.passphrase);
}

void GenerateKeyJob::run()
{
    if (m_options.remember && m_options.key.passphrase.isEmpty()) {
        finish(Error(ErrorCode::InvalidArgument, tr("There is no passphrase to remember; nothing was written.")));
        return;
    }
    Q_EMIT progress(tr("Generating %1…").arg(m_name));
    const QString name = m_name;
    GenerateOptions options = m_options.key;
    options.passphrase = deepCopy(m_options.key.passphrase);
    auto *generate = new TaskJob<KeyInfo>(
        [name, options]() mutable {
            auto key = KeyStore().generate(name, options);
            wipe(options.passphrase);
            return key;
        },
        this);
    follow(generate, [this](TaskJob<KeyInfo> *generated) {
        if (generated->failed()) {
            finish(generated->error());
            return;
        }
        m_key = generated->value();
        remember();
    });
}

void GenerateKeyJob::remember()
{
    if (!m_options.remember) {
        addToAgent();
        return;
    }
    follow(secrets::write(secrets::passphraseKey(m_key->publicKey->fingerprint()), m_options.key.passphrase, this),
           [this](SecretJob *write) {
               if (write->failed()) {
                   finish(Error(
                       write->error().code,
                       tr("Created %1, but its passphrase was not stored: %2").arg(m_key->path, write->error().message),
                       write->error().detail));
                   return;
               }
               m_remembered = true;
               addToAgent();
           });
}

void GenerateKeyJob::addToAgent()
{
    if (!m_options.addToAgent) {
        finish();
        return;
    }
    // The passphrase was just chosen: no need to ask for it.
    const QByteArray passphrase = deepCopy(m_options.key.passphrase);
    PassphrasePrompt known = [passphrase](const KeyInfo &, const QString &reason,
                                          std::function<void(std::optional<QByteArray>)> reply) {
        reply(reason.isEmpty() ? std::optional<QByteArray>(passphrase) : std::nullopt);
    };
    follow(new AddToAgentJob(*m_key, { *m_options.addToAgent, false, false }, known, this), [this](AddToAgentJob *add) {
        if (add->failed()) {
            finish(
                Error(add->error().code,
                      tr("Created %1, but it was not added to the agent: %2").arg(m_key->path, add->error().message)));
            return;
        }
        m_added = true;
        finish();
    });
}

} // namespace keyport
