#include "addtoagentjob.h"

#include "common/log.h"

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
    auto *check = new TaskJob<bool>(
        [key]() -> Result<bool> {
            auto ids = AgentClient().list();
            if (!ids)
                return ids.error();
            return std::any_of(ids->cbegin(), ids->cend(), [&key](const AgentIdentity &id) { return id.key == key; });
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
        const AgentConstraints constraints = m_options.constraints;
        auto *add = new TaskJob<void>(
            [opened, constraints] { return AgentClient().add(opened.key, opened.comment, constraints); }, this);
        follow(add, [this](TaskJob<void> *added) {
            if (!added->failed())
                qCInfo(lcAgent) << "added" << m_fingerprint << "to the agent";
            finish(added->error());
        });
    });
}

} // namespace keyport
