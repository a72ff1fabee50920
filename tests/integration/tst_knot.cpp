// The knot source against a protocol-faithful peer (tests/peers/knotpeer)
// whose WebSocket endpoint bridges to a real sshd: listing, start/stop, key
// registration (merge preserved), SSH over the tunnel, and the faults.
// Functions run in order and share one peer, one HOME and one keyring.
#include "fixtures.h"

#include "identity/privatekey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace keyport;

class TestKnot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void addingNeedsAValidToken();
    void failedCallsLeaveATraceWithoutTheToken();
    void listsSpaces();
    void registerKeyMergesLines();
    void registeredKeysAndUnregister();
    void sshOverTheWebSocket();
    void proxyOverTheWebSocket();
    void filesOverTheWebSocket();
    void hostileNamesStayOutOfTheConfig();
    void startStopAnd423();
    void refusedTunnels();
    void tokenRevokedMidSession();
    void tunnelClosedMidStream();
    void slowServerTimesOut();
    void tenMegabytesOfJson();
    void tlsIsVerified();
    void importFromKnotToml();
    void serverDown();

private:
    QJsonObject peerState();
    void control(const QString &path);
    int putKeyLines(const QString &lines, const QString &githubUsername);
    test::ProcessResult ssh(const QStringList &args, const QByteArray &input = {});
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    std::unique_ptr<test::TempHome> m_home;
    test::SecretService m_keyring;
    test::SshServer m_sshd;
    QProcess m_peer;
    quint16 m_port = 0;
    QByteArray m_otherKey;
};

void TestKnot::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("gnome-keyring-daemon");
    KEYPORT_REQUIRE_TOOL("openssl");
    m_home = std::make_unique<test::TempHome>();
    qunsetenv("SSH_AUTH_SOCK");
    QString err = m_keyring.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = m_sshd.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_otherKey = PrivateKey::generate(KeyAlgorithm::Ed25519)
                     ->publicKey()
                     .toOpenSshLine(QStringLiteral("alice@laptop"))
                     .trimmed();
    m_port =
        test::startKnotPeer(m_peer, QStringLiteral(KEYPORT_KNOT_PEER),
                            { QStringLiteral("--token"), QStringLiteral("knot-token-1"), QStringLiteral("--sshd-port"),
                              QString::number(m_sshd.port()), QStringLiteral("--authorized-keys"),
                              QDir(m_sshd.dir()).filePath(QStringLiteral("authorized_keys")),
                              QStringLiteral("--initial-key"), QString::fromUtf8(m_otherKey) });
    QVERIFY(m_port);
    QCOMPARE(test::runCli(test::args({ "keys", "generate", "id_ed25519", "--no-passphrase" })).exitCode, 0);
}

void TestKnot::cleanupTestCase()
{
    test::stopProcess(&m_peer);
}

QJsonObject TestKnot::peerState()
{
    return test::peerGet(url() + QStringLiteral("/_peer/state"));
}

void TestKnot::control(const QString &path)
{
    QVERIFY(test::peerPost(url() + path));
}

// The key lines set as knot's web interface sets them: its own PUT.
int TestKnot::putKeyLines(const QString &lines, const QString &githubUsername)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(url() + QStringLiteral("/api/users/whoami/ssh-public-key")));
    req.setRawHeader("Authorization", "Bearer knot-token-1");
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body { { QStringLiteral("ssh_public_key"), lines },
                             { QStringLiteral("github_username"), githubUsername } };
    QNetworkReply *r = nam.put(req, QJsonDocument(body).toJson());
    QSignalSpy done(r, &QNetworkReply::finished);
    done.wait(10000);
    r->deleteLater();
    return r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

test::ProcessResult TestKnot::ssh(const QStringList &args, const QByteArray &input)
{
    return test::runSsh(QDir(m_home->sshDir()).filePath(QStringLiteral("config")), args, input);
}

void TestKnot::addingNeedsAValidToken()
{
    auto bad = test::runCli({ QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("knot"),
                              QStringLiteral("work"), QStringLiteral("--url"), url(), QStringLiteral("--token-stdin") },
                            "wrong-token\n");
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("(401)"), bad.err.constData());
    auto plainHttp = test::runCli(
        test::args({ "sources", "add", "knot", "remote", "--url", "http://knot.example.com", "--token-stdin" }), "t\n");
    QCOMPARE(plainHttp.exitCode, 1);
    QVERIFY(plainHttp.err.contains("https://"));
    auto badName =
        test::runCli({ QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("knot"),
                       QStringLiteral("my.source"), QStringLiteral("--url"), url(), QStringLiteral("--token-stdin") },
                     "knot-token-1\n");
    QCOMPARE(badName.exitCode, 1);
    QVERIFY(!test::runCli(test::args({ "sources", "list" })).out.contains("work"));

    auto ok = test::runCli({ QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("knot"),
                             QStringLiteral("work"), QStringLiteral("--url"), url(), QStringLiteral("--token-stdin") },
                           "knot-token-1\n");
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.describe()));
    const QJsonArray sources =
        QJsonDocument::fromJson(test::runCli(test::args({ "sources", "list", "--json" })).out).array();
    bool found = false;
    for (const auto &s : sources)
        found |= s.toObject().value(QStringLiteral("name")).toString() == QLatin1String("work")
                 && s.toObject().value(QStringLiteral("url")).toString() == url();
    QVERIFY(found);
    // The token is in the keychain and nowhere in Keyport's files.
    auto search = test::runProcess(test::findTool(QStringLiteral("secret-tool")),
                                   test::args({ "search", "--all", "server", "keyport", "user", "source-token/work" }));
    QVERIFY2((search.out + search.err).contains("source-token/work"), search.err.constData());
    for (const QString &dir :
         { m_home->filePath(QStringLiteral(".config")), m_home->filePath(QStringLiteral(".local")) }) {
        auto grep =
            test::runProcess(QStringLiteral("grep"), { QStringLiteral("-r"), QStringLiteral("knot-token-1"), dir });
        QVERIFY2(grep.exitCode == 1, grep.out.constData());
    }
}

// With keyport.* logging on, a refused call says which request got which
// status in keyport.http, and no line anywhere holds the token.
void TestKnot::failedCallsLeaveATraceWithoutTheToken()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("keyport.*=true"));
    const auto traced = [](const QByteArray &err) {
        for (const QByteArray &line : err.split('\n'))
            if (line.startsWith("keyport.http: ") && line.contains("GET") && line.contains("/api/users/whoami")
                && line.contains("401"))
                return true;
        return false;
    };
    const QByteArray wrong = "wrong-token-5150";
    auto bad =
        test::runCli({ QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("knot"),
                       QStringLiteral("traced"), QStringLiteral("--url"), url(), QStringLiteral("--token-stdin") },
                     wrong + '\n', env);
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(traced(bad.err), bad.err.constData());
    QVERIFY2(!(bad.out + bad.err).contains(wrong), bad.err.constData());

    // A stored token that the server revoked: from the keychain, never into the log.
    control(QStringLiteral("/_peer/revoke"));
    auto revoked = test::runCli(test::args({ "workspaces", "list", "--source", "work" }), {}, env);
    control(QStringLiteral("/_peer/restore"));
    QCOMPARE(revoked.exitCode, 1);
    QVERIFY2(traced(revoked.err), revoked.err.constData());
    QVERIFY2(!(revoked.out + revoked.err).contains("knot-token-1"), revoked.err.constData());
}

void TestKnot::listsSpaces()
{
    auto r = test::runCli(test::args({ "workspaces", "list", "--json", "--source", "work" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QMap<QString, QJsonObject> byId;
    for (const auto &v : QJsonDocument::fromJson(r.out).array())
        byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    QCOMPARE(byId.value(QStringLiteral("work.dev")).value(QStringLiteral("state")).toString(),
             QStringLiteral("running"));
    QCOMPARE(byId.value(QStringLiteral("work.idle")).value(QStringLiteral("state")).toString(),
             QStringLiteral("stopped"));
    QCOMPARE(byId.value(QStringLiteral("work.dev")).value(QStringLiteral("project")).toString(),
             QStringLiteral("python"));
    QVERIFY(
        byId.value(QStringLiteral("work.dev")).value(QStringLiteral("tags")).toArray().contains(QStringLiteral("eu")));
    QCOMPARE(byId.value(QStringLiteral("work.dev"))
                 .value(QStringLiteral("transport"))
                 .toObject()
                 .value(QStringLiteral("url"))
                 .toString(),
             QStringLiteral("ws://127.0.0.1:%1/proxy/spaces/dev/ssh/").arg(m_port));
    auto stopped =
        test::runCli(test::args({ "workspaces", "list", "--json", "--source", "work", "--state", "stopped" }));
    QCOMPARE(QJsonDocument::fromJson(stopped.out).array().size(), 1);
    auto python =
        test::runCli(test::args({ "workspaces", "list", "--json", "--source", "work", "--project", "python" }));
    QCOMPARE(QJsonDocument::fromJson(python.out).array().size(), 1);
    // Human output never prints a raw control character from the server.
    auto human = test::runCli(test::args({ "workspaces", "list", "--source", "work" }));
    QVERIFY(human.out.contains("work.evil\\nProxyCommand"));
}

void TestKnot::registerKeyMergesLines()
{
    auto r = test::runCli(test::args({ "keys", "register", "id_ed25519", "--source", "work" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QJsonObject state = peerState();
    const QStringList lines = state.value(QStringLiteral("ssh_public_key")).toString().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].toUtf8(), m_otherKey); // the other key is kept
    QFile pub(QDir(m_home->sshDir()).filePath(QStringLiteral("id_ed25519.pub")));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QCOMPARE(lines[1].toUtf8(), pub.readAll().trimmed());
    QCOMPARE(state.value(QStringLiteral("github_username")).toString(), QStringLiteral("alice-gh")); // resent
    // Registering again changes nothing.
    QCOMPARE(test::runCli(test::args({ "keys", "register", "id_ed25519", "--source", "work" })).exitCode, 0);
    QCOMPARE(peerState().value(QStringLiteral("ssh_public_key")).toString().count(QLatin1Char('\n')), 1);
    // The registered key became the source's identity.
    QVERIFY(test::runCli(test::args({ "sources", "list", "--json" })).out.contains("id_ed25519"));
}

// Two keys and a certificate line (a key line knot takes that Keyport does
// not read): listed with ssh-keygen's fingerprints, one removed with every
// other line and the GitHub user name as they were, unknown fingerprints and
// a whoami without the lines refused before anything is sent.
void TestKnot::registeredKeysAndUnregister()
{
    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("ca")), user = dir.filePath(QStringLiteral("user"));
    QVERIFY(test::makeKeyWithSshKeygen(ca) && test::makeKeyWithSshKeygen(user));
    const QString cert =
        QString::fromUtf8(test::signWithSshKeygen(ca, user + QStringLiteral(".pub"), QStringLiteral("alice")));
    QVERIFY(cert.startsWith(QLatin1String("ssh-ed25519-cert-v01@openssh.com ")));
    const QString mine =
        QString::fromUtf8(test::readFile(QDir(m_home->sshDir()).filePath(QStringLiteral("id_ed25519.pub"))).trimmed());
    const QString other = QString::fromUtf8(m_otherKey);
    const QString before = peerState().value(QStringLiteral("ssh_public_key")).toString();
    QCOMPARE(putKeyLines(other + QLatin1Char('\n') + cert + QLatin1Char('\n') + mine, QStringLiteral("alice-gh-2")),
             200);
    const auto fingerprint = [&dir](const QString &line) {
        const QString path = dir.filePath(QStringLiteral("line.pub"));
        test::writeFile(path, line.toUtf8() + '\n');
        const auto r = test::runProcess(QStringLiteral("ssh-keygen"), { QStringLiteral("-lf"), path });
        return QString::fromUtf8(r.out).section(QLatin1Char(' '), 1, 1);
    };

    auto listed = test::runCli(test::args({ "keys", "registered", "--source", "work", "--json" }));
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    const QJsonArray keys = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(keys.size(), 3);
    const QString otherFp = fingerprint(other), mineFp = fingerprint(mine);
    QVERIFY(otherFp.startsWith(QLatin1String("SHA256:")) && mineFp.startsWith(QLatin1String("SHA256:")));
    QCOMPARE(keys[0].toObject().value(QStringLiteral("fingerprint")).toString(), otherFp);
    QCOMPARE(keys[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("alice@laptop"));
    QCOMPARE(keys[0].toObject().value(QStringLiteral("local_key")).toString(), QString());
    QCOMPARE(keys[0].toObject().value(QStringLiteral("created")).toString(), QString()); // knot does not say
    QCOMPARE(keys[1].toObject().value(QStringLiteral("fingerprint")).toString(), QString());
    QVERIFY(keys[1]
                .toObject()
                .value(QStringLiteral("name"))
                .toString()
                .startsWith(QLatin1String("ssh-ed25519-cert-v01@openssh.com ")));
    QCOMPARE(keys[2].toObject().value(QStringLiteral("fingerprint")).toString(), mineFp);
    QCOMPARE(keys[2].toObject().value(QStringLiteral("local_key")).toString(), QStringLiteral("id_ed25519"));
    auto human = test::runCli(test::args({ "keys", "registered", "--source", "work" }));
    QVERIFY2(human.exitCode == 0 && human.out.contains(otherFp.toUtf8()) && human.out.contains("(no local key)"),
             qPrintable(human.describe()));

    // An unknown fingerprint: an error that says how to list them, and nothing sent.
    const int puts = peerState().value(QStringLiteral("key_puts")).toInt();
    const QString unknown = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    auto refused = test::runCli({ QStringLiteral("keys"), QStringLiteral("unregister"), unknown,
                                  QStringLiteral("--source"), QStringLiteral("work"), QStringLiteral("--yes") });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("No key with fingerprint " + unknown.toUtf8() + " is registered with work")
                 && refused.err.contains("`keyport-cli keys registered --source work` lists them"),
             refused.err.constData());
    QCOMPARE(peerState().value(QStringLiteral("key_puts")).toInt(), puts);

    // Without the current lines, removing one would lose the others.
    control(QStringLiteral("/_peer/hide-keys"));
    auto blind = test::runCli({ QStringLiteral("keys"), QStringLiteral("unregister"), otherFp,
                                QStringLiteral("--source"), QStringLiteral("work"), QStringLiteral("--yes") });
    auto blindList = test::runCli(test::args({ "keys", "registered", "--source", "work" }));
    control(QStringLiteral("/_peer/restore"));
    QCOMPARE(blind.exitCode, 1);
    QVERIFY2(blind.err.contains("did not send your current SSH keys"), blind.err.constData());
    QCOMPARE(blindList.exitCode, 1);
    QCOMPARE(peerState().value(QStringLiteral("key_puts")).toInt(), puts);

    auto removed = test::runCli({ QStringLiteral("keys"), QStringLiteral("unregister"), otherFp,
                                  QStringLiteral("--source"), QStringLiteral("work"), QStringLiteral("--yes") });
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
    QVERIFY2(removed.out.contains("Removed " + otherFp.toUtf8() + " from work."), removed.out.constData());
    const QJsonObject state = peerState();
    QCOMPARE(state.value(QStringLiteral("ssh_public_key")).toString(), cert + QLatin1Char('\n') + mine);
    QCOMPARE(state.value(QStringLiteral("github_username")).toString(), QStringLiteral("alice-gh-2"));
    QCOMPARE(state.value(QStringLiteral("key_puts")).toInt(), puts + 1);

    // As it was for the tests that follow.
    QCOMPARE(putKeyLines(before, QStringLiteral("alice-gh")), 200);
}

void TestKnot::sshOverTheWebSocket()
{
    auto cfg = test::runCli(test::args({ "ssh-config" }));
    QVERIFY2(cfg.exitCode == 0, qPrintable(cfg.describe()));
    auto trust = test::runCli(test::args({ "trust", "work.dev", "--yes" }));
    QVERIFY2(trust.exitCode == 0, qPrintable(trust.describe()));
    auto r = ssh(test::args({ "work.dev", "echo", "over-the-websocket" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.trimmed(), QByteArray("over-the-websocket"));
    // A few megabytes up and down, intact.
    const QByteArray blob(3 << 20, 'w');
    auto up = ssh(test::args({ "work.dev", "sha256sum" }), blob);
    QCOMPARE(up.out.left(64), QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toHex());
    auto connect = test::runCli(test::args({ "connect", "work.dev", "--", "echo", "connected" }));
    QVERIFY2(connect.exitCode == 0, qPrintable(connect.describe()));
    QCOMPARE(connect.out.trimmed(), QByteArray("connected"));
}

void TestKnot::proxyOverTheWebSocket()
{
    // The proxy holds a client's first bytes until the tunnel is open; they
    // must not be lost (regression: the WebSocket upgrade request counted as
    // a drain and released them early).
    QProcess proxy;
    proxy.start(test::cliPath(), test::args({ "proxy", "work.dev" }));
    QVERIFY(proxy.waitForStarted());
    QByteArray banner = test::readUntil(proxy, "rsync:", 10000);
    const QString port =
        QString::fromUtf8(banner).section(QStringLiteral("127.0.0.1:"), 1).section(QLatin1Char(','), 0, 0);
    QVERIFY2(port.toInt() > 0, banner.constData());
    for (int i = 0; i < 3; ++i) {
        auto r = ssh({ QStringLiteral("-o"), QStringLiteral("HostName=127.0.0.1"), QStringLiteral("-o"),
                       QStringLiteral("Port=") + port, QStringLiteral("-o"), QStringLiteral("ProxyCommand=none"),
                       QStringLiteral("work.dev"), QStringLiteral("echo"), QStringLiteral("proxied-%1").arg(i) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.out.trimmed(), QStringLiteral("proxied-%1").arg(i).toUtf8());
    }
    proxy.kill();
    proxy.waitForFinished();
}

// ls and cp through the knot WebSocket tunnel (keyport-cli forward as ssh's
// ProxyCommand): a round trip, then the tunnel's far end dropping in the
// middle of an upload, and --resume completing it exactly.
void TestKnot::filesOverTheWebSocket()
{
    QTemporaryDir remote, local;
    const QString source = local.filePath(QStringLiteral("data set.bin"));
    QVERIFY(test::writeRandomFile(source, 24 << 20));
    QVERIFY(test::setMtime(source, 1700000000));
    const QString back = local.filePath(QStringLiteral("back"));
    QVERIFY(QDir().mkpath(back));
    const QString roundTrip = test::cpRoundTrip(QStringLiteral("work.dev"), source, remote.path(), back);
    QVERIFY2(roundTrip.isEmpty(), qPrintable(roundTrip));
    auto ls = test::runCli({ QStringLiteral("ls"), QStringLiteral("work.dev:") + remote.path() });
    QVERIFY2(ls.exitCode == 0 && ls.out.contains("data set.bin"), qPrintable(ls.describe()));

    // The far end of the tunnel goes away mid-upload.
    test::DroppedCopy dropped;
    dropped.workspace = QStringLiteral("work.dev");
    dropped.localFile = local.filePath(QStringLiteral("big.bin"));
    dropped.remoteFile = remote.filePath(QStringLiteral("big.bin"));
    QVERIFY(test::writeRandomFile(dropped.localFile, 160 << 20));
    dropped.dropFarEnd = [this] {
        control(QStringLiteral("/_peer/close-tunnels"));
    };
    const QString resumed = test::cpDroppedThenResumed(dropped);
    QVERIFY2(resumed.isEmpty(), qPrintable(resumed));
}

void TestKnot::hostileNamesStayOutOfTheConfig()
{
    auto cfg = test::runCli(test::args({ "ssh-config" }));
    QCOMPARE(cfg.exitCode, 0);
    QVERIFY2(cfg.err.contains("work.evil\\nProxyCommand") && cfg.err.contains("name"), cfg.err.constData());
    QFile managed(QDir(m_home->sshDir()).filePath(QStringLiteral("keyport/config")));
    QVERIFY(managed.open(QIODevice::ReadOnly));
    const QByteArray text = managed.readAll();
    QVERIFY(!text.contains("pwned"));
    QVERIFY(text.contains("Host work.dev\n"));
    QVERIFY(text.contains("ProxyCommand " + test::cliPath().toUtf8() + " forward work.dev\n"));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/pwned")));
}

void TestKnot::startStopAnd423()
{
    QCOMPARE(test::runCli(test::args({ "workspaces", "start", "work.idle" })).exitCode, 0);
    auto again = test::runCli(test::args({ "workspaces", "start", "work.idle" }));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("(423)"));
    QCOMPARE(test::runCli(test::args({ "workspaces", "stop", "work.idle" })).exitCode, 0);
    auto stopAgain = test::runCli(test::args({ "workspaces", "stop", "work.idle" }));
    QCOMPARE(stopAgain.exitCode, 1);
    QVERIFY(stopAgain.err.contains("not running"));
    QCOMPARE(test::runCli(test::args({ "workspaces", "start", "work.nosuch" })).exitCode, 1);
}

void TestKnot::refusedTunnels()
{
    auto forbidden = test::runCli(test::args({ "trust", "work.noperm", "--yes" }));
    QCOMPARE(forbidden.exitCode, 1);
    QVERIFY2(forbidden.err.contains("(403)"), forbidden.err.constData());
    auto stopped = test::runCli(test::args({ "forward", "work.idle" }));
    QCOMPARE(stopped.exitCode, 1);
    QVERIFY2(stopped.err.contains("(404)"), stopped.err.constData());
}

void TestKnot::tokenRevokedMidSession()
{
    // A session that is already open survives; new requests get a clear 401.
    QProcess session;
    session.start(test::findTool(QStringLiteral("ssh")),
                  { QStringLiteral("-F"), QDir(m_home->sshDir()).filePath(QStringLiteral("config")),
                    QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("work.dev"),
                    QStringLiteral("echo up; sleep 2; echo still-here") });
    QVERIFY(session.waitForStarted());
    QByteArray out = test::readUntil(session, "up", 15000);
    QVERIFY2(out.contains("up"), session.readAllStandardError().constData());
    control(QStringLiteral("/_peer/revoke"));
    auto list = test::runCli(test::args({ "workspaces", "list", "--source", "work" }));
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(list.err.contains("expired or was revoked"), list.err.constData());
    auto fwd = test::runCli(test::args({ "forward", "work.dev" }));
    QCOMPARE(fwd.exitCode, 1);
    QVERIFY(fwd.err.contains("(401)"));
    QVERIFY(session.state() == QProcess::NotRunning || session.waitForFinished(15000));
    QCOMPARE((out + session.readAllStandardOutput()).trimmed(), QByteArray("up\nstill-here"));
    // ssh-config keeps the workspaces it cannot refresh.
    auto cfg = test::runCli(test::args({ "ssh-config" }));
    QCOMPARE(cfg.exitCode, 0);
    QVERIFY(cfg.err.contains("keeping its last known workspaces"));
    QFile managed(QDir(m_home->sshDir()).filePath(QStringLiteral("keyport/config")));
    QVERIFY(managed.open(QIODevice::ReadOnly));
    QVERIFY(managed.readAll().contains("Host work.dev\n"));
    control(QStringLiteral("/_peer/restore"));
}

void TestKnot::tunnelClosedMidStream()
{
    QProcess session;
    session.start(test::findTool(QStringLiteral("ssh")),
                  { QStringLiteral("-F"), QDir(m_home->sshDir()).filePath(QStringLiteral("config")),
                    QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("work.dev"),
                    QStringLiteral("echo up; sleep 30") });
    QVERIFY(session.waitForStarted());
    // Drop the tunnel only once the session is really up.
    QByteArray out = test::readUntil(session, "up", 15000);
    QVERIFY2(out.contains("up"), session.readAllStandardError().constData());
    control(QStringLiteral("/_peer/close-tunnels"));
    // control() runs an event loop: ssh may have finished already.
    if (session.state() != QProcess::NotRunning && !session.waitForFinished(15000)) {
        const auto ps = test::runProcess(QStringLiteral("ps"),
                                         { QStringLiteral("-eo"), QStringLiteral("pid,ppid,stat,wchan:24,cmd") });
        QFAIL(qPrintable(QStringLiteral("ssh did not end after the tunnel dropped.\nssh stderr: %1\n%2")
                             .arg(QString::fromUtf8(session.readAllStandardError()), QString::fromUtf8(ps.out))));
    }
    QVERIFY(session.exitCode() != 0);
    const QByteArray err = session.readAllStandardError();
    QVERIFY2(err.contains("closed unexpectedly"), err.constData());
}

void TestKnot::slowServerTimesOut()
{
    control(QStringLiteral("/_peer/slow?ms=4000"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KEYPORT_HTTP_TIMEOUT_MS"), QStringLiteral("1000"));
    QElapsedTimer t;
    t.start();
    auto r = test::runCli(test::args({ "workspaces", "list", "--source", "work" }), {}, env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("did not answer within 1 s"), r.err.constData());
    QVERIFY(t.elapsed() < 4000);
    control(QStringLiteral("/_peer/restore"));
}

void TestKnot::tenMegabytesOfJson()
{
    control(QStringLiteral("/_peer/big?count=24000"));
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(url() + QStringLiteral("/api/spaces?user_id=u-1")));
    req.setRawHeader("Authorization", "Bearer knot-token-1");
    QNetworkReply *raw = nam.get(req);
    QSignalSpy done(raw, &QNetworkReply::finished);
    QVERIFY(done.wait(30000));
    QVERIFY2(raw->readAll().size() > 10'000'000, "the peer should send more than 10 MB");
    auto r = test::runCli(test::args({ "workspaces", "list", "--json", "--source", "work" }));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 24004);
}

void TestKnot::tlsIsVerified()
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem")), key = dir.filePath(QStringLiteral("key.pem"));
    auto gen = test::runProcess(test::findTool(QStringLiteral("openssl")),
                                { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                  QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                  QStringLiteral("-out"), cert, QStringLiteral("-subj"),
                                  QStringLiteral("/CN=wrong.example"), QStringLiteral("-days"), QStringLiteral("1") });
    QVERIFY2(gen.exitCode == 0, qPrintable(gen.describe()));
    QProcess tlsPeer;
    const quint16 port = test::startKnotPeer(tlsPeer, QStringLiteral(KEYPORT_KNOT_PEER),
                                             { QStringLiteral("--token"), QStringLiteral("tls-token"),
                                               QStringLiteral("--sshd-port"), QString::number(m_sshd.port()),
                                               QStringLiteral("--authorized-keys"), dir.filePath(QStringLiteral("ak")),
                                               QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key });
    QVERIFY(port);
    const QString tlsUrl = QStringLiteral("https://127.0.0.1:%1").arg(port);
    auto refused =
        test::runCli({ QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("knot"),
                       QStringLiteral("tlsbad"), QStringLiteral("--url"), tlsUrl, QStringLiteral("--token-stdin") },
                     "tls-token\n");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("TLS certificate"), refused.err.constData());
    auto insecure = test::runCli({ QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("knot"),
                                   QStringLiteral("tlsok"), QStringLiteral("--url"), tlsUrl,
                                   QStringLiteral("--token-stdin"), QStringLiteral("--insecure") },
                                 "tls-token\n");
    QVERIFY2(insecure.exitCode == 0, qPrintable(insecure.describe()));
    QVERIFY(insecure.err.contains("NOT be verified"));
    QVERIFY(test::runCli(test::args({ "sources", "list" })).out.contains("TLS NOT VERIFIED"));
    QCOMPARE(test::runCli(test::args({ "sources", "remove", "tlsok" })).exitCode, 0);
    test::stopProcess(&tlsPeer);
}

void TestKnot::importFromKnotToml()
{
    const QString toml = m_home->filePath(QStringLiteral(".config/knot/knot.toml"));
    QDir().mkpath(QFileInfo(toml).absolutePath());
    QFile f(toml);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[client]\n\n[client.connection.imported]\nserver = \"%1\"\ntoken = \"knot-token-1\"\n\n"
                           "[client.connection.broken]\nserver = \"%1\"\ntoken = \"nope\"\n")
                .arg(url())
                .toUtf8());
    f.close();
    auto r = test::runCli(test::args({ "sources", "import-knot" }));
    QCOMPARE(r.exitCode, 1); // one of the two was refused
    QVERIFY(r.out.contains("Imported knot connection imported"));
    QVERIFY(r.err.contains("broken was not added"));
    QVERIFY(test::runCli(test::args({ "sources", "list" })).out.contains("imported"));
}

void TestKnot::serverDown()
{
    test::stopProcess(&m_peer);
    auto r = test::runCli(test::args({ "workspaces", "list", "--source", "work" }));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Cannot reach 127.0.0.1"), r.err.constData());
    // Other sources still list.
    auto all = test::runCli(test::args({ "workspaces", "list", "--json" }));
    QCOMPARE(all.exitCode, 1);
    QVERIFY(all.out.contains("local.sandbox"));
}

QTEST_GUILESS_MAIN(TestKnot)
#include "tst_knot.moc"
