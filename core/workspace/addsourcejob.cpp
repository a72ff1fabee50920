#include "addsourcejob.h"

#include "identity/secretstore.h"
#include "sources/knot/knotconfig.h"

namespace keyport {

AddSourceJob::AddSourceJob(SourceRegistry *registry, SourceConfig config, QByteArray token, QObject *parent)
    : Job(parent)
    , m_registry(registry)
    , m_config(std::move(config))
    , m_token(std::move(token))
{
}

void AddSourceJob::run()
{
    if (auto ok = SourceRegistry::validate(m_config); !ok) {
        finish(ok.error());
        return;
    }
    if (m_token.trimmed().isEmpty()) {
        finish(Error(ErrorCode::InvalidArgument, tr("Paste the token first; nothing was added.")));
        return;
    }
    if (!m_testOnly && !m_replace && m_registry->config(m_config.name)) {
        finish(Error(ErrorCode::AlreadyExists,
                     tr("A source named %1 exists already; remove it first.").arg(m_config.name)));
        return;
    }
    Source *probe = SourceRegistry::create(m_config, this);
    if (!probe) {
        finish(Error(ErrorCode::InvalidArgument, tr("Unknown source kind %1.").arg(m_config.kind)));
        return;
    }
    probe->presetToken(m_token.trimmed());
    ListJob *list = probe->list();
    connect(list, &Job::finished, this, [this, list] {
        if (list->failed()) {
            const Error &e = list->error();
            finish(Error(e.code, m_testOnly ? e.message : tr("%1 was not added: %2").arg(m_config.name, e.message),
                         e.detail));
            return;
        }
        m_workspaces = list->workspaces();
        if (m_testOnly) {
            finish();
            return;
        }
        auto *write = secrets::write(m_config.tokenKey(), m_token.trimmed(), this);
        connect(write, &Job::finished, this, [this, write] {
            if (write->failed()) {
                finish(Error(write->error().code, tr("%1 was not added: its token could not be stored: %2")
                                                      .arg(m_config.name, write->error().message)));
                return;
            }
            const auto previous = m_replace ? m_registry->config(m_config.name) : std::nullopt;
            if (previous)
                m_registry->remove(m_config.name);
            if (auto ok = m_registry->add(m_config); !ok) {
                if (previous)
                    m_registry->add(*previous); // a failed edit keeps the source as it was
                finish(ok.error());
                return;
            }
            SourceRegistry::remember({ m_config.name }, m_workspaces);
            finish();
        });
    });
    list->start();
}

} // namespace keyport

namespace keyport {

KnotImportJob::KnotImportJob(SourceRegistry *registry, QString path, QObject *parent)
    : Job(parent)
    , m_registry(registry)
    , m_path(std::move(path))
{
}

bool KnotImportJob::anyFailed() const
{
    return std::any_of(m_results.cbegin(), m_results.cend(), [](const Outcome &o) { return o.error.isError(); });
}

void KnotImportJob::run()
{
    QString error;
    const auto connections = knotconfig::read(m_path, &error);
    if (!error.isEmpty()) {
        finish(Error(ErrorCode::NotFound, error));
        return;
    }
    if (connections.isEmpty()) {
        finish(Error(ErrorCode::NotFound, tr("%1 has no [client.connection.*] entries.").arg(m_path)));
        return;
    }
    for (const knotconfig::Connection &conn : connections) {
        SourceConfig c;
        c.kind = QStringLiteral("knot");
        c.name = conn.alias;
        c.url = conn.server;
        // knot's own CLI skips TLS verification by default; Keyport does not.
        m_pending.append({ c, conn.token });
    }
    next();
}

void KnotImportJob::next()
{
    if (m_pending.isEmpty()) {
        finish();
        return;
    }
    const auto [config, token] = m_pending.takeFirst();
    auto *add = new AddSourceJob(m_registry, config, token, this);
    connect(add, &Job::finished, this, [this, add] {
        m_results.append({ add->config(), add->failed() ? add->error() : Error {} });
        next();
    });
    add->start();
}

} // namespace keyport
