// The Northflank source against a protocol-faithful peer of its REST API
// (tests/peers/northflankpeer, from shared/design/protocols.md): adding with
// a token (a wrong one stores nothing), every service of every project with
// the cursors followed to the end, org tokens on the team's paths, hostile
// names kept out of the ssh config, 401 and 429 in the user's words.
// Functions run in order and share one peer, one HOME and one keyring.
#include "fixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

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
    void theTokenIsInNoFile();

private:
    QJsonObject peerState();
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QJsonArray listed(const QString &source);
    test::ProcessResult add(const QString &name, const QByteArray &token, const QStringList &extra = {});

    std::unique_ptr<test::TempHome> m_home;
    test::SecretService m_keyring;
    QProcess m_peer;
    quint16 m_port = 0;
};

void TestNorthflank::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("gnome-keyring-daemon");
    m_home = std::make_unique<test::TempHome>();
    const QString err = m_keyring.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_port =
        test::startKnotPeer(m_peer, QStringLiteral(KEYPORT_NORTHFLANK_PEER),
                            { QStringLiteral("--token"), QString::fromLatin1(kToken), QStringLiteral("--team-token"),
                              QString::fromLatin1(kOrgToken), QStringLiteral("--team-id"), QStringLiteral("acme") });
    QVERIFY(m_port);
}

void TestNorthflank::cleanupTestCase()
{
    test::stopProcess(&m_peer);
}

QJsonObject TestNorthflank::peerState()
{
    return test::peerGet(url() + QStringLiteral("/_peer/state"));
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
    auto added = add(QStringLiteral("nf"), kToken);
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
    const QString broken = QString::fromUtf8(QJsonDocument(byId.value(QStringLiteral("nf.shop.broken"))).toJson());
    QVERIFY2(broken.contains(QLatin1String("failed")), qPrintable(broken));
    // As few requests as the API allows: its hourly limit counts every one.
    const QJsonArray perPage = peerState().value(QStringLiteral("perPage")).toArray();
    QVERIFY2(!perPage.isEmpty() && perPage.last().toVariant().toInt() == 100,
             QJsonDocument(perPage).toJson().constData());
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
    QVERIFY2(r.err.contains("(429)") && r.err.contains("37 second"), qPrintable(r.describe()));
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
