#include "websocketstream.h"

#include "common/log.h"
#include "common/text.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <cstring>
#include <limits>

namespace keyport {

using Opcode = WebSocketCodec::Opcode;
using Role = WebSocketCodec::Role;

namespace {
constexpr qint64 kChunk = 256 << 10; // read at most this much before handing it on
constexpr qsizetype kMaxResponseHead = 16 << 10;
constexpr qsizetype kMaxBodySnippet = 2 << 10;
constexpr int kBodyWaitMs = 1000;
constexpr int kCloseTimeoutMs = 2000;

bool isTls(const QUrl &url)
{
    return url.scheme() == QLatin1String("wss") || url.scheme() == QLatin1String("https");
}

// The first chunks of a chunked body, as far as they arrived.
QByteArray dechunk(const QByteArray &body)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype eol = body.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype size = body.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok || size <= 0)
            break;
        out += body.mid(eol + 2, size);
        pos = eol + 2 + size + 2;
    }
    return out;
}
} // namespace

qsizetype WebSocketCodec::headerSize(qint64 payloadSize, bool masked)
{
    return 2 + (payloadSize < 126 ? 0 : payloadSize <= 0xffff ? 2 : 8) + (masked ? 4 : 0);
}

char *WebSocketCodec::writeHeader(char *out, Opcode op, qint64 payloadSize, bool fin, const MaskKey *mask)
{
    auto *p = reinterpret_cast<uchar *>(out);
    *p++ = uchar((fin ? 0x80 : 0) | quint8(op));
    const uchar maskBit = mask ? 0x80 : 0;
    if (payloadSize < 126) {
        *p++ = maskBit | uchar(payloadSize);
    } else if (payloadSize <= 0xffff) {
        *p++ = maskBit | 126;
        qToBigEndian(quint16(payloadSize), p);
        p += 2;
    } else {
        *p++ = maskBit | 127;
        qToBigEndian(quint64(payloadSize), p);
        p += 8;
    }
    if (mask) {
        std::memcpy(p, mask->data(), 4);
        p += 4;
    }
    return reinterpret_cast<char *>(p);
}

void WebSocketCodec::applyMask(char *dst, const char *src, qsizetype size, const MaskKey &key, qint64 offset)
{
    // The key repeats every 4 bytes, so 8 bytes of it, starting at the right
    // phase, mask a whole 64-bit word; byte k[i & 3] masks byte i.
    uchar k[8];
    for (int i = 0; i < 8; ++i)
        k[i] = key[(offset + i) & 3];
    quint64 m;
    std::memcpy(&m, k, 8);
    qsizetype i = 0;
    for (; i + 32 <= size; i += 32) {
        quint64 w[4];
        std::memcpy(w, src + i, 32);
        w[0] ^= m;
        w[1] ^= m;
        w[2] ^= m;
        w[3] ^= m;
        std::memcpy(dst + i, w, 32);
    }
    for (; i + 8 <= size; i += 8) {
        quint64 w;
        std::memcpy(&w, src + i, 8);
        w ^= m;
        std::memcpy(dst + i, &w, 8);
    }
    for (; i < size; ++i)
        dst[i] = char(uchar(src[i]) ^ k[i & 3]);
}

WebSocketCodec::MaskKey WebSocketCodec::randomMaskKey()
{
    // RFC 6455 wants keys nobody can predict: from the system's generator,
    // fetched in batches so a small write costs no system call.
    thread_local std::array<quint32, 64> pool;
    thread_local std::size_t used = pool.size();
    if (used == pool.size()) {
        QRandomGenerator::system()->generate(pool.begin(), pool.end());
        used = 0;
    }
    MaskKey key;
    std::memcpy(key.data(), &pool[used++], 4);
    return key;
}

QByteArray WebSocketCodec::encode(Opcode op, QByteArrayView payload, Role sender, bool fin)
{
    const bool masked = sender == Role::Client;
    QByteArray out(headerSize(payload.size(), masked) + payload.size(), Qt::Uninitialized);
    const MaskKey key = masked ? randomMaskKey() : MaskKey {};
    char *p = writeHeader(out.data(), op, payload.size(), fin, masked ? &key : nullptr);
    if (masked)
        applyMask(p, payload.data(), payload.size(), key);
    else if (!payload.isEmpty())
        std::memcpy(p, payload.data(), size_t(payload.size()));
    return out;
}

QByteArray WebSocketCodec::encodeBinary(QByteArrayView data, Role sender, qint64 maxFrame)
{
    const bool masked = sender == Role::Client;
    const qint64 frames = qMax<qint64>(1, (data.size() + maxFrame - 1) / maxFrame);
    const qint64 last = data.size() - (frames - 1) * maxFrame;
    QByteArray out(data.size() + (frames - 1) * headerSize(maxFrame, masked) + headerSize(last, masked),
                   Qt::Uninitialized);
    char *p = out.data();
    for (qint64 i = 0; i < frames; ++i) {
        const char *src = data.data() + i * maxFrame;
        const qint64 n = i + 1 < frames ? maxFrame : last;
        if (masked) {
            const MaskKey key = randomMaskKey();
            p = writeHeader(p, Opcode::Binary, n, true, &key);
            applyMask(p, src, n, key);
        } else {
            p = writeHeader(p, Opcode::Binary, n, true, nullptr);
            if (n > 0)
                std::memcpy(p, src, size_t(n));
        }
        p += n;
    }
    Q_ASSERT(p == out.data() + out.size());
    return out;
}

QByteArray WebSocketCodec::closePayload(quint16 code, const QString &reason)
{
    QByteArray out(2, Qt::Uninitialized);
    qToBigEndian(code, out.data());
    QString r = reason;
    while (r.toUtf8().size() > kMaxControlPayload - 2)
        r.chop(1);
    return out + r.toUtf8();
}

QByteArray WebSocketCodec::acceptKey(const QByteArray &key)
{
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1).toBase64();
}

WebSocketCodec::WebSocketCodec(Role self, qint64 maxFrame)
    : m_self(self)
    , m_maxFrame(maxFrame)
{
}

WebSocketCodec::Event WebSocketCodec::fail(QString why)
{
    m_failed.kind = Event::Kind::Error;
    m_failed.error = std::move(why);
    return m_failed;
}

WebSocketCodec::Event WebSocketCodec::read(QIODevice *in, QByteArray *data, qint64 maxData)
{
    using Kind = Event::Kind;
    const auto just = [](Kind kind) {
        Event e;
        e.kind = kind;
        return e;
    };
    if (m_failed.kind != Kind::NeedMore)
        return m_failed;
    for (;;) {
        if (m_remaining == 0) {
            // A frame header: 2 to 14 bytes, consumed only once it is whole.
            uchar h[14];
            const qint64 got = in->peek(reinterpret_cast<char *>(h), sizeof h);
            if (got < 2)
                return {};
            if (h[0] & 0x70)
                return fail(QStringLiteral("reserved bits are set, but no extension was negotiated"));
            const bool fin = h[0] & 0x80;
            const auto op = Opcode(h[0] & 0x0f);
            const bool masked = h[1] & 0x80;
            const int len7 = h[1] & 0x7f;
            const int lenSize = len7 == 126 ? 2 : len7 == 127 ? 8 : 0;
            const qsizetype size = 2 + lenSize + (masked ? 4 : 0);
            if (got < size)
                return {};
            const quint64 len = len7 == 126   ? qFromBigEndian<quint16>(h + 2)
                                : len7 == 127 ? qFromBigEndian<quint64>(h + 2)
                                              : quint64(len7);
            if (masked != (m_self == Role::Server))
                return fail(m_self == Role::Server ? QStringLiteral("an unmasked frame from the client")
                                                   : QStringLiteral("a masked frame from the server"));
            const bool control = quint8(op) & 0x8;
            switch (op) {
            case Opcode::Continuation:
                if (!m_inMessage)
                    return fail(QStringLiteral("a continuation frame with no message to continue"));
                break;
            case Opcode::Text:
            case Opcode::Binary:
                if (m_inMessage)
                    return fail(QStringLiteral("a new message inside a fragmented one"));
                break;
            case Opcode::Close:
            case Opcode::Ping:
            case Opcode::Pong:
                if (!fin)
                    return fail(QStringLiteral("a fragmented control frame"));
                if (len > quint64(kMaxControlPayload))
                    return fail(QStringLiteral("a control frame of %1 bytes (at most 125)").arg(len));
                break;
            default:
                return fail(QStringLiteral("unknown opcode %1").arg(int(op)));
            }
            if (len > quint64(m_maxFrame)) {
                m_failed.kind = Kind::TooBig;
                m_failed.frameSize = qint64(qMin(len, quint64(std::numeric_limits<qint64>::max())));
                return m_failed;
            }
            if (op == Opcode::Text)
                return just(Kind::Text);
            MaskKey key {};
            if (masked)
                std::memcpy(key.data(), h + 2 + lenSize, 4);
            if (control) {
                if (in->bytesAvailable() < size + qint64(len))
                    return {};
                in->skip(size);
                Event e;
                e.payload = in->read(qint64(len));
                if (masked)
                    applyMask(e.payload.data(), e.payload.constData(), e.payload.size(), key);
                if (op == Opcode::Ping) {
                    e.kind = Kind::Ping;
                } else if (op == Opcode::Pong) {
                    e.kind = Kind::Pong;
                } else {
                    if (len == 1)
                        return fail(QStringLiteral("a close frame with a one-byte status"));
                    e.kind = Kind::Close;
                    e.closeCode = len >= 2 ? qFromBigEndian<quint16>(e.payload.constData()) : kCloseNoStatus;
                    e.closeReason = QString::fromUtf8(e.payload.mid(2));
                }
                return e;
            }
            in->skip(size);
            m_inMessage = !fin;
            m_remaining = qint64(len);
            m_offset = 0;
            m_masked = masked;
            m_key = key;
            continue; // an empty frame ends here
        }
        // The payload of a binary frame: straight into *data.
        if (data->size() >= maxData)
            return just(Kind::DataFull);
        const qint64 available = in->bytesAvailable();
        if (available <= 0)
            return {};
        const qsizetype old = data->size();
        const qint64 n = qMin(qMin(m_remaining, available), maxData - old);
        if (data->capacity() < old + n)
            data->reserve(qMin(maxData, old + available));
        data->resize(old + n);
        const qint64 got = in->read(data->data() + old, n);
        if (got <= 0) {
            data->resize(old);
            return {};
        }
        data->resize(old + got);
        if (m_masked)
            applyMask(data->data() + old, data->constData() + old, got, m_key, m_offset);
        m_offset += got;
        m_remaining -= got;
    }
}

int WebSocketStream::pingIntervalMs = 20000;

WebSocketStream::WebSocketStream(QUrl url, Headers headers, bool insecureTls, QObject *parent)
    : ByteStream(parent)
    , m_socket(isTls(url) ? new QSslSocket(this) : new QTcpSocket(this))
    , m_ping(new QTimer(this))
    , m_url(std::move(url))
    , m_headers(std::move(headers))
    , m_insecure(insecureTls)
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
        qCDebug(lcSession) << "websocket: socket error" << e << m_socket->errorString();
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
    qCDebug(lcSession) << "websocket: connecting to" << m_url.host() << port << (tls ? "with TLS" : "");
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
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), 4);
    m_key = nonce.toBase64();
    QByteArray target = m_url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (m_url.port() != -1)
        host += ':' + QByteArray::number(m_url.port());
    QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: " + host
                         + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + m_key
                         + "\r\nSec-WebSocket-Version: 13\r\n";
    for (const auto &[name, value] : std::as_const(m_headers)) {
        // A line break in a value would end the header and start another.
        if (name.isEmpty() || name.contains(':') || name.contains('\r') || name.contains('\n') || value.contains('\r')
            || value.contains('\n')) {
            fail(Error(ErrorCode::InvalidArgument,
                       tr("Cannot open the tunnel to %1: a request header is malformed.").arg(m_url.host())));
            return;
        }
        request += name + ": " + value + "\r\n";
    }
    m_state = State::Upgrading;
    m_socket->write(request + "\r\n");
}

void WebSocketStream::readResponse()
{
    if (m_state == State::Refused) {
        m_body += m_socket->read(kMaxBodySnippet - m_body.size());
        if (m_body.size() >= kMaxBodySnippet || (m_bodyLength >= 0 && m_body.size() >= m_bodyLength)
            || (m_chunked && m_body.endsWith("0\r\n\r\n")))
            finishRefused();
        return;
    }
    const QByteArray peeked = m_socket->peek(kMaxResponseHead);
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    if (end < 0) {
        if (peeked.size() >= kMaxResponseHead)
            fail(Error(ErrorCode::Network, tr("Cannot open the tunnel to %1.").arg(m_url.host()),
                       tr("the answer to the WebSocket upgrade is not HTTP")));
        return;
    }
    m_socket->skip(end + 4);
    if (!acceptUpgrade(peeked.left(end)) || m_state != State::Open)
        return;
    qCDebug(lcSession) << "websocket: open";
    m_ping->start(pingIntervalMs);
    QPointer<WebSocketStream> self(this);
    if (!m_early.isEmpty())
        write(std::exchange(m_early, {}));
    Q_EMIT opened();
    // The server may have spoken first, in the same packet as its answer.
    if (self && m_socket->bytesAvailable() > 0)
        readFrames();
}

bool WebSocketStream::acceptUpgrade(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    m_statusLine = lines.value(0).trimmed();
    const QList<QByteArray> status = m_statusLine.split(' ');
    bool ok = false;
    m_status = status.value(1).toInt(&ok);
    if (!m_statusLine.startsWith("HTTP/1.") || !ok) {
        fail(Error(ErrorCode::Network, tr("Cannot open the tunnel to %1.").arg(m_url.host()),
                   tr("the answer to the WebSocket upgrade is not HTTP")));
        return false;
    }
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray &v = headers[lines[i].left(colon).trimmed().toLower()];
        v += (v.isEmpty() ? "" : ", ") + lines[i].mid(colon + 1).trimmed();
    }
    if (m_status != 101) {
        qCDebug(lcSession) << "websocket: upgrade refused with status" << m_status;
        m_state = State::Refused;
        m_bodyLength = headers.contains("content-length") ? headers.value("content-length").toLongLong() : -1;
        m_chunked = headers.value("transfer-encoding").toLower().contains("chunked");
        if (m_bodyLength == 0) {
            finishRefused();
            return false;
        }
        // The body explains the refusal, if it comes soon; the answer alone is enough.
        QTimer::singleShot(kBodyWaitMs, this, [this] {
            if (m_state == State::Refused)
                finishRefused();
        });
        if (m_socket->bytesAvailable() > 0)
            readResponse();
        return false;
    }
    QString wrong;
    const auto hasToken = [](const QByteArray &list, const QByteArray &token) {
        for (const QByteArray &t : list.split(','))
            if (t.trimmed().toLower() == token)
                return true;
        return false;
    };
    if (headers.value("upgrade").toLower() != "websocket")
        wrong = tr("no \"Upgrade: websocket\"");
    else if (!hasToken(headers.value("connection"), "upgrade"))
        wrong = tr("no \"Connection: Upgrade\"");
    else if (headers.value("sec-websocket-accept") != WebSocketCodec::acceptKey(m_key))
        wrong = tr("a wrong Sec-WebSocket-Accept");
    else if (!headers.value("sec-websocket-extensions").isEmpty())
        wrong = tr("an extension that was not asked for");
    else if (!headers.value("sec-websocket-protocol").isEmpty())
        wrong = tr("a subprotocol that was not asked for");
    if (!wrong.isEmpty()) {
        fail(Error(ErrorCode::Network,
                   tr("Cannot open the tunnel to %1: the server's WebSocket handshake is invalid.").arg(m_url.host()),
                   tr("%1 in the answer from %2").arg(wrong, where())));
        return false;
    }
    m_state = State::Open;
    return true;
}

QString WebSocketStream::redacted(QString text) const
{
    for (const auto &[name, value] : m_headers) {
        Q_UNUSED(name);
        const QString v = QString::fromUtf8(value);
        for (const QString &secret : { v, v.section(QLatin1Char(' '), -1) })
            if (secret.size() >= 6)
                text.replace(secret, QStringLiteral("[redacted]"));
    }
    return text;
}

Error WebSocketStream::refusedError() const
{
    QString said = QString::fromUtf8(m_chunked ? dechunk(m_body) : m_body);
    if (said.contains(QLatin1Char('<')))
        said.remove(QRegularExpression(QStringLiteral("<[^>]*>"))); // an HTML page: its words
    said = printable(redacted(said.simplified()), 160);
    QString detail = where();
    if (!said.isEmpty())
        detail += tr("; the server said: %1").arg(said);
    switch (m_status) {
    case 401:
        return Error(ErrorCode::PermissionDenied,
                     tr("The server refused the token (401): it expired or was revoked. Create a new token and "
                        "add the source again."),
                     detail);
    case 403:
        return Error(ErrorCode::PermissionDenied, tr("You are not allowed to use SSH on this workspace (403)."),
                     detail);
    case 404:
        return Error(ErrorCode::NotFound,
                     tr("The server has no SSH endpoint for this workspace (404): it may be stopped, unknown, or "
                        "have no sshd."),
                     detail);
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
        return Error(ErrorCode::NotFound,
                     tr("The server redirected instead of opening the tunnel (%1): the workspace's server is probably "
                        "stopped.")
                         .arg(m_status),
                     detail);
    default:
        return Error(ErrorCode::Network, tr("Cannot open the tunnel to %1.").arg(m_url.host()),
                     tr("%1 (%2)").arg(printable(QString::fromLatin1(m_statusLine), 80), detail));
    }
}

void WebSocketStream::finishRefused()
{
    fail(refusedError());
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
            qCDebug(lcSession) << "websocket: close frame, code" << e.closeCode;
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
    qCDebug(lcSession) << "websocket: failed:" << error.message;
    m_state = State::Ended;
    m_ping->stop();
    QPointer<WebSocketStream> self(this);
    reportClosed(error);
    if (self)
        m_socket->abort();
}

void WebSocketStream::onDisconnected()
{
    qCDebug(lcSession) << "websocket: disconnected, closing" << m_closing << "close frame" << m_closeReceived << "code"
                       << m_closeCode;
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
