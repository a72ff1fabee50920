#include "websocketstream.h"

#include "common/log.h"
#include "common/text.h"

#include <QPointer>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace keyport {

using Opcode = WebSocketCodec::Opcode;
using Role = WebSocketCodec::Role;

namespace {
constexpr qint64 kChunk = 256 << 10; // read at most this much before handing it on
constexpr int kBodyWaitMs = 1000;
constexpr int kCloseTimeoutMs = 2000;

bool isTls(const QUrl &url)
{
    return url.scheme() == QLatin1String("wss") || url.scheme() == QLatin1String("https");
}
} // namespace

int WebSocketStream::pingIntervalMs = 20000;

WebSocketStream::WebSocketStream(QUrl url, Headers headers, bool insecureTls, QObject *parent)
    : ByteStream(parent)
    , m_socket(isTls(url) ? new QSslSocket(this) : new QTcpSocket(this))
    , m_ping(new QTimer(this))
    , m_url(url)
    , m_insecure(insecureTls)
    , m_handshake(std::move(url), std::move(headers))
{
    // Bounded: while paused we leave bytes unread, Qt stops reading at this
    // size, and TCP's window pushes back on the server.
    m_socket->setReadBufferSize(kChunk);
    connect(m_ping, &QTimer::timeout, this, [this] { sendFrame(Opcode::Ping, {}); });
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        connect(ssl, &QSslSocket::encrypted, this, &WebSocketStream::sendRequest);
        if (m_insecure)
            connect(ssl, &QSslSocket::sslErrors, this, [ssl](const QList<QSslError> &) {
                ssl->ignoreSslErrors(); // explicitly chosen for this source
            });
    } else {
        connect(m_socket, &QTcpSocket::connected, this, &WebSocketStream::sendRequest);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_state == State::Upgrading || m_state == State::Refused)
            readResponse();
        else if (m_state == State::Open)
            readFrames();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        // The upgrade request is written before the tunnel exists: not a drain.
        if (m_state == State::Open && !m_closeSent && m_socket->bytesToWrite() < kLowWater)
            Q_EMIT drained();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        qCDebug(lcTransport) << "websocket: socket error" << e << m_socket->errorString();
        if (e == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() tells whether the end was agreed
        m_socketError = m_socket->errorString();
        if (m_state == State::Connecting || m_state == State::Upgrading) {
            auto *ssl = qobject_cast<QSslSocket *>(m_socket);
            if (e == QAbstractSocket::SslHandshakeFailedError && ssl && !ssl->sslHandshakeErrors().isEmpty())
                fail(Error(ErrorCode::Network,
                           tr("The TLS certificate of %1 could not be verified; if this is a test server you trust, "
                              "mark the source --insecure.")
                               .arg(m_url.host()),
                           m_socketError));
            else
                fail(Error(ErrorCode::Network, tr("Cannot open the tunnel to %1.").arg(m_url.host()), m_socketError));
        }
        // When open, Qt disconnects after an error: onDisconnected() reports it.
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &WebSocketStream::onDisconnected);
}

QString WebSocketStream::where() const
{
    return m_url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

void WebSocketStream::open()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Connecting;
    const bool tls = isTls(m_url);
    const quint16 port = quint16(m_url.port(tls ? 443 : 80));
    qCDebug(lcTransport) << "websocket: connecting to" << m_url.host() << port << (tls ? "with TLS" : "");
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        if (!QSslSocket::supportsSsl()) {
            // closed() must not fire inside open().
            QTimer::singleShot(0, this, [this] {
                fail(Error(ErrorCode::Unsupported,
                           tr("Cannot open the tunnel to %1: TLS is not available on this system.").arg(m_url.host())));
            });
            return;
        }
        ssl->connectToHostEncrypted(m_url.host(), port);
    } else {
        m_socket->connectToHost(m_url.host(), port);
    }
}

void WebSocketStream::sendRequest()
{
    if (m_state != State::Connecting)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    Result<QByteArray> request = m_handshake.request();
    if (!request) {
        fail(request.error());
        return;
    }
    m_state = State::Upgrading;
    m_socket->write(*request);
}

void WebSocketStream::readResponse()
{
    if (m_state == State::Refused) {
        if (m_handshake.readBody(m_socket))
            finishRefused();
        return;
    }
    switch (m_handshake.readHead(m_socket)) {
    case WebSocketHandshake::Answer::NeedMore:
        return;
    case WebSocketHandshake::Answer::Invalid:
        fail(m_handshake.error());
        return;
    case WebSocketHandshake::Answer::Refused:
        qCDebug(lcTransport) << "websocket: upgrade refused with status" << m_handshake.status();
        m_state = State::Refused;
        if (m_handshake.bodyComplete()) {
            finishRefused();
            return;
        }
        // The body explains the refusal, if it comes soon; the answer alone is enough.
        QTimer::singleShot(kBodyWaitMs, this, [this] {
            if (m_state == State::Refused)
                finishRefused();
        });
        if (m_socket->bytesAvailable() > 0)
            readResponse();
        return;
    case WebSocketHandshake::Answer::Upgraded:
        break;
    }
    m_state = State::Open;
    qCDebug(lcTransport) << "websocket: open";
    m_ping->start(pingIntervalMs);
    QPointer<WebSocketStream> self(this);
    if (!m_early.isEmpty())
        write(std::exchange(m_early, {}));
    Q_EMIT opened();
    // The server may have spoken first, in the same packet as its answer.
    if (self && m_socket->bytesAvailable() > 0)
        readFrames();
}

void WebSocketStream::finishRefused()
{
    fail(m_handshake.refusedError());
}

void WebSocketStream::readFrames()
{
    if (m_reading || !m_socket->isReadable()) // re-entered, or we aborted the socket
        return;
    m_reading = true;
    QPointer<WebSocketStream> self(this);
    // When the connection ended, what arrived before the end goes out even while paused.
    const bool ended = m_socket->state() != QAbstractSocket::ConnectedState;
    while (m_state == State::Open && !m_closeReceived && (!m_paused || ended)) {
        QByteArray data;
        const WebSocketCodec::Event e = m_codec.read(m_socket, &data, kChunk);
        if (!data.isEmpty()) {
            Q_EMIT received(data);
            if (!self)
                return; // deleted by a receiver: touch nothing
            if (m_state != State::Open)
                break;
        }
        using Kind = WebSocketCodec::Event::Kind;
        if (e.kind == Kind::NeedMore)
            break;
        switch (e.kind) {
        case Kind::NeedMore:
        case Kind::DataFull:
            break;
        case Kind::Ping:
            sendFrame(Opcode::Pong, e.payload);
            break;
        case Kind::Pong:
            ++m_pongs;
            break;
        case Kind::Close:
            qCDebug(lcTransport) << "websocket: close frame, code" << e.closeCode;
            m_closeReceived = true;
            m_closeCode = e.closeCode;
            m_closeReason = e.closeReason;
            m_ping->stop();
            sendClose(e.closeCode == WebSocketCodec::kCloseNoStatus ? WebSocketCodec::kCloseNormal : e.closeCode);
            m_socket->disconnectFromHost(); // once our close frame is out
            break;
        case Kind::Text:
            sendClose(WebSocketCodec::kCloseUnsupportedData);
            fail(Error(ErrorCode::Network, tr("The tunnel at %1 sent a text frame; it is not an SSH tunnel.")
                                               .arg(m_url.toString(QUrl::RemoveUserInfo))));
            break;
        case Kind::TooBig:
            sendClose(WebSocketCodec::kCloseTooBig);
            fail(Error(ErrorCode::Network, tr("The tunnel at %1 sent a frame of %2 bytes, more than Keyport accepts.")
                                               .arg(where())
                                               .arg(e.frameSize)));
            break;
        case Kind::Error:
            sendClose(WebSocketCodec::kCloseProtocolError);
            fail(Error(ErrorCode::Network, tr("The tunnel at %1 broke the WebSocket protocol.").arg(where()), e.error));
            break;
        }
        if (!self)
            return;
    }
    m_reading = false;
}

void WebSocketStream::sendFrame(Opcode op, QByteArrayView payload)
{
    if (m_state != State::Open || m_closeSent)
        return;
    m_socket->write(WebSocketCodec::encode(op, payload, Role::Client));
}

void WebSocketStream::sendClose(quint16 code, const QString &reason)
{
    if (m_state != State::Open || m_closeSent)
        return;
    sendFrame(Opcode::Close, WebSocketCodec::closePayload(code, reason));
    m_closeSent = true;
}

void WebSocketStream::fail(const Error &error)
{
    if (m_state == State::Ended)
        return;
    qCDebug(lcTransport) << "websocket: failed:" << error.message;
    m_state = State::Ended;
    m_ping->stop();
    QPointer<WebSocketStream> self(this);
    reportClosed(error);
    if (self)
        m_socket->abort();
}

void WebSocketStream::onDisconnected()
{
    qCDebug(lcTransport) << "websocket: disconnected, closing" << m_closing << "close frame" << m_closeReceived
                         << "code" << m_closeCode;
    m_ping->stop();
    switch (m_state) {
    case State::Ended:
        return;
    case State::Idle:
    case State::Connecting:
    case State::Upgrading:
        fail(Error(ErrorCode::Network, tr("Cannot open the tunnel to %1.").arg(m_url.host()),
                   !m_socketError.isEmpty() ? m_socketError
                                            : tr("the server closed the connection during the WebSocket handshake")));
        return;
    case State::Refused:
        finishRefused();
        return;
    case State::Open:
        break;
    }
    QPointer<WebSocketStream> self(this);
    readFrames(); // what arrived before the end
    if (!self || m_state != State::Open)
        return;
    m_state = State::Ended;
    const bool agreed =
        m_closeReceived
        && (m_closeCode == WebSocketCodec::kCloseNormal || m_closeCode == WebSocketCodec::kCloseNoStatus);
    if (m_closing || agreed) {
        reportClosed();
        return;
    }
    reportClosed(
        Error(ErrorCode::Network, tr("The tunnel to %1 closed unexpectedly (%2).")
                                      .arg(m_url.host(), !m_socketError.isEmpty()   ? m_socketError
                                                         : !m_closeReceived         ? tr("no close frame")
                                                         : !m_closeReason.isEmpty() ? printable(m_closeReason, 120)
                                                                                    : QString::number(m_closeCode))));
}

void WebSocketStream::write(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    switch (m_state) {
    case State::Idle:
    case State::Connecting:
    case State::Upgrading:
        m_early += data;
        return;
    case State::Open:
        if (m_closeSent)
            return;
        m_socket->write(WebSocketCodec::encodeBinary(data, Role::Client, kMaxFrame));
        // Now, not after another trip through the event loop: one poll less per write.
        m_socket->flush();
        return;
    case State::Refused:
    case State::Ended:
        return;
    }
}

qint64 WebSocketStream::pendingWrite() const
{
    return m_socket->bytesToWrite() + m_early.size();
}

void WebSocketStream::setReadPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::Open && !m_paused)
                readFrames();
        });
}

void WebSocketStream::close()
{
    if (m_closing)
        return;
    m_closing = true;
    m_ping->stop();
    if (m_state == State::Ended)
        return;
    if (m_state != State::Open) {
        m_state = State::Ended;
        QPointer<WebSocketStream> self(this);
        reportClosed();
        if (self)
            m_socket->abort();
        return;
    }
    sendClose(WebSocketCodec::kCloseNormal);
    // The server should answer and close TCP; one that does not must not hold us.
    QTimer::singleShot(kCloseTimeoutMs, this, [this] {
        if (m_state != State::Ended)
            m_socket->abort();
    });
}

} // namespace keyport
