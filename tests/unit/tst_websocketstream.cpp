// The WebSocket frame codec and stream. The codec is checked against a plain
// byte-wise reference (lengths, masking at every phase, fragments, control
// frames, malformed input). The stream is checked against Qt's own WebSocket
// server (an independent implementation: echo, early bytes, pings, text
// frames, drops) and against a hand-driven TCP server that answers exactly
// what a test needs (refused upgrades, bad handshakes, close codes, oversized
// frames, read pause, TLS).
#include "transport/websocketcodec.h"
#include "transport/websocketstream.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtEndian>

using namespace keyport;
using Codec = WebSocketCodec;
using Opcode = Codec::Opcode;
using Role = Codec::Role;
using Kind = Codec::Event::Kind;

namespace {

// Test only: a self-signed certificate nobody trusts, valid until 2126.
const char kTestCert[] = R"(-----BEGIN CERTIFICATE-----
MIIBlTCCATugAwIBAgIUbDhwF0WKinA9Kd33SqlePOwVh/EwCgYIKoZIzj0EAwIw
HzEdMBsGA1UEAwwUa2V5cG9ydC10ZXN0LmludmFsaWQwIBcNMjYxMTIxMDc1MDUy
WhgPMjEyNjEwMjgwNzUwNTJaMB8xHTAbBgNVBAMMFGtleXBvcnQtdGVzdC5pbnZh
bGlkMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEUhU0qs1fzq9T8S5T6ini+BCx
arsNLibCRi+5us6mzNsvcWWSN4u163MSK8RKOS6u3HQ/lfJPPKUay6cu7sAKUKNT
MFEwHQYDVR0OBBYEFH48pTv8EZAuHEYmf2RokMhCZrYcMB8GA1UdIwQYMBaAFH48
pTv8EZAuHEYmf2RokMhCZrYcMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID
SAAwRQIhAOY0H0Jm/9xouQt11TwaVUJkAS6dBMncZzCJs/04YZoDAiAzFUfYyaA7
aG5ido/HLI1l02oONyAnSEG9YiepWm7eQA==
-----END CERTIFICATE-----
)";
const char kTestKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgIIyNUF68fRTRgeQD
wrRffQQQQ7PWhvPrjifaLoezYzyhRANCAARSFTSqzV/Or1PxLlPqKeL4ELFquw0u
JsJGL7m6zqbM2y9xZZI3i7XrcxIrxEo5Lq7cdD+V8k88pRrLpy7uwApQ
-----END PRIVATE KEY-----
)";

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

// RFC 6455 5.3, one byte at a time.
QByteArray referenceMask(const QByteArray &in, const Codec::MaskKey &key, qint64 offset = 0)
{
    QByteArray out = in;
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = char(uchar(in[i]) ^ key[(offset + i) % 4]);
    return out;
}

// A frame as RFC 6455 5.2 lays it out, parsed one field at a time.
struct RefFrame {
    bool fin = false;
    int opcode = -1;
    bool masked = false;
    int lengthBytes = 0; // 0, 2 or 8 extra length bytes
    QByteArray payload; // unmasked
    qsizetype size = 0; // of the whole frame; 0 when incomplete
};

RefFrame parseReference(const QByteArray &b, qsizetype at = 0)
{
    RefFrame f;
    if (b.size() - at < 2)
        return f;
    const auto byte = [&](qsizetype i) {
        return quint64(uchar(b[at + i]));
    };
    f.fin = byte(0) & 0x80;
    f.opcode = int(byte(0) & 0x0f);
    f.masked = byte(1) & 0x80;
    quint64 len = byte(1) & 0x7f;
    qsizetype pos = 2;
    if (len == 126) {
        f.lengthBytes = 2;
        len = (byte(2) << 8) | byte(3);
        pos = 4;
    } else if (len == 127) {
        f.lengthBytes = 8;
        len = 0;
        for (int i = 0; i < 8; ++i)
            len = (len << 8) | byte(2 + i);
        pos = 10;
    }
    Codec::MaskKey key {};
    if (f.masked) {
        for (int i = 0; i < 4; ++i)
            key[i] = uchar(byte(pos + i));
        pos += 4;
    }
    if (quint64(b.size() - at - pos) < len)
        return f;
    f.payload = b.mid(at + pos, qsizetype(len));
    if (f.masked)
        f.payload = referenceMask(f.payload, key);
    f.size = pos + qsizetype(len);
    return f;
}

// Feeds a codec from a buffer that grows as the test appends to it.
struct Feed {
    QByteArray bytes;
    QBuffer device { &bytes };
    Feed() { device.open(QIODevice::ReadOnly); }
};

QByteArray rawFrame(quint8 first, quint8 second, const QByteArray &rest = {})
{
    return QByteArray(1, char(first)) + char(second) + rest;
}

QByteArray headerValue(const QByteArray &request, const QByteArray &name)
{
    for (const QByteArray &line : request.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// A TCP (or TLS) server driven by hand: the test reads the request and
// answers whatever it needs, frames included.
class RawPeer {
public:
    explicit RawPeer(bool tls = false)
    {
        if (tls) {
            auto *ssl = new QSslServer;
            QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
            conf.setLocalCertificate(QSslCertificate(QByteArray(kTestCert)));
            conf.setPrivateKey(QSslKey(QByteArray(kTestKey), QSsl::Ec));
            ssl->setSslConfiguration(conf);
            m_server.reset(ssl);
        } else {
            m_server.reset(new QTcpServer);
        }
        m_server->listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const QString &scheme = QStringLiteral("ws")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2/proxy/spaces/dev/ssh/").arg(scheme).arg(m_server->serverPort()));
    }
    bool accept()
    {
        if (!QTest::qWaitFor([this] { return m_server->hasPendingConnections(); }, 5000))
            return false;
        sock = m_server->nextPendingConnection();
        return sock;
    }
    QByteArray readRequest()
    {
        if (!sock && !accept())
            return {};
        if (!QTest::qWaitFor([this] { return sock->peek(1 << 16).contains("\r\n\r\n"); }, 5000))
            return {};
        return sock->read(sock->peek(1 << 16).indexOf("\r\n\r\n") + 4);
    }
    // Accepts the upgrade the way a server must.
    bool upgrade()
    {
        const QByteArray request = readRequest();
        if (request.isEmpty())
            return false;
        sock->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Accept: "
                    + Codec::acceptKey(headerValue(request, "Sec-WebSocket-Key")) + "\r\n\r\n");
        return true;
    }
    void send(Opcode op, const QByteArray &payload, bool fin = true)
    {
        sock->write(Codec::encode(op, payload, Role::Server, fin));
    }
    // The next control frame from the client; its binary payload goes to *data.
    Codec::Event nextEvent(QByteArray *data = nullptr, int ms = 5000)
    {
        QByteArray scratch;
        Codec::Event e;
        const bool got = QTest::qWaitFor(
            [&] {
                e = m_codec.read(sock, data ? data : &scratch, 1 << 30);
                return e.kind != Kind::NeedMore && e.kind != Kind::DataFull;
            },
            ms);
        return got ? e : Codec::Event {};
    }

    std::unique_ptr<QTcpServer> m_server;
    QTcpSocket *sock = nullptr;
    Codec m_codec { Role::Server };
};

Error closedWith(const QSignalSpy &closed)
{
    return closed.isEmpty() ? Error(ErrorCode::Internal, QStringLiteral("not closed"))
                            : closed.first().first().value<Error>();
}

} // namespace

class TestWebSocketStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    // The codec.
    void maskMatchesByteWiseReference_data();
    void maskMatchesByteWiseReference();
    void framesRoundTrip_data();
    void framesRoundTrip();
    void decodesByteByByte();
    void fragmentsWithControlFramesBetween();
    void malformedFrames_data();
    void malformedFrames();
    void closePayloadCarriesCodeAndReason();
    void acceptKeyIsTheRfcExample();
    // The stream against Qt's WebSocket server.
    void echoesAndKeepsEarlyBytes();
    void pingsWhileIdle();
    void textFrameIsAnError();
    void dropWithoutCloseIsAnError();
    // The stream against a hand-driven server.
    void requestCarriesTheHandshakeAndHeaders();
    void outgoingFramesAreMaskedAndBounded();
    void refusedUpgrade_data();
    void refusedUpgrade();
    void invalidHandshake_data();
    void invalidHandshake();
    void answersPingsBetweenFragments();
    void closeHandshakeFromTheServer_data();
    void closeHandshakeFromTheServer();
    void closeSendsACloseFrameAndGivesUp();
    void oversizedFrameIsAnError();
    void readPauseLeavesBytesWithTheServer();
    void tlsIsVerifiedUnlessInsecure();

private:
    QWebSocket *accept();
    QWebSocketServer *m_server = nullptr;
    QUrl m_url;
};

void TestWebSocketStream::init()
{
    m_server = new QWebSocketServer(QStringLiteral("test"), QWebSocketServer::NonSecureMode, this);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_url = QUrl(QStringLiteral("ws://127.0.0.1:%1/tunnel/").arg(m_server->serverPort()));
}

void TestWebSocketStream::cleanup()
{
    delete m_server;
}

QWebSocket *TestWebSocketStream::accept()
{
    if (!m_server->hasPendingConnections()) {
        QSignalSpy spy(m_server, &QWebSocketServer::newConnection);
        if (!spy.wait(5000))
            return nullptr;
    }
    return m_server->nextPendingConnection();
}

void TestWebSocketStream::maskMatchesByteWiseReference_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("offset");
    for (int size : { 0, 1, 3, 7, 8, 9, 15, 31, 32, 33, 63, 125, 126, 1001, 65535, 65536, 65537 })
        for (int offset : { 0, 1, 2, 3, 5 })
            QTest::addRow("%d bytes at %d", size, offset) << size << offset;
}

void TestWebSocketStream::maskMatchesByteWiseReference()
{
    QFETCH(int, size);
    QFETCH(int, offset);
    const QByteArray data = randomBytes(size);
    const Codec::MaskKey key { 0x12, 0xa7, 0x00, 0xfe };
    const QByteArray expected = referenceMask(data, key, offset);
    QByteArray copied(size, Qt::Uninitialized);
    Codec::applyMask(copied.data(), data.constData(), size, key, offset);
    QCOMPARE(copied, expected);
    QByteArray inPlace = data;
    Codec::applyMask(inPlace.data(), inPlace.constData(), size, key, offset);
    QCOMPARE(inPlace, expected);
    // Masking is its own inverse.
    Codec::applyMask(inPlace.data(), inPlace.constData(), size, key, offset);
    QCOMPARE(inPlace, data);
}

void TestWebSocketStream::framesRoundTrip_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("maxFrame");
    QTest::addColumn<bool>("fromClient");
    for (bool client : { true, false })
        for (int size : { 0, 1, 125, 126, 127, 65535, 65536, 65537, 100001 })
            QTest::addRow("%s %d", client ? "client" : "server", size) << size << (1 << 20) << client;
    // Split into frames: full ones and an odd rest.
    QTest::addRow("split 256 KiB frames") << (3 << 18) + 17 << (256 << 10) << true;
    QTest::addRow("split 125-byte frames") << 1000 << 125 << true;
    QTest::addRow("split 126-byte frames") << 1001 << 126 << false;
}

void TestWebSocketStream::framesRoundTrip()
{
    QFETCH(int, size);
    QFETCH(int, maxFrame);
    QFETCH(bool, fromClient);
    const QByteArray data = randomBytes(size);
    const QByteArray wire = Codec::encodeBinary(data, fromClient ? Role::Client : Role::Server, maxFrame);

    // Read back field by field: lengths in the smallest encoding, masked
    // exactly when the client sends, each frame final and binary.
    QByteArray reassembled;
    int frames = 0;
    for (qsizetype at = 0; at < wire.size(); ++frames) {
        const RefFrame f = parseReference(wire, at);
        QVERIFY2(f.size > 0, "truncated frame");
        QVERIFY(f.fin);
        QCOMPARE(f.opcode, 2);
        QCOMPARE(f.masked, fromClient);
        const qsizetype n = f.payload.size();
        QVERIFY(n <= maxFrame);
        QCOMPARE(f.lengthBytes, n < 126 ? 0 : n <= 65535 ? 2 : 8);
        reassembled += f.payload;
        at += f.size;
    }
    QCOMPARE(frames, qMax(1, (size + maxFrame - 1) / maxFrame));
    QCOMPARE(reassembled, data);

    // And through the decoder of the other end.
    Feed feed;
    feed.bytes = wire;
    Codec codec(fromClient ? Role::Server : Role::Client);
    QByteArray decoded;
    Codec::Event e;
    do
        e = codec.read(&feed.device, &decoded, 1 << 30);
    while (e.kind == Kind::DataFull);
    QCOMPARE(int(e.kind), int(Kind::NeedMore));
    QCOMPARE(decoded, data);
}

void TestWebSocketStream::decodesByteByByte()
{
    // Frames arrive in arbitrary pieces; the decoder keeps its place in the
    // header, the payload and the mask.
    const QByteArray data = randomBytes(70001);
    const QByteArray wire = Codec::encodeBinary(data, Role::Client, 30000)
                            + Codec::encode(Opcode::Ping, "still there?", Role::Client)
                            + Codec::encodeBinary("tail", Role::Client);
    Feed feed;
    Codec codec(Role::Server);
    QByteArray decoded;
    int pings = 0;
    for (qsizetype i = 0; i < wire.size(); ++i) {
        feed.bytes.append(wire[i]);
        for (;;) {
            // Small maxData: a frame's payload is handed on in many pieces.
            const Codec::Event e = codec.read(&feed.device, &decoded, decoded.size() + 7);
            if (e.kind == Kind::Ping) {
                QCOMPARE(e.payload, QByteArray("still there?"));
                QCOMPARE(decoded, data); // in order: all data before the ping
                ++pings;
            } else if (e.kind != Kind::DataFull) {
                QCOMPARE(int(e.kind), int(Kind::NeedMore));
                break;
            }
        }
    }
    QCOMPARE(pings, 1);
    QCOMPARE(decoded, data + "tail");
}

void TestWebSocketStream::fragmentsWithControlFramesBetween()
{
    Feed feed;
    feed.bytes = Codec::encode(Opcode::Binary, "ab", Role::Client, false)
                 + Codec::encode(Opcode::Ping, "p1", Role::Client)
                 + Codec::encode(Opcode::Continuation, "cd", Role::Client, false)
                 + Codec::encode(Opcode::Pong, "p2", Role::Client)
                 + Codec::encode(Opcode::Continuation, "ef", Role::Client, true)
                 + Codec::encode(Opcode::Binary, "gh", Role::Client) // a new message may start now
                 + Codec::encode(Opcode::Close, Codec::closePayload(1000, QStringLiteral("bye")), Role::Client);
    Codec codec(Role::Server);
    QByteArray data;
    Codec::Event e = codec.read(&feed.device, &data, 1 << 20);
    QCOMPARE(int(e.kind), int(Kind::Ping));
    QCOMPARE(e.payload, QByteArray("p1"));
    QCOMPARE(data, QByteArray("ab"));
    e = codec.read(&feed.device, &data, 1 << 20);
    QCOMPARE(int(e.kind), int(Kind::Pong));
    QCOMPARE(e.payload, QByteArray("p2"));
    QCOMPARE(data, QByteArray("abcd"));
    e = codec.read(&feed.device, &data, 1 << 20);
    QCOMPARE(int(e.kind), int(Kind::Close));
    QCOMPARE(e.closeCode, quint16(1000));
    QCOMPARE(e.closeReason, QStringLiteral("bye"));
    QCOMPARE(data, QByteArray("abcdefgh"));
    e = codec.read(&feed.device, &data, 1 << 20);
    QCOMPARE(int(e.kind), int(Kind::NeedMore));
}

void TestWebSocketStream::malformedFrames_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("toServer");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("error");
    const auto toClient = [](Opcode op, const QByteArray &p, bool fin = true) {
        return Codec::encode(op, p, Role::Server, fin);
    };
    QTest::newRow("continuation first") << toClient(Opcode::Continuation, "x") << false << int(Kind::Error)
                                        << QStringLiteral("no message to continue");
    QTest::newRow("new message inside a fragmented one")
        << toClient(Opcode::Binary, "a", false) + toClient(Opcode::Binary, "b") << false << int(Kind::Error)
        << QStringLiteral("new message inside");
    QTest::newRow("fragmented ping") << toClient(Opcode::Ping, "x", false) << false << int(Kind::Error)
                                     << QStringLiteral("fragmented control");
    QTest::newRow("126-byte ping") << rawFrame(0x89, 126, QByteArray("\x00\x7e", 2) + QByteArray(126, 'p')) << false
                                   << int(Kind::Error) << QStringLiteral("control frame of 126 bytes");
    QTest::newRow("reserved bit") << rawFrame(0xc2, 1, "x") << false << int(Kind::Error)
                                  << QStringLiteral("reserved bits");
    QTest::newRow("opcode 3") << rawFrame(0x83, 1, "x") << false << int(Kind::Error)
                              << QStringLiteral("unknown opcode 3");
    QTest::newRow("masked to the client") << Codec::encode(Opcode::Binary, "x", Role::Client) << false
                                          << int(Kind::Error) << QStringLiteral("masked frame from the server");
    QTest::newRow("unmasked to the server") << toClient(Opcode::Binary, "x") << true << int(Kind::Error)
                                            << QStringLiteral("unmasked frame from the client");
    QTest::newRow("one-byte close") << toClient(Opcode::Close, "x") << false << int(Kind::Error)
                                    << QStringLiteral("one-byte status");
    QTest::newRow("text") << toClient(Opcode::Text, "hello") << false << int(Kind::Text) << QString();
    QByteArray huge = rawFrame(0x82, 127, QByteArray(8, '\0'));
    qToBigEndian(quint64(1) << 40, huge.data() + 2);
    QTest::newRow("a terabyte frame") << huge << false << int(Kind::TooBig) << QString();
}

void TestWebSocketStream::malformedFrames()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, toServer);
    QFETCH(int, kind);
    QFETCH(QString, error);
    Feed feed;
    feed.bytes = wire;
    Codec codec(toServer ? Role::Server : Role::Client);
    QByteArray data;
    Codec::Event e;
    do
        e = codec.read(&feed.device, &data, 1 << 20);
    while (e.kind == Kind::DataFull);
    QCOMPARE(int(e.kind), kind);
    QVERIFY2(e.error.contains(error), qPrintable(e.error));
    // Errors stick: nothing after a broken frame is trusted.
    if (kind == int(Kind::Error)) {
        feed.bytes += Codec::encodeBinary("more", toServer ? Role::Client : Role::Server);
        QCOMPARE(int(codec.read(&feed.device, &data, 1 << 20).kind), kind);
    }
}

void TestWebSocketStream::closePayloadCarriesCodeAndReason()
{
    const QByteArray p = Codec::closePayload(1011, QStringLiteral("sshd went away"));
    QCOMPARE(p.left(2), QByteArray("\x03\xf3", 2));
    QCOMPARE(p.mid(2), QByteArray("sshd went away"));
    // A control frame holds 125 bytes: the reason is cut to fit, on a character boundary.
    const QByteArray longer = Codec::closePayload(1000, QString(100, QChar(0x00e9)));
    QVERIFY(longer.size() <= Codec::kMaxControlPayload);
    QCOMPARE(QString::fromUtf8(longer.mid(2)), QString(61, QChar(0x00e9)));
    Feed feed;
    feed.bytes = Codec::encode(Opcode::Close, {}, Role::Server);
    Codec codec(Role::Client);
    QByteArray data;
    const Codec::Event e = codec.read(&feed.device, &data, 100);
    QCOMPARE(int(e.kind), int(Kind::Close));
    QCOMPARE(e.closeCode, Codec::kCloseNoStatus);
}

void TestWebSocketStream::acceptKeyIsTheRfcExample()
{
    QCOMPARE(Codec::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
}

void TestWebSocketStream::echoesAndKeepsEarlyBytes()
{
    WebSocketStream stream(m_url, { { "Authorization", "Bearer t" } }, false);
    stream.write("early bytes"); // before open(): must not be lost
    QSignalSpy opened(&stream, &ByteStream::opened);
    stream.open();
    QWebSocket *peer = accept();
    QVERIFY(peer);
    QCOMPARE(peer->request().rawHeader("Authorization"), QByteArray("Bearer t"));
    QVERIFY(opened.wait(5000) || opened.size() == 1);
    QSignalSpy got(peer, &QWebSocket::binaryMessageReceived);
    QVERIFY(got.wait(5000));
    QCOMPARE(got.first().first().toByteArray(), QByteArray("early bytes"));
    QSignalSpy received(&stream, &ByteStream::received);
    peer->sendBinaryMessage("from server");
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().first().toByteArray(), QByteArray("from server"));
    // Large writes are split into frames and arrive whole, in order.
    const QByteArray big = randomBytes(WebSocketStream::kMaxFrame * 3 + 17);
    QByteArray echoed;
    connect(peer, &QWebSocket::binaryMessageReceived, this, [&echoed](const QByteArray &d) { echoed += d; });
    stream.write(big);
    QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), big.size(), 5000);
    QCOMPARE(echoed, big);
    QSignalSpy closed(&stream, &ByteStream::closed);
    stream.close();
    QVERIFY(closed.size() == 1 || closed.wait(5000)); // may have ended inside close()
    QVERIFY(!closedWith(closed).isError());
}

void TestWebSocketStream::pingsWhileIdle()
{
    const int saved = WebSocketStream::pingIntervalMs;
    WebSocketStream::pingIntervalMs = 100;
    WebSocketStream stream(m_url, {}, false);
    stream.open();
    QWebSocket *peer = accept();
    QVERIFY(peer);
    // The server answers pings by itself; three answers need three pings.
    QTRY_VERIFY_WITH_TIMEOUT(stream.pongs() >= 3, 5000);
    WebSocketStream::pingIntervalMs = saved;
}

void TestWebSocketStream::textFrameIsAnError()
{
    WebSocketStream stream(m_url, {}, false);
    QSignalSpy closed(&stream, &ByteStream::closed);
    stream.open();
    QWebSocket *peer = accept();
    QVERIFY(peer);
    QTest::qWait(100);
    peer->sendTextMessage(QStringLiteral("hello"));
    QVERIFY(closed.wait(5000));
    QVERIFY(closedWith(closed).message.contains(QStringLiteral("text frame")));
}

void TestWebSocketStream::dropWithoutCloseIsAnError()
{
    WebSocketStream stream(m_url, {}, false);
    QSignalSpy opened(&stream, &ByteStream::opened);
    QSignalSpy closed(&stream, &ByteStream::closed);
    stream.open();
    QWebSocket *peer = accept();
    QVERIFY(peer);
    QVERIFY(opened.size() == 1 || opened.wait(5000));
    peer->abort(); // no close frame
    QVERIFY(closed.wait(5000));
    QVERIFY2(closedWith(closed).message.contains(QStringLiteral("closed unexpectedly (no close frame)")),
             qPrintable(closedWith(closed).message));
}

void TestWebSocketStream::requestCarriesTheHandshakeAndHeaders()
{
    RawPeer peer;
    QUrl url = peer.url();
    url.setQuery(QStringLiteral("a=1"));
    WebSocketStream stream(url, { { "Authorization", "token abc" } }, false);
    stream.open();
    const QByteArray request = peer.readRequest();
    QVERIFY(request.startsWith("GET /proxy/spaces/dev/ssh/?a=1 HTTP/1.1\r\n"));
    QCOMPARE(headerValue(request, "host"), QStringLiteral("127.0.0.1:%1").arg(url.port()).toUtf8());
    QCOMPARE(headerValue(request, "upgrade").toLower(), QByteArray("websocket"));
    QVERIFY(headerValue(request, "connection").toLower().contains("upgrade"));
    QCOMPARE(headerValue(request, "sec-websocket-version"), QByteArray("13"));
    QCOMPARE(QByteArray::fromBase64(headerValue(request, "sec-websocket-key")).size(), 16);
    QCOMPARE(headerValue(request, "authorization"), QByteArray("token abc"));
    // A header value with a line break would smuggle in another header.
    RawPeer other;
    WebSocketStream bad(other.url(), { { "Authorization", "token abc\r\nX-Evil: 1" } }, false);
    QSignalSpy closed(&bad, &ByteStream::closed);
    bad.open();
    QVERIFY(closed.wait(5000));
    QVERIFY2(closedWith(closed).message.contains(QStringLiteral("malformed")), qPrintable(closedWith(closed).message));
}

void TestWebSocketStream::outgoingFramesAreMaskedAndBounded()
{
    RawPeer peer;
    WebSocketStream stream(peer.url(), {}, false);
    QSignalSpy opened(&stream, &ByteStream::opened);
    stream.open();
    QVERIFY(peer.upgrade());
    QVERIFY(opened.wait(5000));
    const QByteArray data = randomBytes(WebSocketStream::kMaxFrame * 2 + 3);
    stream.write(data);
    const qsizetype expected = data.size() + 2 * 14 + 6; // two 256 KiB frames, then 3 bytes
    QVERIFY(QTest::qWaitFor([&] { return peer.sock->bytesAvailable() >= expected; }, 5000));
    const QByteArray wire = peer.sock->readAll();
    QCOMPARE(wire.size(), expected);
    QByteArray payloads;
    QList<bool> masked;
    for (qsizetype at = 0; at < wire.size();) {
        const RefFrame f = parseReference(wire, at);
        QVERIFY(f.size > 0);
        QCOMPARE(f.opcode, 2);
        QVERIFY(f.payload.size() <= WebSocketStream::kMaxFrame);
        masked << f.masked;
        payloads += f.payload;
        at += f.size;
    }
    QCOMPARE(masked, QList<bool>({ true, true, true }));
    QCOMPARE(payloads, data);
}

void TestWebSocketStream::refusedUpgrade_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");
    QTest::newRow("401 with a body") << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 20\r\n\r\n"
                                                   "{\"error\":\"expired\"}\n")
                                     << QStringLiteral("(401)")
                                     << QStringLiteral("the server said: {\"error\":\"expired\"}");
    QTest::newRow("403") << QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
                         << QStringLiteral("not allowed to use SSH") << QStringLiteral("/proxy/spaces/dev/ssh/");
    QTest::newRow("404, HTML, body until close")
        << QByteArray("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n<html><title>404: Not Found</title></html>")
        << QStringLiteral("(404)") << QStringLiteral("the server said: 404: Not Found");
    QTest::newRow("302") << QByteArray("HTTP/1.1 302 Found\r\nLocation: /hub/login\r\nContent-Length: 0\r\n\r\n")
                         << QStringLiteral("redirected") << QString();
    QTest::newRow("502 chunked") << QByteArray("HTTP/1.1 502 Bad Gateway\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "7\r\nno sshd\r\n0\r\n\r\n")
                                 << QStringLiteral("Cannot open the tunnel to 127.0.0.1")
                                 << QStringLiteral("HTTP/1.1 502 Bad Gateway");
    QTest::newRow("the token echoed back is not shown")
        << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 28\r\n\r\nbad token s3cret-t0ken-value")
        << QStringLiteral("(401)") << QStringLiteral("bad token [redacted]");
}

void TestWebSocketStream::refusedUpgrade()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, message);
    QFETCH(QString, detail);
    RawPeer peer;
    WebSocketStream stream(peer.url(), { { "Authorization", "Bearer s3cret-t0ken-value" } }, false);
    QSignalSpy opened(&stream, &ByteStream::opened);
    QSignalSpy closed(&stream, &ByteStream::closed);
    stream.open();
    QVERIFY(!peer.readRequest().isEmpty());
    peer.sock->write(answer);
    if (answer.contains("Connection: close"))
        peer.sock->disconnectFromHost();
    QVERIFY(closed.wait(5000));
    QCOMPARE(opened.size(), 0);
    const Error e = closedWith(closed);
    QVERIFY2(e.message.contains(message), qPrintable(e.oneLine()));
    QVERIFY2(e.detail.contains(detail), qPrintable(e.oneLine()));
    QVERIFY(!e.oneLine().contains(QStringLiteral("s3cret")));
}

void TestWebSocketStream::invalidHandshake_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("why");
    QTest::newRow("wrong accept") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                                "Connection: Upgrade\r\nSec-WebSocket-Accept: AAAA\r\n\r\n")
                                  << QStringLiteral("Sec-WebSocket-Accept");
    QTest::newRow("no upgrade header") << QByteArray("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n\r\n")
                                       << QStringLiteral("Upgrade: websocket");
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << QStringLiteral("not HTTP");
}

void TestWebSocketStream::invalidHandshake()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, why);
    RawPeer peer;
    WebSocketStream stream(peer.url(), {}, false);
    QSignalSpy opened(&stream, &ByteStream::opened);
    QSignalSpy closed(&stream, &ByteStream::closed);
    stream.open();
    QVERIFY(!peer.readRequest().isEmpty());
    peer.sock->write(answer);
    QVERIFY(closed.wait(5000));
    QCOMPARE(opened.size(), 0);
    QVERIFY2(closedWith(closed).oneLine().contains(why), qPrintable(closedWith(closed).oneLine()));
}

void TestWebSocketStream::answersPingsBetweenFragments()
{
    RawPeer peer;
    WebSocketStream stream(peer.url(), {}, false);
    QByteArray received;
    connect(&stream, &ByteStream::received, this, [&received](const QByteArray &d) { received += d; });
    stream.open();
    QVERIFY(peer.upgrade());
    // The server may speak in the same packet as its answer: the sshd banner.
    peer.send(Opcode::Binary, "SSH-2.0-", false);
    peer.send(Opcode::Ping, "are you there");
    peer.send(Opcode::Continuation, "OpenSSH", false);
    peer.send(Opcode::Continuation, "\r\n", true);
    const Codec::Event pong = peer.nextEvent();
    QCOMPARE(int(pong.kind), int(Kind::Pong));
    QCOMPARE(pong.payload, QByteArray("are you there"));
    QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("SSH-2.0-OpenSSH\r\n"), 5000);
}

void TestWebSocketStream::closeHandshakeFromTheServer_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("error"); // empty: a clean end
    QTest::newRow("normal") << 1000 << QString() << QString();
    QTest::newRow("no status") << -1 << QString() << QString();
    QTest::newRow("internal error with a reason")
        << 1011 << QStringLiteral("sshd crashed") << QStringLiteral("closed unexpectedly (sshd crashed)");
    QTest::newRow("going away, no reason") << 1001 << QString() << QStringLiteral("closed unexpectedly (1001)");
}

void TestWebSocketStream::closeHandshakeFromTheServer()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QString, error);
    RawPeer peer;
    WebSocketStream stream(peer.url(), {}, false);
    QSignalSpy opened(&stream, &ByteStream::opened);
    QSignalSpy closed(&stream, &ByteStream::closed);
    QByteArray received;
    connect(&stream, &ByteStream::received, this, [&received](const QByteArray &d) { received += d; });
    stream.open();
    QVERIFY(peer.upgrade());
    QVERIFY(opened.wait(5000));
    peer.send(Opcode::Binary, "last words");
    peer.send(Opcode::Close, code < 0 ? QByteArray() : Codec::closePayload(quint16(code), reason));
    // The client answers with a close frame of its own, echoing the code.
    const Codec::Event answer = peer.nextEvent();
    QCOMPARE(int(answer.kind), int(Kind::Close));
    QCOMPARE(int(answer.closeCode), code < 0 ? 1000 : code);
    peer.sock->disconnectFromHost();
    QVERIFY(closed.size() == 1 || closed.wait(5000));
    QCOMPARE(received, QByteArray("last words"));
    const Error e = closedWith(closed);
    if (error.isEmpty())
        QVERIFY2(!e.isError(), qPrintable(e.oneLine()));
    else
        QVERIFY2(e.message.contains(error), qPrintable(e.oneLine()));
}

void TestWebSocketStream::closeSendsACloseFrameAndGivesUp()
{
    RawPeer peer;
    WebSocketStream stream(peer.url(), {}, false);
    QSignalSpy opened(&stream, &ByteStream::opened);
    QSignalSpy closed(&stream, &ByteStream::closed);
    stream.open();
    QVERIFY(peer.upgrade());
    QVERIFY(opened.wait(5000));
    stream.write("queued before close");
    stream.close();
    QByteArray data;
    const Codec::Event e = peer.nextEvent(&data);
    QCOMPARE(data, QByteArray("queued before close")); // written first
    QCOMPARE(int(e.kind), int(Kind::Close));
    QCOMPARE(e.closeCode, quint16(1000));
    // This server never answers: the stream gives up after 2 s, cleanly.
    QElapsedTimer t;
    t.start();
    QVERIFY(closed.wait(5000));
    QVERIFY(t.elapsed() > 1000);
    QVERIFY(!closedWith(closed).isError());
    QTRY_COMPARE_WITH_TIMEOUT(peer.sock->state(), QAbstractSocket::UnconnectedState, 5000);
}

void TestWebSocketStream::oversizedFrameIsAnError()
{
    RawPeer peer;
    WebSocketStream stream(peer.url(), {}, false);
    QSignalSpy opened(&stream, &ByteStream::opened);
    QSignalSpy closed(&stream, &ByteStream::closed);
    stream.open();
    QVERIFY(peer.upgrade());
    QVERIFY(opened.wait(5000));
    QByteArray header = rawFrame(0x82, 127, QByteArray(8, '\0'));
    qToBigEndian(quint64(Codec::kMaxFrameIn + 1), header.data() + 2);
    peer.sock->write(header + "only the start");
    QVERIFY(closed.wait(5000));
    const Error e = closedWith(closed);
    QVERIFY2(e.message.contains(QStringLiteral("more than Keyport accepts"))
                 && e.message.contains(QString::number(Codec::kMaxFrameIn + 1)),
             qPrintable(e.oneLine()));
}

void TestWebSocketStream::readPauseLeavesBytesWithTheServer()
{
    RawPeer peer;
    WebSocketStream stream(peer.url(), {}, false);
    QSignalSpy opened(&stream, &ByteStream::opened);
    QByteArray received;
    connect(&stream, &ByteStream::received, this, [&received](const QByteArray &d) { received += d; });
    stream.open();
    QVERIFY(peer.upgrade());
    QVERIFY(opened.wait(5000));
    stream.setReadPaused(true);
    const QByteArray data = randomBytes(32 << 20);
    peer.sock->write(Codec::encodeBinary(data, Role::Server, 64 << 10));
    QTest::qWait(1000);
    // Paused means unread: nothing handed on, and the kernel's buffers plus
    // the stream's bounded one hold far less than was sent.
    QCOMPARE(received.size(), 0);
    QVERIFY2(peer.sock->bytesToWrite() > (16 << 20), qPrintable(QString::number(peer.sock->bytesToWrite())));
    stream.setReadPaused(false);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), data.size(), 20000);
    QCOMPARE(received, data);
}

void TestWebSocketStream::tlsIsVerifiedUnlessInsecure()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    {
        RawPeer peer(true);
        WebSocketStream stream(peer.url(QStringLiteral("wss")), {}, false);
        QSignalSpy closed(&stream, &ByteStream::closed);
        stream.open();
        QVERIFY(closed.wait(10000));
        QVERIFY2(
            closedWith(closed).message.contains(QStringLiteral("TLS certificate of 127.0.0.1 could not be verified")),
            qPrintable(closedWith(closed).oneLine()));
    }
    RawPeer peer(true);
    WebSocketStream stream(peer.url(QStringLiteral("wss")), {}, true);
    QSignalSpy opened(&stream, &ByteStream::opened);
    QSignalSpy received(&stream, &ByteStream::received);
    stream.open();
    QVERIFY(peer.upgrade());
    QVERIFY(opened.wait(10000));
    peer.send(Opcode::Binary, "over TLS");
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().first().toByteArray(), QByteArray("over TLS"));
    stream.write("and back");
    QByteArray data;
    peer.send(Opcode::Close, Codec::closePayload(1000));
    QCOMPARE(int(peer.nextEvent(&data).kind), int(Kind::Close));
    QCOMPARE(data, QByteArray("and back"));
}

QTEST_GUILESS_MAIN(TestWebSocketStream)
#include "tst_websocketstream.moc"
