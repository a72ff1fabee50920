#include "addsourcejob.h"

#include "common/log.h"
#include "common/secret.h"
#include "identity/secretstore.h"
#include "sourcekind.h"

namespace keyport {

AddSourceJob::AddSourceJob(SourceRegistry *registry, SourceConfig config, QByteArray token, QObject *parent)
    : Job(parent)
    , m_registry(registry)
    , m_config(std::move(config))
    // A buffer of its own: a caller may wipe its copy as soon as this exists.
    , m_token(deepCopy(token))
{
}

void AddSourceJob::run()
{
    if (auto ok = SourceRegistry::validate(m_config); !ok) {
        finish(ok.error());
        return;
    }
    m_token = m_token.trimmed();
    if (m_token.isEmpty()) {
        finish(Error(ErrorCode::InvalidArgument, tr("Paste the token first; nothing was added.")));
        return;
    }
    if (m_registry->loadError().isError()) {
        finish(m_registry->loadError());
        return;
    }
    if (!m_testOnly && !m_replace && m_registry->config(m_config.name)) {
        finish(Error(ErrorCode::AlreadyExists,
                     tr("A source named %1 exists already; remove it first.").arg(m_config.name)));
        return;
    }
    const SourceKind *kind = sourcekinds::find(m_config.kind);
    if (!kind || !kind->redeem || m_redeemed) {
        probe();
        return;
    }
    // A one-time credential: what is kept is the token it is exchanged for.
    Q_EMIT progress(tr("Logging in to %1…").arg(m_config.url));
    follow(kind->redeem(m_config, m_token, this), [this](ValueJob<QByteArray> *redeemed) {
        wipe(m_token);
        if (redeemed->failed()) {
            finishNotAdded(redeemed->error());
            return;
        }
        m_token = redeemed->value();
        probe();
    });
}

void AddSourceJob::finishNotAdded(const Error &e)
{
    finish(Error(e.code, m_testOnly ? e.message : tr("%1 was not added: %2").arg(m_config.name, e.message), e.detail));
}

void AddSourceJob::probe()
{
    Source *probe = SourceRegistry::create(m_config, this);
    if (!probe) {
        finish(Error(ErrorCode::InvalidArgument, tr("Unknown source kind %1.").arg(m_config.kind)));
        return;
    }
    probe->presetToken(m_token);
    Q_EMIT progress(tr("Asking %1…").arg(m_config.url));
    follow(probe->list(), [this](ListJob *list) {
        if (list->failed()) {
            finishNotAdded(list->error());
            return;
        }
        m_workspaces = list->value();
        if (m_testOnly)
            finish();
        else
            store();
    });
}

// The config first, then the token: a config that cannot be saved leaves
// the keychain as it was, and a token that cannot be stored takes the config
// back with it. Nothing half-added stays behind.
void AddSourceJob::store()
{
    const auto previous = m_replace ? m_registry->config(m_config.name) : std::nullopt;
    const Status saved = previous ? m_registry->replace(m_config, m_token) : m_registry->add(m_config, m_token);
    if (!saved) {
        finish(Error(saved.error().code, tr("%1 was not added: %2").arg(m_config.name, saved.error().message),
                     saved.error().detail));
        return;
    }
    follow(secrets::write(m_config.tokenKey(), m_token), [this, previous](SecretJob *write) {
        if (write->failed()) {
            // A failed edit keeps the source as it was; a failed add leaves no source.
            const Status undone = previous ? m_registry->replace(*previous) : m_registry->remove(m_config.name);
            if (!undone)
                qCWarning(lcCommon) << "could not take back" << m_config.name << undone.error().oneLine();
            finish(Error(
                write->error().code,
                tr("%1 was not added: its token could not be stored: %2").arg(m_config.name, write->error().message)));
            return;
        }
        SourceRegistry::remember({ m_config.name }, m_workspaces);
        finish();
    });
}

} // namespace keyport
