#include "proxyserver.h"

#include "common/log.h"
#include "common/text.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace keyport {

Status validateLoopbackBind(const QString &address, QHostAddress *parsed)
{
    const QHostAddress a(address);
    if (a.isNull())
        return Error(ErrorCode::InvalidArgument, tr("\"%1\" is not an IP address.").arg(printable(address, 60)));
    if (!a.isLoopback())
        return Error(ErrorCode::InvalidArgument,
                     tr("Refusing to bind %1: the proxy listens on loopback addresses only (127.x.y.z or ::1), "
                        "so nobody else on the network can use your workspace.")
                         .arg(printable(address, 60)));
    *parsed = a;
    return {};
}

ProxyServer::ProxyServer(Upstream upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(std::move(upstream))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ProxyServer::accept);
}

ProxyServer::~ProxyServer()
{
    // Deleted before they ended (its owner went first, the app quit): they end with it.
    if (m_open > 0)
        qCDebug(lcProxy) << "proxy: deleted with" << m_open << "open connections, closing them";
}

Status ProxyServer::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback())
        return Error(ErrorCode::InvalidArgument, tr("The proxy listens on loopback addresses only."));
    if (!m_server->listen(address, port))
        return Error(ErrorCode::Network, tr("Cannot listen on %1 port %2.").arg(address.toString()).arg(port),
                     m_server->errorString());
    return {};
}

QHostAddress ProxyServer::address() const
{
    return m_server->serverAddress();
}

quint16 ProxyServer::port() const
{
    return m_server->serverPort();
}

qint64 ProxyServer::bytesMoved() const
{
    qint64 total = m_bytes;
    for (const Relay *r : m_relays)
        total += r->bytesAtoB() + r->bytesBtoA();
    return total;
}

void ProxyServer::close()
{
    m_server->close();
}

void ProxyServer::closeAndDeleteWhenIdle()
{
    close();
    m_deleteWhenIdle = true;
    if (m_open == 0)
        deleteLater();
}

void ProxyServer::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        // Small replies (SSH window adjusts) must not wait for Nagle.
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *holder = new QObject(this); // owns one connection's streams
        auto *down = new SocketStream(client, {}, 0, holder);
        ByteStream *up = m_upstream(holder);
        ++m_open;
        const quint16 listening = port(); // port() is 0 once closed; connections outlive that
        qCDebug(lcProxy) << "proxy: connection opened on port" << listening << "from port" << client->peerPort()
                         << "open:" << m_open;
        // Hold the client's bytes until the upstream is open.
        down->setReadPaused(true);
        auto *relay = new Relay(down, up, holder);
        m_relays << relay;
        connect(up, &ByteStream::opened, down, [down] { down->setReadPaused(false); });
        connect(relay, &Relay::finished, this, [this, holder, relay, listening](const Error &e) {
            --m_open;
            m_relays.removeOne(relay);
            m_bytes += relay->bytesAtoB() + relay->bytesBtoA();
            // Counts only: a proxy never logs what it carries.
            qCDebug(lcProxy) << "proxy: connection closed on port" << listening << "bytes up" << relay->bytesAtoB()
                             << "down" << relay->bytesBtoA() << "open:" << m_open << qUtf8Printable(e.oneLine());
            holder->deleteLater();
            if (m_deleteWhenIdle && m_open == 0)
                deleteLater(); // the last one after close: nothing left to do
            Q_EMIT connectionFinished(e);
        });
        down->open();
        up->open();
    }
}

} // namespace keyport
