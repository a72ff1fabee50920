#include "knotimportjob.h"

#include "knotconfig.h"

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
    Q_EMIT progress(tr("Importing %1…").arg(config.name));
    follow(new AddSourceJob(m_registry, config, token, this), [this](AddSourceJob *add) {
        m_results.append({ add->config(), add->failed() ? add->error() : Error {} });
        next();
    });
}

} // namespace keyport
