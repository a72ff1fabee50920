// The proxy and its relay against real peers. Stopping a proxy closes its
// port at once but lets the connections it relays run to their end (a real
// OpenSSH session through it carries on, then the server goes away); a relay
// whose splice set-up fails leaves both connections as they were and goes on
// relaying on the Qt path.
#include "fixtures.h"

#include "proxy/proxymanager.h"
#include "proxy/relay.h"
#include "workspace/registry.h"

#include <QDir>
#include <QFile>
#include <QPointer>
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

// Whether a new TCP connection to 127.0.0.1:port is refused, with the event
// loop running meanwhile (the relays live in this thread).
bool connectionRefused(quint16 port)
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    const bool settled = QTest::qWaitFor(
        [&] {
            return probe.state() == QAbstractSocket::ConnectedState
                   || probe.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    return settled && probe.error() == QAbstractSocket::ConnectionRefusedError;
}

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

// For a failure message (QVERIFY2 evaluates it either way).
template <typename T> QString why(const Result<T> &r)
{
    return r ? QString() : r.error().oneLine();
}

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
    void initTestCase();
    void sessionSurvivesStop_data();
    void sessionSurvivesStop();
    void stopAllThenShutdown();
    void relayCarriesBothWays_data();
    void relayCarriesBothWays();

private:
    Workspace workspace(const QString &name) const;
    QStringList sshArgs(quint16 port) const;
    std::unique_ptr<test::TempHome> m_home;
    test::SshServer m_sshd;
    QString m_key;
};

void TestProxy::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("ssh");
    KEYPORT_REQUIRE_TOOL("ssh-keygen");
    m_home = std::make_unique<test::TempHome>();
    QVERIFY(m_home->isValid());
    qunsetenv("SSH_AUTH_SOCK"); // the key below only, no agent
    QVERIFY(QDir().mkpath(m_home->sshDir()));
    m_key = QDir(m_home->sshDir()).filePath(QStringLiteral("id_proxytest"));
    auto gen = test::runProcess(test::findTool(QStringLiteral("ssh-keygen")),
                                { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                  QStringLiteral("-N"), QString(), QStringLiteral("-f"), m_key });
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.describe()));
    QFile pub(m_key + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QString started = m_sshd.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_sshd.authorize(pub.readAll());
}

Workspace TestProxy::workspace(const QString &name) const
{
    Workspace w;
    w.source = QStringLiteral("ssh"); // built in; its streams are plain TCP
    w.name = name;
    w.user = m_sshd.user();
    w.transport.kind = TransportSpec::Kind::Tcp;
    w.transport.host = QStringLiteral("127.0.0.1");
    w.transport.port = m_sshd.port();
    return w;
}

QStringList TestProxy::sshArgs(quint16 port) const
{
    return { QStringLiteral("-F"),
             QStringLiteral("/dev/null"),
             QStringLiteral("-T"),
             QStringLiteral("-p"),
             QString::number(port),
             QStringLiteral("-i"),
             m_key,
             QStringLiteral("-o"),
             QStringLiteral("IdentitiesOnly=yes"),
             QStringLiteral("-o"),
             QStringLiteral("BatchMode=yes"),
             QStringLiteral("-o"),
             QStringLiteral("StrictHostKeyChecking=no"),
             QStringLiteral("-o"),
             QStringLiteral("UserKnownHostsFile=/dev/null"),
             QStringLiteral("-o"),
             QStringLiteral("LogLevel=ERROR"),
             m_sshd.user() + QStringLiteral("@127.0.0.1") };
}

void TestProxy::sessionSurvivesStop_data()
{
    QTest::addColumn<bool>("splice");
    QTest::addColumn<bool>("failSetUp");
    QTest::newRow("qt path") << false << false;
    QTest::newRow("spliced") << true << false;
    QTest::newRow("splice set-up fails") << true << true;
}

void TestProxy::sessionSurvivesStop()
{
    QFETCH(bool, splice);
    QFETCH(bool, failSetUp);
    const RelaySwitches switches(splice, failSetUp);
    const bool spliced = splice && !failSetUp;

    SourceRegistry registry;
    ProxyManager manager(&registry);
    const Workspace w = workspace(QStringLiteral("proxy-test"));
    const auto started = manager.start(w);
    QVERIFY2(started.ok(), qPrintable(why(started)));
    const QPointer<ProxyServer> server = started->server;
    const quint16 port = server->port();

    QByteArray out;
    int openAtLastFinish = -1;
    qint64 bytesAtLastFinish = -1;
    QObject guard; // the lambdas below die with it, before what they capture
    QProcess ssh;
    connect(&ssh, &QProcess::readyReadStandardOutput, &guard, [&] { out += ssh.readAllStandardOutput(); });
    connect(server, &ProxyServer::connectionFinished, &guard, [&] {
        openAtLastFinish = server->openConnections();
        bytesAtLastFinish = server->bytesMoved();
    });
    ssh.start(test::findTool(QStringLiteral("ssh")), sshArgs(port) << QStringLiteral("cat"));
    QVERIFY(ssh.waitForStarted(5000));
    const auto echoed = [&](const QByteArray &line) {
        ssh.write(line);
        const bool settled =
            QTest::qWaitFor([&] { return out.contains(line) || ssh.state() == QProcess::NotRunning; }, 15000);
        return settled && out.contains(line);
    };
    QVERIFY2(echoed("before-stop\n"), ssh.readAllStandardError().constData());
    QCOMPARE(server->openConnections(), 1);
    const QPointer<Relay> relay = server->findChild<Relay *>();
    QVERIFY(relay);
    if (spliced)
        QTRY_VERIFY(relay->isSplicing());
    const qint64 beforeStop = server->bytesMoved();
    QVERIFY(beforeStop > 0);

    manager.stop(w.id());
    QVERIFY(!manager.find(w.id()));
    QVERIFY(manager.running().isEmpty());
    // The port is closed at once...
    QVERIFY(connectionRefused(port));
    // ...but the session goes on, both ways, with the server counting it.
    QVERIFY2(echoed("after-stop\n"), ssh.readAllStandardError().constData());
    QVERIFY(server);
    QCOMPARE(server->openConnections(), 1);
    QVERIFY(server->bytesMoved() > beforeStop);
    QVERIFY(relay);
    QCOMPARE(relay->isSplicing(), spliced);

    // It ends on its own: cat sees end of input, ssh exits 0.
    ssh.closeWriteChannel();
    QVERIFY(QTest::qWaitFor([&] { return ssh.state() == QProcess::NotRunning; }, 15000));
    QCOMPARE(ssh.exitStatus(), QProcess::NormalExit);
    QVERIFY2(ssh.exitCode() == 0, ssh.readAllStandardError().constData());
    QCOMPARE(out, QByteArray("before-stop\nafter-stop\n"));
    // Then the server counts it out, and goes away after its last connection.
    QTRY_VERIFY(server.isNull());
    QCOMPARE(openAtLastFinish, 0);
    QVERIFY(bytesAtLastFinish > beforeStop);
    QVERIFY(relay.isNull());
}

void TestProxy::stopAllThenShutdown()
{
    // As the app owns its proxies: a context object that dies at exit.
    auto app = std::make_unique<QObject>();
    auto *registry = new SourceRegistry(app.get());
    auto *manager = new ProxyManager(registry, app.get());
    const auto idle = manager->start(workspace(QStringLiteral("idle")));
    const auto busy = manager->start(workspace(QStringLiteral("busy")));
    QVERIFY2(idle.ok(), qPrintable(why(idle)));
    QVERIFY2(busy.ok(), qPrintable(why(busy)));
    const QPointer<ProxyServer> idleServer = idle->server;
    const QPointer<ProxyServer> busyServer = busy->server;
    const quint16 idlePort = idleServer->port();
    const quint16 busyPort = busyServer->port();

    // A raw client through the busy one: sshd's banner comes back.
    QByteArray received;
    bool clientEnded = false;
    QTcpSocket client;
    connect(&client, &QTcpSocket::readyRead, &client, [&] { received += client.readAll(); });
    connect(&client, &QTcpSocket::disconnected, &client, [&] { clientEnded = true; });
    client.connectToHost(QHostAddress::LocalHost, busyPort);
    QTRY_VERIFY(received.startsWith("SSH-2.0-"));
    QTRY_COMPARE(busyServer->openConnections(), 1);

    manager->stopAll();
    QVERIFY(manager->running().isEmpty());
    QVERIFY(connectionRefused(idlePort));
    QVERIFY(connectionRefused(busyPort));
    // Nothing left to finish: the idle one goes at once; the busy one relays on.
    QTRY_VERIFY(idleServer.isNull());
    const qsizetype banner = received.size();
    client.write("SSH-2.0-keyport_proxy_test\r\n");
    QTRY_VERIFY(received.size() > banner); // sshd's key exchange
    QVERIFY(!clientEnded);
    QVERIFY(busyServer);
    QCOMPARE(busyServer->openConnections(), 1);

    // App exit: destroying the owner takes the draining proxy and its
    // connection with it, at once.
    app.reset();
    QVERIFY(busyServer.isNull());
    QTRY_VERIFY(clientEnded);
}

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
