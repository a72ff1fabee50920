#include "websocketstream.h"

#include "common/log.h"

#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslError>
#include <QTimer>
#include <QWebSocket>

namespace keyport {

int WebSocketStream::pingIntervalMs = 20000;

WebSocketStream::WebSocketStream(QUrl url, Headers headers, bool insecureTls, QObject *parent)
    : ByteStream(parent)
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
    , m_ping(new QTimer(this))
    , m_url(std::move(url))
    , m_headers(std::move(headers))
    , m_insecure(insecureTls)
{
    m_socket->setReadBufferSize(256 << 10);
    connect(m_ping, &QTimer::timeout, m_socket, [this] { m_socket->ping(); });
    connect(m_socket, &QWebSocket::pong, this, [this] { ++m_pongs; });
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_opened = true;
        m_ping->start(pingIntervalMs);
        if (!m_early.isEmpty())
            write(std::exchange(m_early, {}));
        Q_EMIT opened();
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ByteStream::received);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this] {
        reportClosed(Error(ErrorCode::Network, tr("The tunnel at %1 sent a text frame; it is not an SSH tunnel.")
                                                   .arg(m_url.toString(QUrl::RemoveUserInfo))));
        m_socket->abort();
    });
    connect(m_socket, &QWebSocket::bytesWritten, this, [this] {
        // The upgrade request is written before the tunnel exists: not a drain.
        if (m_opened && m_socket->bytesToWrite() < kLowWater)
            Q_EMIT drained();
    });
    if (m_insecure)
        connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &) {
            m_socket->ignoreSslErrors(); // explicitly chosen for this source
        });
    // Qt 6.4 names this signal error(); 6.5 renamed it errorOccurred().
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this, [this] {
        qCDebug(lcSession) << "websocket: error" << m_socket->errorString();
        m_socketError = m_socket->errorString();
    });
    // Qt leaves closeCode() at "normal" when TCP simply ends, so only a close
    // handshake (aboutToClose: our close frame, sent or in reply) counts as a clean end.
    connect(m_socket, &QWebSocket::aboutToClose, this, [this] {
        qCDebug(lcSession) << "websocket: close handshake, code" << m_socket->closeCode();
        m_closeHandshake = true;
    });
    connect(m_socket, &QWebSocket::stateChanged, this,
            [](QAbstractSocket::SocketState s) { qCDebug(lcSession) << "websocket: state" << s; });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        qCDebug(lcSession) << "websocket: disconnected, closing" << m_closing << "code" << m_socket->closeCode();
        m_ping->stop();
        if (!m_opened) {
            reportClosed(handshakeError());
        } else if (m_closing
                   || (m_closeHandshake && m_socketError.isEmpty()
                       && m_socket->closeCode() == QWebSocketProtocol::CloseCodeNormal)) {
            reportClosed();
        } else {
            reportClosed(
                Error(ErrorCode::Network, tr("The tunnel to %1 closed unexpectedly (%2).")
                                              .arg(m_url.host(), !m_socketError.isEmpty() ? m_socketError
                                                                 : !m_closeHandshake      ? tr("no close frame")
                                                                 : !m_socket->closeReason().isEmpty()
                                                                     ? m_socket->closeReason()
                                                                     : QString::number(int(m_socket->closeCode())))));
        }
    });
}

Error WebSocketStream::handshakeError() const
{
    const QString why = m_socket->errorString();
    const auto m = QRegularExpression(QStringLiteral("\\b([1-5]\\d\\d)\\b")).match(why);
    const int status = m.hasMatch() ? m.captured(1).toInt() : 0;
    const QString where = m_url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    switch (status) {
    case 401:
        return Error(ErrorCode::PermissionDenied,
                     tr("The server refused the token (401): it expired or was revoked. Create a new token and "
                        "add the source again."),
                     where);
    case 403:
        return Error(ErrorCode::PermissionDenied, tr("You are not allowed to use SSH on this workspace (403)."), where);
    case 404:
        return Error(ErrorCode::NotFound,
                     tr("The server has no SSH endpoint for this workspace (404): it may be stopped, unknown, or "
                        "have no sshd."),
                     where);
    case 301:
    case 302:
    case 303:
    case 307:
        return Error(ErrorCode::NotFound,
                     tr("The server redirected instead of opening the tunnel (%1): the workspace's server is probably "
                        "stopped.")
                         .arg(status),
                     where);
    default:
        break;
    }
    if (m_socket->error() == QAbstractSocket::SslHandshakeFailedError)
        return Error(ErrorCode::Network,
                     tr("The TLS certificate of %1 could not be verified; if this is a test server you trust, mark "
                        "the source --insecure.")
                         .arg(m_url.host()),
                     why);
    return Error(ErrorCode::Network, tr("Cannot open the tunnel to %1.").arg(m_url.host()), why);
}

void WebSocketStream::open()
{
    QNetworkRequest request(m_url);
    for (const auto &[name, value] : m_headers)
        request.setRawHeader(name, value);
    m_socket->open(request);
}

void WebSocketStream::write(const QByteArray &data)
{
    if (!m_opened) {
        m_early += data;
        return;
    }
    for (qsizetype off = 0; off < data.size(); off += kMaxFrame)
        m_socket->sendBinaryMessage(data.mid(off, kMaxFrame));
}

qint64 WebSocketStream::pendingWrite() const
{
    return m_socket->bytesToWrite() + m_early.size();
}

void WebSocketStream::setReadPaused(bool)
{
    // QWebSocket delivers whole messages; its bounded read buffer (and TCP's
    // window behind it) is what pushes back.
}

void WebSocketStream::close()
{
    m_closing = true;
    m_ping->stop();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        reportClosed();
        return;
    }
    m_socket->close(QWebSocketProtocol::CloseCodeNormal);
    // The server should answer and close TCP; one that does not must not hold us.
    QTimer::singleShot(2000, m_socket, [this] {
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
    });
}

} // namespace keyport
