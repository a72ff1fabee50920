// The JupyterHub source against the real Debian JupyterHub (REST API, named
// servers, start/stop, progress, its configurable-http-proxy) with websockify
// standing in for jupyter-sshd-proxy's /sshd/ endpoint (jupyter-server-proxy is
// not packaged), bridged to a real sshd that reads the notebook user's
// ~/.ssh/authorized_keys; files copied through that tunnel, and the tunnel's
// far end dying in the middle of a copy. Functions run in order and share one
// hub.
#include "fixtures.h"

#include "identity/privatekey.h"
#include "identity/publickey.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

using namespace keyport;

namespace {
const QByteArray kHubToken = "alice-hub-token-42";
const QByteArray kProxyToken = "proxy-api-token-42";
} // namespace

class TestJupyterHub : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addSource();
    void listsStoppedDefaultServer();
    void startAndStopFollowProgress();
    void namedServers();
    void registerKeyRefusedForHiddenFiles();
    void registerKeyMergesIntoAuthorizedKeys();
    void registeredKeysInAuthorizedKeys();
    void sshThroughTheHub();
    void filesThroughTheHub_data();
    void filesThroughTheHub();
    void treeThroughTheHub();
    void bridgeDiesMidTransferResumes_data();
    void bridgeDiesMidTransferResumes();
    void stoppedServerRefusesTheTunnel();

private:
    int hubApi(const QByteArray &method, const QString &path, QByteArray *body = nullptr);
    int proxyRoute(const QByteArray &method, const QString &path);
    QJsonObject workspace(const QString &id);
    test::ProcessResult ssh(const QStringList &args);
    bool startBridge();
    void killBridge();

    std::unique_ptr<test::TempHome> m_home;
    test::SecretService m_keyring;
    test::SshServer m_sshd;
    QTemporaryDir m_hubDir;
    QProcess m_hub;
    QProcess m_bridge;
    quint16 m_port = 0, m_apiPort = 0, m_bridgePort = 0;
    QString m_aliceHome;
    QByteArray m_otherKey;
    QTemporaryDir m_remote; // the workspace's side of a copy: its sshd runs on this machine
    QTemporaryDir m_local;
};

void TestJupyterHub::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("jupyterhub");
    KEYPORT_REQUIRE_TOOL("jupyterhub-singleuser");
    KEYPORT_REQUIRE_TOOL("configurable-http-proxy");
    KEYPORT_REQUIRE_TOOL("websockify");
    KEYPORT_REQUIRE_TOOL("sshd");
    m_home = std::make_unique<test::TempHome>();
    qunsetenv("SSH_AUTH_SOCK");
    QString err = m_keyring.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));

    // The notebook user's home: sshd reads its ~/.ssh/authorized_keys, as jupyter-sshd-proxy's does.
    m_aliceHome = m_hubDir.filePath(QStringLiteral("home/alice"));
    QDir().mkpath(m_aliceHome + QStringLiteral("/.ssh"));
    m_otherKey = PrivateKey::generate(KeyAlgorithm::Ed25519)->publicKey().toOpenSshLine(QStringLiteral("alice@laptop"));
    QFile ak(m_aliceHome + QStringLiteral("/.ssh/authorized_keys"));
    QVERIFY(ak.open(QIODevice::WriteOnly));
    ak.write(m_otherKey);
    ak.close();
    m_sshd.setAuthorizedKeysFile(ak.fileName());
    err = m_sshd.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));

    m_port = test::freeLoopbackPort();
    m_apiPort = test::freeLoopbackPort();
    const quint16 hubPort = test::freeLoopbackPort();
    QFile cfg(m_hubDir.filePath(QStringLiteral("jupyterhub_config.py")));
    QVERIFY(cfg.open(QIODevice::WriteOnly));
    QFile tmpl(QStringLiteral(KEYPORT_TEST_DATA "/jupyterhub_config.py.in"));
    QVERIFY(tmpl.open(QIODevice::ReadOnly));
    cfg.write(QString::fromUtf8(tmpl.readAll())
                  .arg(m_port)
                  .arg(hubPort)
                  .arg(m_apiPort)
                  .arg(QString::fromLatin1(kHubToken), m_hubDir.path())
                  .toUtf8());
    // Answer every start with 202 at once, as a hub with a slow spawner does, so
    // that starting follows the hub's real progress stream.
    cfg.write("c.JupyterHub.tornado_settings = {'slow_spawn_timeout': 0}\n");
    cfg.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CONFIGPROXY_AUTH_TOKEN"), QString::fromLatin1(kProxyToken));
    env.insert(QStringLiteral("NODE_PATH"), QStringLiteral("/usr/share/nodejs")); // for a non-Debian Node.js
    m_hub.setProcessEnvironment(env);
    m_hub.setWorkingDirectory(m_hubDir.path());
    m_hub.setProcessChannelMode(QProcess::MergedChannels);
    m_hub.setStandardOutputFile(m_hubDir.filePath(QStringLiteral("hub.log")));
    m_hub.start(test::findTool(QStringLiteral("jupyterhub")), { QStringLiteral("-f"), cfg.fileName() });
    QVERIFY(m_hub.waitForStarted());
    QElapsedTimer t;
    t.start();
    while (hubApi("GET", QStringLiteral("/hub/api/user")) != 200 && t.elapsed() < 60000)
        QThread::msleep(300);
    QFile log(m_hubDir.filePath(QStringLiteral("hub.log")));
    log.open(QIODevice::ReadOnly);
    QVERIFY2(hubApi("GET", QStringLiteral("/hub/api/user")) == 200, log.readAll().right(3000).constData());

    // The /sshd/ endpoint of jupyter-sshd-proxy: a WebSocket-to-TCP bridge to sshd,
    // routed by the hub's own proxy exactly where jupyter-server-proxy would be.
    m_bridgePort = test::freeLoopbackPort();
    QVERIFY(startBridge());
    for (const char *path : { "/user/alice/sshd", "/user/alice/open/sshd" })
        QCOMPARE(proxyRoute("POST", QString::fromLatin1(path)), 201);
}

void TestJupyterHub::cleanupTestCase()
{
    test::stopProcess(&m_bridge);
    if (m_hub.state() == QProcess::Running) {
        m_hub.terminate(); // the hub stops its servers and its proxy on SIGTERM
        if (!m_hub.waitForFinished(20000))
            m_hub.kill();
    }
}

bool TestJupyterHub::startBridge()
{
    m_bridge.setProcessChannelMode(QProcess::MergedChannels);
    m_bridge.start(test::findTool(QStringLiteral("websockify")), { QStringLiteral("127.0.0.1:%1").arg(m_bridgePort),
                                                                   QStringLiteral("127.0.0.1:%1").arg(m_sshd.port()) });
    if (!m_bridge.waitForStarted())
        return false;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_bridgePort);
        if (s.waitForConnected(200))
            return true;
        QThread::msleep(100);
    }
    return false;
}

// The far end of the tunnel dies: websockify serves each connection in a
// child of its own, so the children go first (the listener alone would let
// the copy finish), then the listener.
void TestJupyterHub::killBridge()
{
    const QString pid = QString::number(m_bridge.processId());
    test::runProcess(QStringLiteral("pkill"), { QStringLiteral("-KILL"), QStringLiteral("-P"), pid });
    m_bridge.kill();
    m_bridge.waitForFinished(5000);
}

int TestJupyterHub::hubApi(const QByteArray &method, const QString &path, QByteArray *body)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    req.setRawHeader("Authorization", "token " + kHubToken);
    QNetworkReply *r = nam.sendCustomRequest(req, method);
    QSignalSpy done(r, &QNetworkReply::finished);
    done.wait(60000);
    r->deleteLater();
    if (body)
        *body = r->readAll();
    return r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int TestJupyterHub::proxyRoute(const QByteArray &method, const QString &path)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/routes%2").arg(m_apiPort).arg(path)));
    req.setRawHeader("Authorization", "token " + kProxyToken);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = "{\"target\": \"http://127.0.0.1:" + QByteArray::number(m_bridgePort) + "\"}";
    QNetworkReply *r = nam.sendCustomRequest(req, method, method == "POST" ? body : QByteArray());
    QSignalSpy done(r, &QNetworkReply::finished);
    done.wait(10000);
    r->deleteLater();
    return r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject TestJupyterHub::workspace(const QString &id)
{
    auto r = test::runCli(test::args({ "workspaces", "list", "--json", "--source", "hub" }));
    for (const auto &v : QJsonDocument::fromJson(r.out).array())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

test::ProcessResult TestJupyterHub::ssh(const QStringList &args)
{
    return test::runSsh(QDir(m_home->sshDir()).filePath(QStringLiteral("config")), args);
}

void TestJupyterHub::addSource()
{
    QCOMPARE(test::runCli(test::args({ "keys", "generate", "id_ed25519", "--no-passphrase" })).exitCode, 0);
    auto wrongUser = test::runCli({ QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("jupyterhub"),
                                    QStringLiteral("hub"), QStringLiteral("--url"),
                                    QStringLiteral("http://127.0.0.1:%1").arg(m_port), QStringLiteral("--user"),
                                    QStringLiteral("bob"), QStringLiteral("--token-stdin") },
                                  kHubToken + '\n');
    QCOMPARE(wrongUser.exitCode, 1);
    QVERIFY2(wrongUser.err.contains("belongs to hub user"), wrongUser.err.constData());
    auto r = test::runCli(
        { QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("jupyterhub"), QStringLiteral("hub"),
          QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1").arg(m_port), QStringLiteral("--user"),
          QStringLiteral("alice"), QStringLiteral("--token-stdin"), QStringLiteral("--login-user"), m_sshd.user() },
        kHubToken + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
}

void TestJupyterHub::listsStoppedDefaultServer()
{
    const QJsonObject w = workspace(QStringLiteral("hub.default"));
    QCOMPARE(w.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    QCOMPARE(w.value(QStringLiteral("user")).toString(), m_sshd.user());
    QCOMPARE(w.value(QStringLiteral("transport")).toObject().value(QStringLiteral("url")).toString(),
             QStringLiteral("ws://127.0.0.1:%1/user/alice/sshd/").arg(m_port));
}

void TestJupyterHub::startAndStopFollowProgress()
{
    auto start = test::runCli(test::args({ "workspaces", "start", "hub.default" }));
    QVERIFY2(start.exitCode == 0, qPrintable(start.describe()));
    // The hub's own progress messages, from its event stream, up to the last one.
    QVERIFY2(start.err.contains("Server requested") && start.err.contains("Server ready at /user/alice/"),
             start.err.constData());
    QCOMPARE(workspace(QStringLiteral("hub.default")).value(QStringLiteral("state")).toString(),
             QStringLiteral("running"));
    auto again = test::runCli(test::args({ "workspaces", "start", "hub.default" }));
    QCOMPARE(again.exitCode, 1); // 400: already running, in JupyterHub's words
    QVERIFY2(again.err.contains("will not start"), again.err.constData());
    auto stop = test::runCli(test::args({ "workspaces", "stop", "hub.default" }));
    QVERIFY2(stop.exitCode == 0, qPrintable(stop.describe()));
    QCOMPARE(workspace(QStringLiteral("hub.default")).value(QStringLiteral("state")).toString(),
             QStringLiteral("stopped"));
}

void TestJupyterHub::namedServers()
{
    // Named servers exist once created; create "lab" through the hub API.
    const int created = hubApi("POST", QStringLiteral("/hub/api/users/alice/servers/lab"));
    QVERIFY(created == 201 || created == 202);
    QElapsedTimer t;
    t.start();
    while (workspace(QStringLiteral("hub.lab")).value(QStringLiteral("state")).toString() != QLatin1String("running")
           && t.elapsed() < 60000)
        QThread::msleep(300);
    QCOMPARE(workspace(QStringLiteral("hub.lab"))
                 .value(QStringLiteral("transport"))
                 .toObject()
                 .value(QStringLiteral("url"))
                 .toString(),
             QStringLiteral("ws://127.0.0.1:%1/user/alice/lab/sshd/").arg(m_port));
    QCOMPARE(test::runCli(test::args({ "workspaces", "stop", "hub.lab" })).exitCode, 0);
    // Stopped named servers are still listed.
    QCOMPARE(workspace(QStringLiteral("hub.lab")).value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    QCOMPARE(test::runCli(test::args({ "workspaces", "start", "hub.lab" })).exitCode, 0);
    QCOMPARE(workspace(QStringLiteral("hub.lab")).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QCOMPARE(test::runCli(test::args({ "workspaces", "stop", "hub.lab" })).exitCode, 0);
}

void TestJupyterHub::registerKeyRefusedForHiddenFiles()
{
    // Nothing running: a clear error with the commands to run by hand.
    auto none = test::runCli(test::args({ "keys", "register", "id_ed25519", "--source", "hub" }));
    QCOMPARE(none.exitCode, 1);
    QVERIFY(none.err.contains("No server of alice is running"));
    auto noneListed = test::runCli(test::args({ "keys", "registered", "--source", "hub" }));
    QCOMPARE(noneListed.exitCode, 1);
    QVERIFY2(noneListed.err.contains("No server of alice is running, so Keyport cannot read ~/.ssh/authorized_keys"),
             noneListed.err.constData());
    QCOMPARE(test::runCli(test::args({ "workspaces", "start", "hub.default" })).exitCode, 0);
    auto r = test::runCli(test::args({ "keys", "register", "id_ed25519", "--source", "hub" }));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("hidden files"), r.err.constData());
    QVERIFY(r.err.contains("mkdir -p ~/.ssh && chmod 700 ~/.ssh && echo 'ssh-ed25519 "));
    QVERIFY(r.err.contains(">> ~/.ssh/authorized_keys"));
    QCOMPARE(r.err.count('\n'), 1);
    // Such a server answers 404 for hidden files that are there: not "no keys".
    auto hidden = test::runCli(test::args({ "keys", "registered", "--source", "hub" }));
    QCOMPARE(hidden.exitCode, 1);
    QVERIFY2(hidden.err.contains("hidden files") && hidden.err.contains("ssh-keygen -lf ~/.ssh/authorized_keys"),
             hidden.err.constData());
    const QByteArray other = PublicKey::fromOpenSshLine(m_otherKey)->fingerprint().toUtf8();
    auto hiddenRemove = test::runCli({ QStringLiteral("keys"), QStringLiteral("unregister"), QString::fromUtf8(other),
                                       QStringLiteral("--source"), QStringLiteral("hub"), QStringLiteral("--yes") });
    QCOMPARE(hiddenRemove.exitCode, 1);
    QVERIFY2(hiddenRemove.err.contains("hidden files"), hiddenRemove.err.constData());
    QCOMPARE(test::readFile(m_aliceHome + QStringLiteral("/.ssh/authorized_keys")), m_otherKey);
    QCOMPARE(test::runCli(test::args({ "workspaces", "stop", "hub.default" })).exitCode, 0);
}

void TestJupyterHub::registerKeyMergesIntoAuthorizedKeys()
{
    const int created = hubApi("POST", QStringLiteral("/hub/api/users/alice/servers/open"));
    QVERIFY(created == 201 || created == 202);
    QElapsedTimer t;
    t.start();
    while (workspace(QStringLiteral("hub.open")).value(QStringLiteral("state")).toString() != QLatin1String("running")
           && t.elapsed() < 60000)
        QThread::msleep(300);
    auto r = test::runCli(test::args({ "keys", "register", "id_ed25519", "--source", "hub" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile ak(m_aliceHome + QStringLiteral("/.ssh/authorized_keys"));
    QVERIFY(ak.open(QIODevice::ReadOnly));
    const QByteArray keys = ak.readAll();
    QFile pub(QDir(m_home->sshDir()).filePath(QStringLiteral("id_ed25519.pub")));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QVERIFY(keys.startsWith(m_otherKey)); // the existing key is kept
    QVERIFY(keys.contains(pub.readAll().split(' ').value(1)));
    QCOMPARE(keys.count('\n'), 2);
    QCOMPARE(test::runCli(test::args({ "keys", "register", "id_ed25519", "--source", "hub" })).exitCode,
             0); // idempotent
    ak.seek(0);
    QCOMPARE(ak.readAll().count('\n'), 2);
}

// ~/.ssh/authorized_keys with a comment, an options line, a certificate (a
// line sshd takes that Keyport does not read) and no newline at its end:
// listed with ssh-keygen's fingerprints, lines removed by fingerprint with
// every other byte kept, unknown fingerprints refused without a write.
void TestJupyterHub::registeredKeysInAuthorizedKeys()
{
    const QString path = m_aliceHome + QStringLiteral("/.ssh/authorized_keys");
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("ca")), user = dir.filePath(QStringLiteral("user"));
    QVERIFY(test::makeKeyWithSshKeygen(ca) && test::makeKeyWithSshKeygen(user));
    const QByteArray cert = test::signWithSshKeygen(ca, user + QStringLiteral(".pub"), QStringLiteral("alice"));
    QVERIFY(!cert.isEmpty());
    const QByteArray restricted =
        "restrict,command=\"echo \\\"hi there\\\"\" "
        + PrivateKey::generate(KeyAlgorithm::Ed25519)->publicKey().toOpenSshLine(QStringLiteral("third@key")).trimmed();
    const QByteArray mine = test::readFile(QDir(m_home->sshDir()).filePath(QStringLiteral("id_ed25519.pub"))).trimmed();
    const QByteArray head = "# keys by hand\n";
    QVERIFY(test::writeFile(path, head + m_otherKey + restricted + '\n' + cert + '\n' + mine));

    // ssh-keygen's fingerprints, but for the certificate's.
    auto keygen = test::runProcess(QStringLiteral("ssh-keygen"), { QStringLiteral("-lf"), path });
    QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.describe()));
    QStringList expected;
    for (const QByteArray &line : keygen.out.trimmed().split('\n'))
        if (!line.endsWith("-CERT)"))
            expected << QString::fromUtf8(line.split(' ').value(1));
    QCOMPARE(expected.size(), 3);

    auto listed = test::runCli(test::args({ "keys", "registered", "--source", "hub", "--json" }));
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    const QJsonArray keys = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(keys.size(), 4);
    QStringList fingerprints;
    for (const auto &k : keys)
        if (!k.toObject().value(QStringLiteral("fingerprint")).toString().isEmpty())
            fingerprints << k.toObject().value(QStringLiteral("fingerprint")).toString();
    QCOMPARE(fingerprints, expected);
    QCOMPARE(keys[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("alice@laptop"));
    QCOMPARE(keys[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("third@key"));
    QCOMPARE(keys[2].toObject().value(QStringLiteral("fingerprint")).toString(), QString());
    QVERIFY(keys[2]
                .toObject()
                .value(QStringLiteral("name"))
                .toString()
                .startsWith(QLatin1String("ssh-ed25519-cert-v01@openssh.com ")));
    QCOMPARE(keys[3].toObject().value(QStringLiteral("local_key")).toString(), QStringLiteral("id_ed25519"));
    QCOMPARE(keys[0].toObject().value(QStringLiteral("local_key")).toString(), QString());

    const auto unregister = [](const QString &fingerprint) {
        return test::runCli({ QStringLiteral("keys"), QStringLiteral("unregister"), fingerprint,
                              QStringLiteral("--source"), QStringLiteral("hub"), QStringLiteral("--yes") });
    };
    // An unknown fingerprint: an error that says how to list them, and no write.
    QVERIFY(test::setMtime(path, 1600000000));
    const QString unknown = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    auto refused = unregister(unknown);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("No key with fingerprint " + unknown.toUtf8() + " is registered with hub")
                 && refused.err.contains("`keyport-cli keys registered --source hub` lists them"),
             refused.err.constData());
    QCOMPARE(test::readFile(path), head + m_otherKey + restricted + '\n' + cert + '\n' + mine);
    QCOMPARE(test::mtimeOf(path), qint64(1600000000));

    // The options line, found by its key; then the first key.
    auto removed = unregister(expected[1]);
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QCOMPARE(test::readFile(path), head + m_otherKey + cert + '\n' + mine);
    QVERIFY(unregister(expected[0]).exitCode == 0);
    QCOMPARE(test::readFile(path), head + cert + '\n' + mine);
    auto after = test::runCli(test::args({ "keys", "registered", "--source", "hub", "--json" }));
    QCOMPARE(QJsonDocument::fromJson(after.out).array().size(), 2);

    // No file: no keys, and none to remove.
    QVERIFY(QFile::rename(path, path + QStringLiteral(".away")));
    auto none = test::runCli(test::args({ "keys", "registered", "--source", "hub" }));
    auto noneRemoved = unregister(expected[2]);
    const bool created = QFile::exists(path);
    QVERIFY(QFile::rename(path + QStringLiteral(".away"), path));
    QVERIFY2(none.exitCode == 0 && none.out.contains("No keys are registered there."), qPrintable(none.describe()));
    QCOMPARE(noneRemoved.exitCode, 1);
    QVERIFY2(noneRemoved.err.contains("No key with fingerprint"), noneRemoved.err.constData());
    QVERIFY(!created);
}

void TestJupyterHub::sshThroughTheHub()
{
    QVERIFY(test::runCli(test::args({ "ssh-config" })).exitCode == 0);
    auto trust = test::runCli(test::args({ "trust", "hub.open", "--yes" }));
    QVERIFY2(trust.exitCode == 0, qPrintable(trust.describe()));
    auto r = ssh(test::args({ "hub.open", "echo", "through-the-hub" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.trimmed(), QByteArray("through-the-hub"));
    auto c = test::runCli(test::args({ "connect", "hub.open", "--", "echo", "connected" }));
    QVERIFY2(c.exitCode == 0, qPrintable(c.describe()));
    QCOMPARE(c.out.trimmed(), QByteArray("connected"));
}

void TestJupyterHub::filesThroughTheHub_data()
{
    test::addRoundTripRows();
}

// Through the hub: ssh -> keyport-cli forward -> the hub's proxy ->
// websockify -> sshd. Up and down again, the same bytes and times.
void TestJupyterHub::filesThroughTheHub()
{
    QFETCH(QString, name);
    QFETCH(qint64, size);
    const QString source = m_local.filePath(name);
    QVERIFY(test::writeRandomFile(source, size));
    QVERIFY(test::setMtime(source, 1700000000));
    const QString back = m_local.filePath(QStringLiteral("back"));
    QVERIFY(QDir().mkpath(back));
    const QString r = test::cpRoundTrip(QStringLiteral("hub.open"), source, m_remote.path(), back);
    QVERIFY2(r.isEmpty(), qPrintable(r));
}

void TestJupyterHub::treeThroughTheHub()
{
    const QString tree = m_local.filePath(QStringLiteral("tree"));
    QVERIFY(test::writeSmallTree(tree, 2000, 1700000000));
    const QString back = m_local.filePath(QStringLiteral("tree-back"));
    QVERIFY(QDir().mkpath(back));
    QElapsedTimer timer;
    timer.start();
    const QString r = test::cpRoundTrip(QStringLiteral("hub.open"), tree, m_remote.path(), back);
    QVERIFY2(r.isEmpty(), qPrintable(r));
    qInfo("2,000 files up and down through the hub in %lld ms", timer.elapsed());
}

void TestJupyterHub::bridgeDiesMidTransferResumes_data()
{
    QTest::addColumn<bool>("upload");
    QTest::newRow("download") << false;
    QTest::newRow("upload") << true;
}

// The tunnel's far end (jupyter-sshd-proxy's place) dies in the middle of a
// copy: a clear error, a part file that is a prefix of the source, and
// --resume through the bridge started again completes it exactly.
void TestJupyterHub::bridgeDiesMidTransferResumes()
{
    QFETCH(bool, upload);
    const QString name = upload ? QStringLiteral("dropped-up.bin") : QStringLiteral("dropped-down.bin");
    test::DroppedCopy copy;
    copy.workspace = QStringLiteral("hub.open");
    copy.upload = upload;
    copy.localFile = m_local.filePath(name);
    copy.remoteFile = m_remote.filePath(name);
    QVERIFY(test::writeRandomFile(upload ? copy.localFile : copy.remoteFile, qint64(160) << 20));
    copy.dropFarEnd = [this] {
        killBridge();
    };
    copy.restore = [this] {
        QVERIFY(startBridge());
    };
    const QString r = test::cpDroppedThenResumed(copy);
    QVERIFY2(r.isEmpty(), qPrintable(r));
    QFile::remove(copy.localFile);
    QFile::remove(copy.remoteFile);
}

void TestJupyterHub::stoppedServerRefusesTheTunnel()
{
    QCOMPARE(test::runCli(test::args({ "workspaces", "stop", "hub.open" })).exitCode, 0);
    // With the server gone, jupyter-server-proxy's route goes too.
    QCOMPARE(proxyRoute("DELETE", QStringLiteral("/user/alice/open/sshd")), 204);
    auto r = test::runCli(test::args({ "forward", "hub.open" }));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("stopped") || r.err.contains("(404)") || r.err.contains("redirected"), r.err.constData());
    // connect offers to start it; without a terminal it says how.
    auto c = test::runCli(test::args({ "connect", "hub.open", "--", "true" }));
    QCOMPARE(c.exitCode, 1);
    QVERIFY(c.err.contains("workspaces start hub.open"));
}

QTEST_GUILESS_MAIN(TestJupyterHub)
#include "tst_jupyterhub.moc"
