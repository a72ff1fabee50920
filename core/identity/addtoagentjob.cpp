#include "addtoagentjob.h"

#include "common/log.h"

#include <QDateTime>

namespace keyport {

AddToAgentJob::AddToAgentJob(KeyInfo key, Options options, PassphrasePrompt prompt, QObject *parent)
    : Job(parent)
    , m_key(std::move(key))
    , m_options(options)
    , m_prompt(std::move(prompt))
{
}

void AddToAgentJob::run()
{
    if (m_options.onlyEncrypted && !m_key.encrypted) {
        m_skipped = true;
        finish();
        return;
    }
    if (AgentClient::defaultSocket().isEmpty()) {
        finish(Error(ErrorCode::Agent, tr("No ssh-agent is running (SSH_AUTH_SOCK is not set). Start one, or log in "
                                          "to a desktop session that provides it.")));
        return;
    }
    if (!m_options.unlessLoaded || !m_key.publicKey) {
        unlockAndAdd();
        return;
    }
    const PublicKey key = *m_key.publicKey;
    // With a certificate, "loaded" means this very certificate: a renewed one is added again.
    const std::optional<Certificate> cert = usableCertificate();
    auto *check = new TaskJob<bool>(
        [key, cert]() -> Result<bool> {
            auto ids = AgentClient().list();
            if (!ids)
                return ids.error();
            return std::any_of(ids->cbegin(), ids->cend(), [&](const AgentIdentity &id) {
                return cert ? id.certificate && id.certificate->blob == cert->blob : id.key == key;
            });
        },
        this);
    follow(check, [this](TaskJob<bool> *loaded) {
        if (loaded->failed()) {
            finish(loaded->error());
        } else if (loaded->value()) {
            m_skipped = true;
            finish();
        } else {
            unlockAndAdd();
        }
    });
}

std::optional<Certificate> AddToAgentJob::usableCertificate() const
{
    const auto &c = m_key.certificate;
    if (!c || !m_key.publicKey || c->key != *m_key.publicKey || !c->isValidAt(QDateTime::currentDateTimeUtc()))
        return std::nullopt;
    return c;
}

void AddToAgentJob::unlockAndAdd()
{
    Q_EMIT progress(tr("Unlocking %1…").arg(m_key.name));
    follow(new UnlockKeyJob(m_key, m_prompt, this), [this](UnlockKeyJob *unlock) {
        m_keychainNote = unlock->keychainNote();
        if (unlock->failed()) {
            finish(unlock->error());
            return;
        }
        const DecryptedKey opened = *unlock->key();
        m_fingerprint = opened.key.publicKey().fingerprint();
        m_comment = opened.comment;
        AgentConstraints constraints = m_options.constraints;
        const std::optional<Certificate> cert = usableCertificate();
        if (cert) {
            // Neither the key nor its certificate outlives the certificate.
            const auto left = cert->secondsLeft(QDateTime::currentDateTimeUtc());
            if (left && (!constraints.lifetimeSeconds || *left < qint64(*constraints.lifetimeSeconds)))
                constraints.lifetimeSeconds = quint32(qMax<qint64>(1, *left));
        }
        auto *add = new TaskJob<void>(
            [opened, constraints, cert]() -> Status {
                const AgentClient agent;
                if (auto ok = agent.add(opened.key, opened.comment, constraints); !ok || !cert)
                    return ok;
                return agent.addCertificate(opened.key, *cert, opened.comment, constraints);
            },
            this);
        follow(add, [this, cert, constraints](TaskJob<void> *added) {
            if (!added->failed())
                qCInfo(lcAgent) << "added" << m_fingerprint << (cert ? "and its certificate" : "") << "to the agent";
            m_withCertificate = !added->failed() && cert;
            m_lifetimeSeconds = constraints.lifetimeSeconds;
            finish(added->error());
        });
    });
}

} // namespace keyport
