#include "proxymanager.h"

#include "workspace/registry.h"

namespace keyport {

QString ProxyManager::Running::endpoint() const
{
    return QStringLiteral("%1:%2").arg(server->address().toString()).arg(server->port());
}

ProxyManager::ProxyManager(SourceRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
}

Result<ProxyManager::Running> ProxyManager::start(const Workspace &w, quint16 port, const QHostAddress &bind)
{
    if (auto it = m_running.constFind(w.id()); it != m_running.cend())
        return *it;
    Source *source = m_registry->find(w.source);
    if (!source)
        return Error(ErrorCode::NotFound, tr("The source %1 is not configured any more.").arg(w.source));
    auto *server = new ProxyServer([source, w](QObject *parent) { return source->openStream(w, parent); }, this);
    if (auto ok = server->listen(bind, port); !ok) {
        delete server;
        return ok.error();
    }
    const QString id = w.id();
    connect(server, &ProxyServer::connectionFinished, this, [this, id](const Error &e) {
        if (e.isError())
            Q_EMIT connectionFailed(id, e);
        Q_EMIT changed();
    });
    Running r { w, server };
    m_running.insert(id, r);
    Q_EMIT changed();
    return r;
}

void ProxyManager::stop(const QString &workspaceId)
{
    const auto it = m_running.find(workspaceId);
    if (it == m_running.end())
        return;
    // The server owns the connections it relays: it goes once they have
    // ended by themselves, not now.
    it->server->closeAndDeleteWhenIdle();
    m_running.erase(it);
    Q_EMIT changed();
}

void ProxyManager::stopAll()
{
    const QStringList ids = m_running.keys();
    for (const QString &id : ids)
        stop(id);
}

std::optional<ProxyManager::Running> ProxyManager::find(const QString &workspaceId) const
{
    const auto it = m_running.constFind(workspaceId);
    if (it == m_running.cend())
        return std::nullopt;
    return *it;
}

QList<ProxyManager::Running> ProxyManager::running() const
{
    QList<Running> out = m_running.values();
    std::sort(out.begin(), out.end(),
              [](const Running &a, const Running &b) { return a.workspace.id() < b.workspace.id(); });
    return out;
}

} // namespace keyport
