// The WebSocket stream against an in-process WebSocket server: binary
// frames both ways, bytes written before the handshake are kept, pings keep
// an idle tunnel alive, text frames and drops are errors.
#include "transport/websocketstream.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace keyport;

class TestWebSocketStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void echoesAndKeepsEarlyBytes();
    void pingsWhileIdle();
    void textFrameIsAnError();
    void dropWithoutCloseIsAnError();

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
    const QByteArray big(WebSocketStream::kMaxFrame * 3 + 17, 'x');
    QByteArray echoed;
    connect(peer, &QWebSocket::binaryMessageReceived, this, [&echoed](const QByteArray &d) { echoed += d; });
    stream.write(big);
    QTRY_COMPARE_WITH_TIMEOUT(echoed.size(), big.size(), 5000);
    QSignalSpy closed(&stream, &ByteStream::closed);
    stream.close();
    QVERIFY(closed.size() == 1 || closed.wait(5000)); // may have ended inside close()
    QVERIFY(!closed.first().first().value<Error>().isError());
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
    QVERIFY(closed.first().first().value<Error>().message.contains(QStringLiteral("text frame")));
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
    QVERIFY2(closed.first().first().value<Error>().message.contains(QStringLiteral("closed unexpectedly")),
             qPrintable(closed.first().first().value<Error>().message));
}

QTEST_GUILESS_MAIN(TestWebSocketStream)
#include "tst_websocketstream.moc"
