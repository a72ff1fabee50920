#pragma once

#include "proxyserver.h"

#include "model/workspace.h"

#include <QHash>

namespace keyport {

class SourceRegistry;

// The local proxy ports the app keeps open: at most one per workspace, each
// on a loopback port, with its traffic counters. Stopping one closes the
// listening port; connections already relayed finish on their own, and the
// stopped server goes away after the last of them. Until then it is still a
// child of the manager, so destroying the manager (quitting the app) ends
// those connections too.
class ProxyManager : public QObject {
    Q_OBJECT
public:
    struct Running {
        Workspace workspace;
        ProxyServer *server = nullptr;
        QString endpoint() const; // "127.0.0.1:port"
    };

    explicit ProxyManager(SourceRegistry *registry, QObject *parent = nullptr);

    // Starts (or returns the running) proxy for `w` on a loopback address;
    // port 0 picks a free one.
    Result<Running> start(const Workspace &w, quint16 port = 0,
                          const QHostAddress &bind = QHostAddress(QHostAddress::LocalHost));
    void stop(const QString &workspaceId);
    void stopAll();
    std::optional<Running> find(const QString &workspaceId) const;
    QList<Running> running() const;

Q_SIGNALS:
    // A proxy started or stopped, or one of its connections ended, also one
    // still finishing after its proxy was stopped (counters move all the
    // time: read them when showing them).
    void changed();
    void connectionFailed(const QString &workspaceId, const keyport::Error &error);

private:
    SourceRegistry *m_registry;
    QHash<QString, Running> m_running;
};

} // namespace keyport
