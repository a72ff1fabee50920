#pragma once

#include "relay.h"

#include <QHostAddress>
#include <functional>

class QTcpServer;

namespace keyport {

// A local SSH proxy port: every connection gets its own upstream stream to
// the workspace's sshd. Binds loopback addresses only. It owns its open
// connections: deleting it ends them at once.
class ProxyServer : public QObject {
    Q_OBJECT
public:
    using Upstream = std::function<ByteStream *(QObject *parent)>;
    ProxyServer(Upstream upstream, QObject *parent = nullptr);
    ~ProxyServer() override;

    // port 0: any free port.
    Status listen(const QHostAddress &address, quint16 port);
    QHostAddress address() const;
    quint16 port() const;
    int openConnections() const { return m_open; }
    // Both directions, connections still open included.
    qint64 bytesMoved() const;
    // Stops listening; open connections finish on their own.
    void close();
    // Stops listening, and deletes this after its last open connection has
    // finished on its own (soon, when none is open). The counters stay right
    // until then.
    void closeAndDeleteWhenIdle();

Q_SIGNALS:
    void connectionFinished(const keyport::Error &error);

private:
    void accept();
    Upstream m_upstream;
    QTcpServer *m_server;
    int m_open = 0;
    bool m_deleteWhenIdle = false;
    qint64 m_bytes = 0; // of finished connections
    QList<Relay *> m_relays; // open connections
};

Status validateLoopbackBind(const QString &address, QHostAddress *parsed);

} // namespace keyport
