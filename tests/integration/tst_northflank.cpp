// The Northflank source against a protocol-faithful peer of its REST API
// (tests/peers/northflankpeer, from shared/design/protocols.md): adding with
// a token (a wrong one stores nothing), every service of every project with
// the cursors followed to the end, org tokens on the team's paths, hostile
// names kept out of the ssh config, 401 and 429 in the user's words; then
// SSH through Northflank's CLI proxy mode (a stand-in `northflank` on PATH,
// tests/peers/northflankcli, relaying to a real sshd): connect and run a
// command, a proxy port for ssh and scp, Files, the CLI stopped afterwards
// with its private HOME gone, and a missing, too old or refusing CLI in
// the user's words.
// Functions run in order and share one peer, one HOME, one sshd and one keyring.
#include "fixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace keyport;

namespace {

// A token shaped as Northflank's (a JWT): the peer compares it whole, and an
// org token's payload says so, as the real one's does.
QByteArray jwt(const char *entityType, const char *id)
{
    const auto part = [](const QByteArray &json) {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part(R"({"alg":"HS256","typ":"JWT"})") + '.'
           + part(QByteArray(R"({"entityType":")") + entityType + R"(","entityId":")" + id + R"("})") + '.'
           + part("signature");
}

const QByteArray kToken = jwt("team", "acme");
const QByteArray kOrgToken = jwt("org", "acme-org");

} // namespace

class TestNorthflank : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aWrongTokenStoresNothing();
    void listsEveryServiceOfEveryProject();
    void hostileNamesNeverReachTheConfig();
    void anOrgTokenUsesTheTeamsPaths();
    void rateLimitedSaysWhenToRetry();
    void revokedTokenSaysWhatToDo();
    void connectsThroughTheCliProxy();
    void aProxyPortSharesOneCliRun();
    void filesThroughTheCliProxy();
    void theCliSaysWhySshCannotStart();
    void aMissingOrOldCliSaysWhatToInstall();
    void theRealCliReadsThePeerAsKeyportDoes();
    void aRedeployedServicesNewKeyIsAsked();
    void importsTheCliLogin();
    void identitiesOnTheApiWithTheirRestrictions();
    void aServiceOutsideAnIdentitysTagsIsExplained();
    void thePlatformsIdentityChoosesTheKey();
    void theTokenIsInNoFile();

private:
    // What the stand-in CLI logged: one object per line.
    QList<QJsonObject> cliLog() const;
    // Every run it logged has stopped, and its private HOME is gone: empty, else what is not so.
    QString everyCliRunStopped() const;
    // Makes Keyport's word on every service old, as time would.
    bool ageDetailsCache();
    QJsonObject peerState();
    // How often the peer answered a route ("GET /v1/...{projectId}...") so far.
    int requests(const char *route);
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QJsonArray listed(const QString &source);
    test::ProcessResult add(const QString &name, const QByteArray &token, const QStringList &extra = {});

    std::unique_ptr<test::TempHome> m_home;
    test::SecretService m_keyring;
    test::SshServer m_sshd;
    QTemporaryDir m_scratch; // the stand-in's log, other CLIs
    QByteArray m_path; // PATH with the stand-in first
    QProcess m_peer;
    quint16 m_port = 0;
};

void TestNorthflank::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("gnome-keyring-daemon");
    KEYPORT_REQUIRE_TOOL("sshd");
    m_home = std::make_unique<test::TempHome>();
    qunsetenv("SSH_AUTH_SOCK");
    QString err = m_keyring.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = m_sshd.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    // The service's SSH, as the stand-in CLI reaches it: the peer's
    // port-forwarding info names the real sshd.
    m_port =
        test::startKnotPeer(m_peer, QStringLiteral(KEYPORT_NORTHFLANK_PEER),
                            { QStringLiteral("--token"), QString::fromLatin1(kToken), QStringLiteral("--team-token"),
                              QString::fromLatin1(kOrgToken), QStringLiteral("--team-id"), QStringLiteral("acme"),
                              QStringLiteral("--target-domain"), QStringLiteral("127.0.0.1:%1").arg(m_sshd.port()) });
    QVERIFY(m_port);
    m_path = QByteArray(KEYPORT_NORTHFLANK_CLI_DIR) + ':' + qgetenv("PATH");
    qputenv("PATH", m_path);
    qputenv("NORTHFLANK_STANDIN_LOG", m_scratch.filePath(QStringLiteral("cli.log")).toUtf8());
    QCOMPARE(test::runCli(test::args({ "keys", "generate", "id_ed25519", "--no-passphrase" })).exitCode, 0);
    m_sshd.authorize(test::readFile(m_home->filePath(QStringLiteral(".ssh/id_ed25519.pub"))));
}

void TestNorthflank::cleanupTestCase()
{
    test::stopProcess(&m_peer);
}

QJsonObject TestNorthflank::peerState()
{
    return test::peerGet(url() + QStringLiteral("/_peer/state"));
}

int TestNorthflank::requests(const char *route)
{
    return peerState().value(QStringLiteral("routes")).toObject().value(QLatin1String(route)).toInt();
}

QJsonArray TestNorthflank::listed(const QString &source)
{
    const auto r = test::runCli({ QStringLiteral("workspaces"), QStringLiteral("list"), QStringLiteral("--json"),
                                  QStringLiteral("--source"), source });
    return QJsonDocument::fromJson(r.out).array();
}

test::ProcessResult TestNorthflank::add(const QString &name, const QByteArray &token, const QStringList &extra)
{
    return test::runCli(QStringList { QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("northflank"),
                                      name, QStringLiteral("--url"), url(), QStringLiteral("--token-stdin") }
                            + extra,
                        token + '\n');
}

void TestNorthflank::aWrongTokenStoresNothing()
{
    auto bad = add(QStringLiteral("nf"), "eyJ.wrong.token");
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("(401)") && bad.err.contains("token"), bad.err.constData());
    const auto sources = test::runCli(test::args({ "sources", "list", "--json" }));
    QVERIFY2(!sources.out.contains("\"nf\""), sources.out.constData());
    // http is for loopback only; the default is Northflank's own API over https.
    auto plain = test::runCli(
        test::args({ "sources", "add", "northflank", "far", "--url", "http://api.example.com", "--token-stdin" }),
        kToken + '\n');
    QCOMPARE(plain.exitCode, 1);
    QVERIFY(plain.err.contains("https://"));
}

void TestNorthflank::listsEveryServiceOfEveryProject()
{
    // The test's sshd takes only its own user: Northflank's SSH is root's.
    auto added = add(QStringLiteral("nf"), kToken, { QStringLiteral("--login-user"), m_sshd.user() });
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    const QJsonArray all = listed(QStringLiteral("nf"));
    QHash<QString, QJsonObject> byId;
    int big = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject w = v.toObject();
        byId.insert(w.value(QStringLiteral("id")).toString(), w);
        big += w.value(QStringLiteral("id")).toString().startsWith(QLatin1String("nf.big."));
    }
    // 120 services in one project: two pages of 100, the second one without a cursor.
    QCOMPARE(big, 120);
    const QJsonObject api = byId.value(QStringLiteral("nf.shop.api"));
    QVERIFY2(!api.isEmpty(), QJsonDocument(all).toJson().left(2000).constData());
    QCOMPARE(api.value(QStringLiteral("tags")).toArray(),
             (QJsonArray { QStringLiteral("api"), QStringLiteral("prod") }));
    QCOMPARE(api.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QCOMPARE(byId.value(QStringLiteral("nf.shop.worker")).value(QStringLiteral("state")).toString(),
             QStringLiteral("starting"));
    // Named by the project's id, grouped under its name.
    QCOMPARE(byId.value(QStringLiteral("nf.ml-lab.trainer")).value(QStringLiteral("project")).toString(),
             QStringLiteral("ml"));
    // Paused, with SSH off (from the service's own GET): stopped, and why it cannot be connected.
    const QJsonObject legacy = byId.value(QStringLiteral("nf.shop.legacy"));
    QCOMPARE(legacy.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    QVERIFY2(legacy.value(QStringLiteral("unreachable")).toString().contains(QLatin1String("paused")),
             QJsonDocument(legacy).toJson().constData());
    QVERIFY(api.value(QStringLiteral("unreachable")).toString().isEmpty());
    QVERIFY2(QJsonDocument(api).toJson().contains("\"enabled\""), QJsonDocument(api).toJson().constData());
    const QString broken = QString::fromUtf8(QJsonDocument(byId.value(QStringLiteral("nf.shop.broken"))).toJson());
    QVERIFY2(broken.contains(QLatin1String("failed")), qPrintable(broken));
    // As few requests as the API allows: its hourly limit counts every one.
    const QJsonArray perPage = peerState().value(QStringLiteral("perPage")).toArray();
    QVERIFY2(!perPage.isEmpty() && perPage.last().toVariant().toInt() == 100,
             QJsonDocument(perPage).toJson().constData());
    // A service's own GET (paused, SSH) is asked again only when the last
    // answer is old: a second listing right after costs none.
    const auto serviceGets = [this] {
        return requests("GET /v1/projects/{projectId}/services/{serviceId}");
    };
    const int gets = serviceGets();
    QVERIFY2(gets >= 120, qPrintable(QString::number(gets)));
    QCOMPARE(listed(QStringLiteral("nf")).size(), all.size());
    QCOMPARE(serviceGets(), gets);
}

void TestNorthflank::hostileNamesNeverReachTheConfig()
{
    QCOMPARE(test::runCli(test::args({ "ssh-config" }), {}).exitCode, 0);
    const QByteArray managed = test::readFile(QDir(m_home->sshDir()).filePath(QStringLiteral("keyport/config")));
    QVERIFY(!managed.contains("pwned"));
    bool sawHostile = false;
    for (const QJsonValue &v : listed(QStringLiteral("nf"))) {
        const QJsonObject w = v.toObject();
        const QString id = w.value(QStringLiteral("id")).toString();
        if (id.contains(QLatin1String("pwned")) || id.contains(QLatin1Char('"')) || id.contains(QLatin1String(".."))) {
            sawHostile = true;
            QVERIFY2(!w.value(QStringLiteral("unreachable")).toString().isEmpty(), qPrintable(id));
        }
    }
    QVERIFY(sawHostile);
}

void TestNorthflank::anOrgTokenUsesTheTeamsPaths()
{
    auto noTeam = add(QStringLiteral("org"), kOrgToken);
    QCOMPARE(noTeam.exitCode, 1);
    QVERIFY2(noTeam.err.contains("(403)"), noTeam.err.constData());
    auto withTeam = add(QStringLiteral("org"), kOrgToken, { QStringLiteral("--team"), QStringLiteral("acme") });
    QVERIFY2(withTeam.exitCode == 0, qPrintable(withTeam.describe()));
    bool found = false;
    for (const QJsonValue &v : listed(QStringLiteral("org")))
        found |= v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("org.shop.api");
    QVERIFY(found);
    auto badTeam = add(QStringLiteral("org2"), kOrgToken, { QStringLiteral("--team"), QStringLiteral("a/../b") });
    QCOMPARE(badTeam.exitCode, 1);
    QVERIFY(badTeam.err.contains("team id"));
}

void TestNorthflank::rateLimitedSaysWhenToRetry()
{
    QVERIFY(test::peerPost(url() + QStringLiteral("/_peer/rate-limit?for=1")));
    auto r = test::runCli(test::args({ "workspaces", "list", "--source", "nf" }));
    // In English plurals (the CLI's catalogue), not "second(s)".
    QVERIFY2(r.err.contains("(429)") && r.err.contains("try again in 37 seconds"), qPrintable(r.describe()));
    // The limit over, the list is back.
    QVERIFY(!listed(QStringLiteral("nf")).isEmpty());
}

void TestNorthflank::revokedTokenSaysWhatToDo()
{
    QVERIFY(test::peerPost(url() + QStringLiteral("/_peer/revoke")));
    auto r = test::runCli(test::args({ "workspaces", "list", "--source", "nf" }));
    QVERIFY2(r.err.contains("(401)") && r.err.contains("sources remove nf"), qPrintable(r.describe()));
    QVERIFY(test::peerPost(url() + QStringLiteral("/_peer/restore")));
}

QList<QJsonObject> TestNorthflank::cliLog() const
{
    QList<QJsonObject> out;
    for (const QByteArray &line : test::readFile(m_scratch.filePath(QStringLiteral("cli.log"))).split('\n'))
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    return out;
}

QString TestNorthflank::everyCliRunStopped() const
{
    // The CLI is stopped once the last connection closes: give it a moment.
    QString why;
    for (int attempt = 0; attempt < 50; ++attempt) {
        QSet<qint64> running;
        QStringList homes;
        for (const QJsonObject &o : cliLog()) {
            const qint64 pid = o.value(QStringLiteral("pid")).toInteger();
            if (o.value(QStringLiteral("event")) == QLatin1String("start")) {
                running.insert(pid);
                homes << o.value(QStringLiteral("home")).toString();
            } else if (o.value(QStringLiteral("event")) == QLatin1String("stop")) {
                running.remove(pid);
            }
        }
        why.clear();
        if (!running.isEmpty())
            why = QStringLiteral("%1 CLI run(s) not stopped").arg(running.size());
        for (const QString &home : homes)
            if (QFileInfo::exists(home))
                why += QStringLiteral("; the private HOME %1 is still there").arg(home);
        if (homes.isEmpty())
            why = QStringLiteral("the CLI never ran");
        if (why.isEmpty())
            return {};
        QTest::qWait(100);
    }
    return why;
}

void TestNorthflank::connectsThroughTheCliProxy()
{
    // The user's own CLI login, which Keyport must neither need nor change.
    const QByteArray own = R"({"current":"mine","contexts":[{"name":"mine","token":"own-token","host":"https://x"}]})";
    QVERIFY(QDir().mkpath(m_home->filePath(QStringLiteral(".northflank"))));
    QVERIFY(test::writeFile(m_home->filePath(QStringLiteral(".northflank/config.json")), own));
    QCOMPARE(test::runCli(test::args({ "workspaces", "set", "nf.shop.api", "--key", "id_ed25519" })).exitCode, 0);
    auto r = test::runCli(test::args({ "connect", "nf.shop.api", "--yes", "--", "echo", "on-northflank" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.out.trimmed(), QByteArray("on-northflank"));
    const QList<QJsonObject> runs = cliLog();
    QVERIFY(!runs.isEmpty());
    for (const QJsonObject &o : runs) {
        if (o.value(QStringLiteral("event")) != QLatin1String("start"))
            continue;
        // Both ids given, and a HOME of its own with only this source's login in it.
        QCOMPARE(o.value(QStringLiteral("project")).toString(), QStringLiteral("shop"));
        QCOMPARE(o.value(QStringLiteral("service")).toString(), QStringLiteral("api"));
        QCOMPARE(o.value(QStringLiteral("contexts")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("host")).toString(), url());
        QVERIFY(o.value(QStringLiteral("home")).toString() != m_home->path());
    }
    const QString stopped = everyCliRunStopped();
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    QCOMPARE(test::readFile(m_home->filePath(QStringLiteral(".northflank/config.json"))), own);
    // The same alias in a plain terminal: ssh runs keyport-cli forward, which runs the CLI.
    QCOMPARE(test::runCli(test::args({ "ssh-config" })).exitCode, 0);
    auto plain = test::runSsh(QDir(m_home->sshDir()).filePath(QStringLiteral("keyport/config")),
                              test::args({ "nf.shop.api", "echo", "plain-ssh" }));
    QVERIFY2(plain.exitCode == 0 && plain.out.trimmed() == "plain-ssh", qPrintable(plain.describe()));
}

void TestNorthflank::aProxyPortSharesOneCliRun()
{
    QProcess proxy;
    // The commands with Keyport's pin and the workspace's key: they run in a batch here.
    proxy.start(test::cliPath(), test::args({ "proxy", "nf.shop.api", "--pinned", "--yes" }));
    const QByteArray banner = test::readUntil(proxy, "rsync:", 30000);
    const auto line = [&banner](const char *name) {
        for (const QByteArray &l : banner.split('\n'))
            if (l.trimmed().startsWith(name))
                return QString::fromUtf8(l.trimmed().mid(qstrlen(name)).trimmed());
        return QString();
    };
    const QString ssh = line("ssh:"), scp = line("scp:");
    QVERIFY2(!ssh.isEmpty() && !scp.isEmpty() && ssh.contains(QLatin1String("HostKeyAlias=nf.shop.api")),
             banner.constData());
    const qsizetype before = cliLog().size();
    // The printed commands, as a user pastes them.
    for (int i = 0; i < 2; ++i) {
        auto r = test::runProcess(
            QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), ssh + QStringLiteral(" -o BatchMode=yes echo via-port-%1").arg(i) });
        QVERIFY2(r.exitCode == 0 && r.out.trimmed() == QStringLiteral("via-port-%1").arg(i).toUtf8(),
                 qPrintable(r.describe()));
    }
    QTemporaryDir remote;
    const QString file = m_scratch.filePath(QStringLiteral("notes.txt"));
    QVERIFY(test::writeFile(file, "scp through the proxy port\n"));
    QString copy = scp;
    copy.replace(QStringLiteral(" FILE "), QLatin1Char(' ') + file + QLatin1Char(' '))
        .replace(QStringLiteral(":/remote/path/"), QLatin1Char(':') + remote.path() + QLatin1Char('/'));
    auto sent = test::runProcess(
        QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"), copy.replace(QStringLiteral("scp "), QStringLiteral("scp -o BatchMode=yes ")) });
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.describe()));
    QCOMPARE(test::readFile(remote.filePath(QStringLiteral("notes.txt"))), QByteArray("scp through the proxy port\n"));
    // One after the other, the port's connections went through the run
    // that was up already: no new one, and each connection on it.
    int starts = 0, connections = 0;
    const QList<QJsonObject> log = cliLog();
    for (qsizetype i = before; i < log.size(); ++i) {
        starts += log[i].value(QStringLiteral("event")) == QLatin1String("start");
        connections += log[i].value(QStringLiteral("event")) == QLatin1String("connection");
    }
    QVERIFY2(starts == 0 && connections == 3,
             qPrintable(QStringLiteral("%1 new runs, %2 connections").arg(starts).arg(connections)));
    // Stopped as a person stops it (Ctrl+C, a logout): its CLI goes with it.
    proxy.terminate();
    proxy.waitForFinished();
    const QString stopped = everyCliRunStopped();
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
}

void TestNorthflank::filesThroughTheCliProxy()
{
    QTemporaryDir remote, local;
    const QString source = local.filePath(QStringLiteral("model weights.bin"));
    QVERIFY(test::writeRandomFile(source, 6 << 20));
    QVERIFY(test::setMtime(source, 1700000000));
    const QString back = local.filePath(QStringLiteral("back"));
    QVERIFY(QDir().mkpath(back));
    const QString roundTrip = test::cpRoundTrip(QStringLiteral("nf.shop.api"), source, remote.path(), back);
    QVERIFY2(roundTrip.isEmpty(), qPrintable(roundTrip));
    auto ls = test::runCli({ QStringLiteral("ls"), QStringLiteral("nf.shop.api:") + remote.path() });
    QVERIFY2(ls.exitCode == 0 && ls.out.contains("model weights.bin"), qPrintable(ls.describe()));
    const QString stopped = everyCliRunStopped();
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
}

void TestNorthflank::theCliSaysWhySshCannotStart()
{
    // SSH switched off on the service while Keyport's word on it is fresh:
    // the CLI's own words (the API's, through it), without its colours.
    QVERIFY(test::peerPost(url() + QStringLiteral("/_peer/set-ssh?project=shop&service=api&enabled=0")));
    auto off = test::runCli(test::args({ "connect", "nf.shop.api", "--yes", "--", "true" }));
    QCOMPARE(off.exitCode, 1);
    QVERIFY2(off.err.contains("SSH is not enabled on this service") && !off.err.contains("\x1b"),
             qPrintable(off.describe()));
    // Once that word is old (as ten minutes on would make it), the listing
    // asks the service again and says what to do before anything is run.
    QVERIFY(ageDetailsCache());
    auto listedOff = test::runCli(test::args({ "connect", "nf.shop.api", "--yes", "--", "true" }));
    QVERIFY(test::peerPost(url() + QStringLiteral("/_peer/set-ssh?project=shop&service=api&enabled=1")));
    QCOMPARE(listedOff.exitCode, 1);
    QVERIFY2(listedOff.err.contains("SSH is not enabled on nf.shop.api") && listedOff.err.contains("restart"),
             qPrintable(listedOff.describe()));
    const QString stopped = everyCliRunStopped();
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    // SSH back on, as the tests that follow need it.
    QVERIFY(ageDetailsCache());
    const QJsonArray again = listed(QStringLiteral("nf"));
    bool reachable = false;
    for (const QJsonValue &v : again)
        reachable |= v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("nf.shop.api")
                     && v.toObject().value(QStringLiteral("unreachable")).toString().isEmpty();
    QVERIFY(reachable);
}

bool TestNorthflank::ageDetailsCache()
{
    QDirIterator it(m_home->path(), { QStringLiteral("northflank-nf-services.json") }, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    if (!it.hasNext())
        return false;
    const QString path = it.next();
    QJsonObject cache = QJsonDocument::fromJson(test::readFile(path)).object();
    for (auto i = cache.begin(); i != cache.end(); ++i) {
        QJsonObject entry = i.value().toObject();
        entry[QStringLiteral("checked")] = 0;
        i.value() = entry;
    }
    return test::writeFile(path, QJsonDocument(cache).toJson());
}

void TestNorthflank::aMissingOrOldCliSaysWhatToInstall()
{
    // Only the system's programs: no northflank at all.
    qputenv("PATH", "/usr/bin:/bin");
    auto missing = test::runCli(test::args({ "connect", "nf.shop.api", "--yes", "--", "true" }));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("npm install -g @northflank/cli") && missing.err.contains("0.10"),
             qPrintable(missing.describe()));
    // 0.9 has `list` and `forward` but no `ssh`: commander's words for that.
    QDir old(m_scratch.filePath(QStringLiteral("old")));
    QVERIFY(old.mkpath(QStringLiteral(".")));
    QVERIFY(test::writeFile(old.filePath(QStringLiteral("northflank")),
                            "#!/bin/sh\necho \"error: unknown command 'ssh'\" >&2\nexit 1\n"));
    QVERIFY(QFile::setPermissions(old.filePath(QStringLiteral("northflank")), QFile::ReadOwner | QFile::ExeOwner));
    qputenv("PATH", old.path().toUtf8() + ":/usr/bin:/bin");
    auto tooOld = test::runCli(test::args({ "connect", "nf.shop.api", "--yes", "--", "true" }));
    qputenv("PATH", m_path);
    QCOMPARE(tooOld.exitCode, 1);
    QVERIFY2(tooOld.err.contains("too old") && tooOld.err.contains("npm install -g @northflank/cli"),
             qPrintable(tooOld.describe()));
}

// npm's @northflank/cli (tools/dev test fetches it when the registry
// answers) against the same peer: the REST shapes the peer serves are ones
// the real client reads, with what Keyport reads from them; and Keyport's
// word for a CLI without `ssh` is what the real one says.
void TestNorthflank::theRealCliReadsThePeerAsKeyportDoes()
{
    const QString real = QStringLiteral(KEYPORT_REAL_NORTHFLANK_CLI);
    if (!QFileInfo(real).isExecutable())
        QSKIP("npm's @northflank/cli is not in the build folder: tools/dev test fetches it where npm's registry "
              "answers");
    // A HOME of its own: its login file is the real CLI's business only.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    const auto cli = [&](const QStringList &args) {
        return test::runProcess(real, args, {}, env, 120000);
    };
    const auto json = [](const test::ProcessResult &r) {
        return QJsonDocument::fromJson(r.out).object();
    };
    auto login = cli({ QStringLiteral("login"), QStringLiteral("-n"), QStringLiteral("peer"), QStringLiteral("--host"),
                       url(), QStringLiteral("-t"), QString::fromLatin1(kToken) });
    QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));

    // Every project, and every service of one (all pages of them), as Keyport lists them.
    QHash<QString, QSet<QString>> keyport; // project id -> service ids
    for (const QJsonValue &v : listed(QStringLiteral("nf"))) {
        const QJsonObject t = v.toObject().value(QStringLiteral("transport")).toObject();
        // Services of ids Keyport does not send anywhere have none.
        if (const QString project = t.value(QStringLiteral("project_id")).toString(); !project.isEmpty())
            keyport[project] << t.value(QStringLiteral("service_id")).toString();
    }
    auto projects =
        cli({ QStringLiteral("list"), QStringLiteral("projects"), QStringLiteral("-o"), QStringLiteral("json") });
    QVERIFY2(projects.exitCode == 0, qPrintable(projects.describe()));
    QSet<QString> realProjects;
    for (const QJsonValue &p : json(projects).value(QStringLiteral("projects")).toArray())
        realProjects << p.toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(realProjects.contains(QStringLiteral("shop")) && realProjects.contains(QStringLiteral("big")),
             projects.out.constData());
    const QList<QString> keyportProjects = keyport.keys();
    QVERIFY2(QSet<QString>(keyportProjects.begin(), keyportProjects.end()).subtract(realProjects).isEmpty(),
             projects.out.constData());
    for (const QString &project : { QStringLiteral("big"), QStringLiteral("shop") }) {
        auto services = cli({ QStringLiteral("list"), QStringLiteral("services"), QStringLiteral("--projectId"),
                              project, QStringLiteral("-o"), QStringLiteral("json") });
        QVERIFY2(services.exitCode == 0, qPrintable(services.describe()));
        QSet<QString> ids;
        for (const QJsonValue &v : json(services).value(QStringLiteral("services")).toArray())
            ids << v.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids, keyport.value(project));
    }
    QCOMPARE(keyport.value(QStringLiteral("big")).size(), 120);
    // A service's own GET: paused, with SSH off, as Keyport shows legacy.
    auto legacy =
        cli({ QStringLiteral("get"), QStringLiteral("service"), QStringLiteral("--projectId"), QStringLiteral("shop"),
              QStringLiteral("--serviceId"), QStringLiteral("legacy"), QStringLiteral("-o"), QStringLiteral("json") });
    QVERIFY2(legacy.exitCode == 0, qPrintable(legacy.describe()));
    QCOMPARE(json(legacy).value(QStringLiteral("servicePaused")).toBool(), true);
    QCOMPARE(json(legacy)
                 .value(QStringLiteral("deployment"))
                 .toObject()
                 .value(QStringLiteral("ssh"))
                 .toObject()
                 .value(QStringLiteral("enabled"))
                 .toBool(true),
             false);

    // The published CLI has no `ssh` yet: Keyport says which version it needs.
    QDir onPath(m_scratch.filePath(QStringLiteral("real")));
    QVERIFY(onPath.mkpath(QStringLiteral(".")));
    QFile::remove(onPath.filePath(QStringLiteral("northflank")));
    QVERIFY(QFile::link(real, onPath.filePath(QStringLiteral("northflank"))));
    qputenv("PATH", onPath.path().toUtf8() + ':'
                        + QFileInfo(QStandardPaths::findExecutable(QStringLiteral("node"))).absolutePath().toUtf8()
                        + ":/usr/bin:/bin");
    auto tooOld = test::runCli(test::args({ "connect", "nf.shop.api", "--yes", "--", "true" }));
    qputenv("PATH", m_path);
    QCOMPARE(tooOld.exitCode, 1);
    QVERIFY2(tooOld.err.contains("too old") && tooOld.err.contains("npm install -g @northflank/cli"),
             qPrintable(tooOld.describe()));
}

void TestNorthflank::aRedeployedServicesNewKeyIsAsked()
{
    // The service comes back on another sshd with another host key, as
    // after a redeploy; the CLI's endpoint changed every run anyway.
    test::SshServer redeployed;
    QString err = redeployed.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    redeployed.authorize(test::readFile(m_home->filePath(QStringLiteral(".ssh/id_ed25519.pub"))));
    QVERIFY(test::peerPost(url() + QStringLiteral("/_peer/redeploy?target=127.0.0.1:%1").arg(redeployed.port())));
    auto refused = test::runCli(test::args({ "connect", "nf.shop.api", "--yes", "--", "echo", "changed" }));
    QCOMPARE(refused.exitCode, 1);
    // Refused even with --yes, with the likely cause and what to check.
    QVERIFY2(refused.err.contains("has changed") && refused.err.contains("redeployed")
                 && refused.err.contains("trust nf.shop.api --replace"),
             qPrintable(refused.describe()));
    QVERIFY(!refused.out.contains("changed"));
    // Confirmed on purpose, it is the new pin.
    auto replaced = test::runCli(test::args({ "trust", "nf.shop.api", "--replace", "--yes" }));
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.describe()));
    auto back = test::runCli(test::args({ "connect", "nf.shop.api", "--", "echo", "redeployed" }));
    QVERIFY(test::peerPost(url() + QStringLiteral("/_peer/redeploy?target=127.0.0.1:%1").arg(m_sshd.port())));
    QVERIFY2(back.exitCode == 0 && back.out.trimmed() == "redeployed", qPrintable(back.describe()));
    QVERIFY(test::runCli(test::args({ "trust", "nf.shop.api", "--replace", "--yes" })).exitCode == 0);
}

void TestNorthflank::importsTheCliLogin()
{
    // The CLI's own file: two contexts, the current one's token to take over.
    const auto login = [this](const QByteArray &token) {
        return QJsonDocument(
                   QJsonObject {
                       { QStringLiteral("current"), QStringLiteral("work") },
                       { QStringLiteral("contexts"),
                         QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("play") },
                                                    { QStringLiteral("token"), QStringLiteral("other-token") },
                                                    { QStringLiteral("host"), url() } },
                                      QJsonObject { { QStringLiteral("name"), QStringLiteral("work") },
                                                    { QStringLiteral("token"), QString::fromLatin1(token) },
                                                    { QStringLiteral("host"), url() } } } },
                       { QStringLiteral("lastUpdateCheck"), qint64(1764000000000) } })
            .toJson();
    };
    const QString file = m_home->filePath(QStringLiteral(".northflank/config.json"));
    // A token Northflank does not take: nothing stored, the file as it was.
    QVERIFY(test::writeFile(file, login("eyJ.revoked.token")));
    auto bad = test::runCli(test::args({ "sources", "import-northflank", "--name", "nfi", "--remove-token" }));
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("(401)"), qPrintable(bad.describe()));
    QCOMPARE(test::readFile(file), login("eyJ.revoked.token"));
    QVERIFY(!test::runCli(test::args({ "sources", "list", "--json" })).out.contains("\"nfi\""));

    QVERIFY(test::writeFile(file, login(kToken)));
    auto kept = test::runCli(test::args({ "sources", "import-northflank", "--name", "nfi", "--keep-token",
                                          "--login-user", qPrintable(m_sshd.user()) }));
    QVERIFY2(kept.exitCode == 0 && kept.out.contains("never reads it") && kept.err.contains("plain text"),
             qPrintable(kept.describe()));
    QCOMPARE(test::readFile(file), login(kToken));
    bool listed = false;
    for (const QJsonValue &v : this->listed(QStringLiteral("nfi")))
        listed |= v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("nfi.shop.api");
    QVERIFY(listed);
    QCOMPARE(test::runCli(test::args({ "sources", "remove", "nfi" })).exitCode, 0);

    // Taken over and removed there: only that token goes, the rest stays.
    auto removed = test::runCli(
        test::args({ "sources", "import-northflank", file.toUtf8().constData(), "--name", "nfi", "--remove-token" }));
    QVERIFY2(removed.exitCode == 0 && removed.out.contains("Removed the token"), qPrintable(removed.describe()));
    const QJsonObject after = QJsonDocument::fromJson(test::readFile(file)).object();
    QCOMPARE(after.value(QStringLiteral("current")).toString(), QStringLiteral("work"));
    const QJsonArray contexts = after.value(QStringLiteral("contexts")).toArray();
    QCOMPARE(contexts.size(), 2);
    QCOMPARE(contexts[0].toObject().value(QStringLiteral("token")).toString(), QStringLiteral("other-token"));
    QVERIFY(!contexts[1].toObject().contains(QStringLiteral("token")));
    QCOMPARE(contexts[1].toObject().value(QStringLiteral("host")).toString(), url());
    QVERIFY(!test::readFile(file).contains(kToken));
    QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    // Nothing left there to take over, and it says so.
    auto again = test::runCli(test::args({ "sources", "import-northflank", "--name", "nfi2" }));
    QVERIFY2(again.exitCode == 1 && again.err.contains("holds no token"), qPrintable(again.describe()));
}

void TestNorthflank::identitiesOnTheApiWithTheirRestrictions()
{
    auto added = test::runCli(test::args({ "identities", "add", "laptop key", "--key", "id_ed25519", "--source", "nf",
                                           "--project", "shop", "--tag", "prod", "--tag", "api", "--match-all-tags" }));
    QVERIFY2(added.exitCode == 0 && added.out.contains("laptop-key"), qPrintable(added.describe()));
    // Stored as the API's schema has it (the peer refuses anything else).
    QJsonObject stored;
    for (const QJsonValue &v : peerState().value(QStringLiteral("identities")).toArray())
        if (v.toObject().value(QStringLiteral("name")) == QLatin1String("laptop key"))
            stored = v.toObject();
    QVERIFY(!stored.isEmpty());
    const QByteArray publicKey = test::readFile(m_home->filePath(QStringLiteral(".ssh/id_ed25519.pub"))).trimmed();
    const QJsonArray keys = stored.value(QStringLiteral("sshPublicKeys")).toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys[0].toObject().value(QStringLiteral("key")).toString().toUtf8(), publicKey);
    const QJsonObject restrictions = stored.value(QStringLiteral("restrictions")).toObject();
    QCOMPARE(restrictions.value(QStringLiteral("projects")).toObject(),
             (QJsonObject { { QStringLiteral("enabled"), true },
                            { QStringLiteral("items"), QJsonArray { QStringLiteral("shop") } } }));
    QCOMPARE(restrictions.value(QStringLiteral("tags")).toObject(),
             (QJsonObject { { QStringLiteral("enabled"), true },
                            { QStringLiteral("items"), QJsonArray { QStringLiteral("prod"), QStringLiteral("api") } },
                            { QStringLiteral("matchCondition"), QStringLiteral("and") } }));
    // Listed with its key (the list leaves keys out; Keyport reads each one).
    auto listed = test::runCli(test::args({ "identities", "list", "--source", "nf", "--json" }));
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
    QJsonObject mine;
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out).array())
        if (v.toObject().value(QStringLiteral("id")) == QLatin1String("laptop-key"))
            mine = v.toObject();
    QCOMPARE(mine.value(QStringLiteral("fingerprints")).toArray().size(), 1);
    // The key in it is the user's own: named, in the list and in words.
    QVERIFY2(mine.value(QStringLiteral("key")).toString().endsWith(QLatin1String("/.ssh/id_ed25519")),
             listed.out.constData());
    auto words = test::runCli(test::args({ "identities", "list", "--source", "nf" }));
    QVERIFY2(words.exitCode == 0 && words.out.contains("id_ed25519 (yours)"), qPrintable(words.describe()));
    QCOMPARE(mine.value(QStringLiteral("tags")).toObject().value(QStringLiteral("match")).toString(),
             QStringLiteral("all"));
    // The service passes both rules: explain says so, and nothing is in the way.
    auto explained = test::runCli(test::args({ "identities", "explain", "nf.shop.api" }));
    QVERIFY2(explained.exitCode == 0 && explained.out.contains("which admits nf.shop.api")
                 && !explained.out.contains("!!"),
             qPrintable(explained.describe()));
    // A name taken is refused in words; a bad item before anything is sent.
    auto twice =
        test::runCli(test::args({ "identities", "add", "laptop key", "--key", "id_ed25519", "--source", "nf" }));
    QVERIFY2(twice.exitCode == 1 && twice.err.contains("already"), qPrintable(twice.describe()));
    auto bad = test::runCli(test::args(
        { "identities", "add", "other key", "--key", "id_ed25519", "--source", "nf", "--tag", "not a tag" }));
    QVERIFY2(bad.exitCode == 1 && bad.err.contains("tag"), qPrintable(bad.describe()));
    QCOMPARE(test::runCli(test::args({ "identities", "remove", "laptop key", "--source", "nf" })).exitCode, 0);
    for (const QJsonValue &v : peerState().value(QStringLiteral("identities")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("name")) != QLatin1String("laptop key"));
}

void TestNorthflank::aServiceOutsideAnIdentitysTagsIsExplained()
{
    auto added = test::runCli(
        test::args({ "identities", "add", "gpu boxes", "--key", "id_ed25519", "--source", "nf", "--tag", "gpu" }));
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    auto explained = test::runCli(test::args({ "identities", "explain", "nf.shop.api" }));
    QVERIFY2(explained.exitCode == 0, qPrintable(explained.describe()));
    // The rule that fails, named, and the one thing to do.
    QVERIFY2(explained.out.contains("nf.shop.api has the tags api, prod, but identity \"gpu boxes\" needs one of gpu")
                 && explained.out.contains("Next: Widen"),
             qPrintable(explained.describe()));
    QCOMPARE(test::runCli(test::args({ "identities", "remove", "gpu-boxes", "--source", "nf" })).exitCode, 0);
    // In no identity at all now.
    explained = test::runCli(test::args({ "identities", "explain", "nf.shop.api" }));
    QVERIFY2(explained.out.contains("in none of the SSH identities of nf"), qPrintable(explained.describe()));
}

void TestNorthflank::thePlatformsIdentityChoosesTheKey()
{
    // The source's key (set by the first identity added) and a second key,
    // the only one the server takes now, in an identity for gpu services.
    QCOMPARE(test::runCli(test::args({ "keys", "generate", "id_gpu", "--no-passphrase" })).exitCode, 0);
    auto added = test::runCli(
        test::args({ "identities", "add", "gpu boxes", "--key", "id_gpu", "--source", "nf", "--tag", "gpu" }));
    QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    m_sshd.clearAuthorized();
    m_sshd.authorize(test::readFile(m_home->filePath(QStringLiteral(".ssh/id_gpu.pub"))));
    const auto byId = [this] {
        QHash<QString, QJsonObject> out;
        for (const QJsonValue &v : listed(QStringLiteral("nf")))
            out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        return out;
    };
    const auto identityGets = [this] {
        return requests("GET /v1/integrations/ssh-identities");
    };
    auto all = byId();
    const QJsonObject trainer = all.value(QStringLiteral("nf.ml-lab.trainer"));
    QVERIFY2(trainer.value(QStringLiteral("identity_file")).toString().endsWith(QLatin1String("/.ssh/id_gpu")),
             QJsonDocument(trainer).toJson().constData());
    QCOMPARE(trainer.value(QStringLiteral("identity")).toString(), QStringLiteral("gpu boxes"));
    // A service the identity does not admit keeps the source's key.
    const QJsonObject worker = all.value(QStringLiteral("nf.shop.worker"));
    QVERIFY2(worker.value(QStringLiteral("identity_file")).toString().endsWith(QLatin1String("/.ssh/id_ed25519")),
             QJsonDocument(worker).toJson().constData());
    QVERIFY(!worker.contains(QStringLiteral("identity")));
    // A second listing right after asks Northflank nothing about identities.
    const int gets = identityGets();
    QVERIFY(gets > 0);
    all = byId();
    QCOMPARE(identityGets(), gets);
    // It logs in with that key (IdentitiesOnly), and explain says why it was chosen.
    auto r = test::runCli(test::args({ "connect", "nf.ml-lab.trainer", "--yes", "--", "echo", "gpu-key" }));
    QVERIFY2(r.exitCode == 0 && r.out.trimmed() == "gpu-key", qPrintable(r.describe()));
    auto explained = test::runCli(test::args({ "identities", "explain", "nf.ml-lab.trainer" }));
    QVERIFY2(explained.exitCode == 0
                 && explained.out.contains("chosen by the SSH identity \"gpu boxes\" of nf, the first that admits "
                                           "nf.ml-lab.trainer"),
             qPrintable(explained.describe()));
    // Removed through Keyport: the next listing knows at once.
    QCOMPARE(test::runCli(test::args({ "identities", "remove", "gpu boxes", "--source", "nf" })).exitCode, 0);
    QVERIFY(byId()
                .value(QStringLiteral("nf.ml-lab.trainer"))
                .value(QStringLiteral("identity_file"))
                .toString()
                .endsWith(QLatin1String("/.ssh/id_ed25519")));
    m_sshd.clearAuthorized();
    m_sshd.authorize(test::readFile(m_home->filePath(QStringLiteral(".ssh/id_ed25519.pub"))));
}

void TestNorthflank::theTokenIsInNoFile()
{
    for (const QByteArray &token : { kToken, kOrgToken }) {
        const auto grep = test::runProcess(QStringLiteral("grep"),
                                           { QStringLiteral("-rl"), QStringLiteral("-D"), QStringLiteral("skip"),
                                             QString::fromLatin1(token), m_home->path() });
        // The keyring's own file holds it, encrypted: grep finds nothing in clear text.
        QVERIFY2(grep.exitCode == 1, qPrintable(grep.describe()));
    }
}

QTEST_GUILESS_MAIN(TestNorthflank)
#include "tst_northflank.moc"
