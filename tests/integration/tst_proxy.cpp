// The proxy's relay against real peers: between two real TCP connections, a
// relay whose splice set-up fails leaves both connections as they were and
// goes on relaying on the Qt path.
#include "fixtures.h"

#include "proxy/relay.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace keyport;

namespace {

// Sets the relay's static switches for one test and restores them after it.
class RelaySwitches {
public:
    RelaySwitches(bool splice, bool failSetUp)
    {
        Relay::spliceEnabled = splice;
        Relay::failSpliceSetUp = failSetUp;
    }
    ~RelaySwitches()
    {
        Relay::spliceEnabled = m_splice;
        Relay::failSpliceSetUp = m_failSetUp;
    }
    RelaySwitches(const RelaySwitches &) = delete;
    RelaySwitches &operator=(const RelaySwitches &) = delete;

private:
    bool m_splice = Relay::spliceEnabled;
    bool m_failSetUp = Relay::failSpliceSetUp;
};

// A loopback TCP connection: `inner` is the end for a relay, `peer` the test's.
struct TcpPair {
    QTcpServer server;
    QTcpSocket peer;
    QTcpSocket *inner = nullptr;

    bool connect()
    {
        if (!server.listen(QHostAddress::LocalHost, 0))
            return false;
        peer.connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!QTest::qWaitFor(
                [&] { return peer.state() == QAbstractSocket::ConnectedState && server.hasPendingConnections(); },
                5000))
            return false;
        inner = server.nextPendingConnection();
        return inner != nullptr;
    }
};

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

} // namespace

class TestProxy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void relayCarriesBothWays_data();
    void relayCarriesBothWays();
};

void TestProxy::relayCarriesBothWays_data()
{
    QTest::addColumn<bool>("failSetUp");
    QTest::newRow("spliced") << false;
    QTest::newRow("splice set-up fails") << true;
}

void TestProxy::relayCarriesBothWays()
{
    QFETCH(bool, failSetUp);
    const RelaySwitches switches(true, failSetUp);

    QByteArray atLeft, atRight;
    bool leftEnded = false, rightEnded = false;
    TcpPair left, right;
    QVERIFY(left.connect());
    QVERIFY(right.connect());
    connect(&left.peer, &QTcpSocket::readyRead, &left.peer, [&] { atLeft += left.peer.readAll(); });
    connect(&right.peer, &QTcpSocket::readyRead, &right.peer, [&] { atRight += right.peer.readAll(); });
    connect(&left.peer, &QTcpSocket::readChannelFinished, &left.peer, [&] { leftEnded = true; });
    connect(&right.peer, &QTcpSocket::readChannelFinished, &right.peer, [&] { rightEnded = true; });

    QObject holder; // owns the streams and the relay, as the proxy's holder does
    auto *a = new SocketStream(left.inner, {}, 0, &holder);
    auto *b = new SocketStream(right.inner, {}, 0, &holder);
    auto *relay = new Relay(a, b, &holder);
    QSignalSpy finished(relay, &Relay::finished);
    a->open();
    b->open();
    // The relay tries to switch once both sides are open and nothing is queued.
    if (failSetUp)
        QTest::qWait(100);
    else
        QTRY_VERIFY(relay->isSplicing());

    // A line each way, then 3 MB each way at once (more than the relay's
    // bound, so reading pauses and resumes, and the set-up is tried again).
    left.peer.write("hello right\n");
    right.peer.write("hello left\n");
    QVERIFY(QTest::qWaitFor([&] { return (atLeft.size() >= 11 && atRight.size() >= 12) || leftEnded || rightEnded; },
                            5000));
    QVERIFY2(!leftEnded && !rightEnded, "a side saw the end of the connection");
    QCOMPARE(atRight, QByteArray("hello right\n"));
    QCOMPARE(atLeft, QByteArray("hello left\n"));
    const QByteArray up = randomBytes(3 << 20, 1);
    const QByteArray down = randomBytes(3 << 20, 2);
    atLeft.clear();
    atRight.clear();
    left.peer.write(up);
    right.peer.write(down);
    QVERIFY2(
        QTest::qWaitFor(
            [&] { return (atRight.size() >= up.size() && atLeft.size() >= down.size()) || leftEnded || rightEnded; },
            20000),
        qPrintable(QStringLiteral("%1 of %2 and %3 of %4 bytes arrived")
                       .arg(atRight.size())
                       .arg(up.size())
                       .arg(atLeft.size())
                       .arg(down.size())));
    QVERIFY2(!leftEnded && !rightEnded, "a side saw the end of the connection");
    QCOMPARE(finished.count(), 0);
    QCOMPARE(atRight.size(), up.size());
    QCOMPARE(atLeft.size(), down.size());
    QVERIFY(atRight == up);
    QVERIFY(atLeft == down);
    QCOMPARE(relay->bytesAtoB(), up.size() + 12);
    QCOMPARE(relay->bytesBtoA(), down.size() + 11);
    QCOMPARE(relay->isSplicing(), !failSetUp);
    QCOMPARE(left.peer.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(right.peer.state(), QAbstractSocket::ConnectedState);

    // Closing one end ends the relay once, without an error, and the other end.
    left.peer.disconnectFromHost();
    QTRY_VERIFY(rightEnded);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!finished.first().first().value<Error>().isError());
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
