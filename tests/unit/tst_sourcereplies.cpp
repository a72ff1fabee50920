// The sources' reply parsers (knot, JupyterHub): pure functions from the
// bytes a server sent to workspaces, users and events. Well-formed replies
// give the right values; hostile ones (wrong types, huge lists, control
// characters, names that would leave the URL's path, broken or endless JSON)
// give an Error or safe values, never a crash.
#include "common/text.h"
#include "sources/jupyterhub/jupyterhubsource.h"
#include "sources/keylines.h"
#include "sources/knot/knotsource.h"
#include "sources/northflank/northflankproxy.h"
#include "sources/northflank/northflanksource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace keyport;

namespace {

// Two keys and their fingerprints, as ssh-keygen -l prints them.
const QString kEd = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICue7RiXRK/L+agA/YaekBlVYDGtSRXfTpMtxVwu5PGB");
const QString kEdFp = QStringLiteral("SHA256:fzsPFX+VLU8C42WeUtB8g/1RxEK+AzIAeeSDs9el2FA");
const QString kEc =
    QStringLiteral("ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBPPoXJgoIG7kGSU5"
                   "BzhRZVNXFSBNmTO2ku4E0QpVnoQYGQGd5BAYKxO8SuprXAf8PVOah/Z4LVvJEP8XsIa30ww=");
const QString kEcFp = QStringLiteral("SHA256:GLLie6MwfZZljQ0kpImcDTBs/dxcfX/F8l5YIFH8WdQ");
// A certificate: a key line sshd takes and Keyport does not read.
const QString kCert =
    QStringLiteral("ssh-ed25519-cert-v01@openssh.com AAAAIHNzaC1lZDI1NTE5LWNlcnQtdjAxQG9wZW5zc2guY29t "
                   "alice@cert");

// One line per workspace: "name state url" (the name printable), or "error".
QString summary(const Result<QList<Workspace>> &r)
{
    if (!r)
        return QStringLiteral("error");
    QStringList lines;
    for (const Workspace &w : r.value())
        lines << QStringLiteral("%1 %2 %3")
                     .arg(printable(w.name), workspaceStateName(w.state), w.transport.url.toString(QUrl::FullyEncoded));
    return lines.join(QLatin1Char('\n'));
}

QByteArray spaces(const QByteArray &list)
{
    return "{\"count\": 1, \"spaces\": " + list + "}";
}

SourceConfig hubConfig()
{
    SourceConfig c;
    c.name = QStringLiteral("hub");
    c.kind = QStringLiteral("jupyterhub");
    c.url = QStringLiteral("https://hub.example.com/base/");
    c.hubUser = QStringLiteral("alice");
    return c;
}

QByteArray user(const QByteArray &servers, const QByteArray &name = "alice")
{
    return "{\"kind\": \"user\", \"name\": \"" + name + "\", \"servers\": " + servers + "}";
}

} // namespace

class TestSourceReplies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knotWhoami_data();
    void knotWhoami();
    void knotSpaces_data();
    void knotSpaces();
    void hubUser_data();
    void hubUser();
    void hubStopped_data();
    void hubStopped();
    void hubProgressEvent_data();
    void hubProgressEvent();
    void hubContents_data();
    void hubContents();
    void hubErrorMessage();
    void northflankPage_data();
    void northflankPage();
    void northflankServices();
    void northflankErrors();
    void northflankServiceDetails();
    void northflankCliEndpoint_data();
    void northflankCliEndpoint();
    void northflankCliFailure();
    void platformIdentityChoosesAnOwnKey();
    void keyLines_data();
    void keyLines();
    void keyLinesWithout_data();
    void keyLinesWithout();
    void keyLinesContain_data();
    void keyLinesContain();
    void hostileInputNeverCrashes();
};

void TestSourceReplies::knotWhoami_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // "error", or "user_id|keys|github" with keys "<none>" when absent

    QTest::newRow("knot's answer") << QByteArray(R"({"user_id": "u-1", "username": "alice", "ssh_public_key": )"
                                                 R"("ssh-ed25519 AAAA a\nssh-rsa BBBB b", "github_username": "gh"})")
                                   << QStringLiteral("u-1|ssh-ed25519 AAAA a\nssh-rsa BBBB b|gh");
    QTest::newRow("no keys yet") << QByteArray(R"({"user_id": "u-1", "ssh_public_key": ""})")
                                 << QStringLiteral("u-1||");
    QTest::newRow("keys missing") << QByteArray(R"({"user_id": "u-1"})") << QStringLiteral("u-1|<none>|");
    QTest::newRow("keys not a string") << QByteArray(R"({"user_id": "u-1", "ssh_public_key": ["k"]})")
                                       << QStringLiteral("u-1|<none>|");
    QTest::newRow("user_id a number") << QByteArray(R"({"user_id": 7})") << QStringLiteral("error");
    QTest::newRow("user_id empty") << QByteArray(R"({"user_id": ""})") << QStringLiteral("error");
    QTest::newRow("user_id huge") << "{\"user_id\": \"" + QByteArray(100000, 'u') + "\"}" << QStringLiteral("error");
    QTest::newRow("a list") << QByteArray(R"([{"user_id": "u-1"}])") << QStringLiteral("error");
    QTest::newRow("not JSON") << QByteArray("<html>login</html>") << QStringLiteral("error");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("error");
}

void TestSourceReplies::knotWhoami()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const Result<KnotSource::User> u = KnotSource::parseWhoami(body);
    if (!u) {
        QCOMPARE(QStringLiteral("error"), expected);
        QCOMPARE(u.error().code, ErrorCode::BadFormat);
        return;
    }
    QCOMPARE(QStringLiteral("%1|%2|%3")
                 .arg(u->userId, u->sshPublicKey.value_or(QStringLiteral("<none>")), u->githubUsername),
             expected);
}

void TestSourceReplies::knotSpaces_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("states") << spaces(R"([{"name": "dev", "is_deployed": true},
                                          {"name": "idle"},
                                          {"name": "up", "is_pending": true},
                                          {"name": "down", "is_pending": true, "is_deployed": true},
                                          {"name": "gone", "is_deleting": true, "is_deployed": true}])")
                            << QStringLiteral("dev running wss://knot.example.com/proxy/spaces/dev/ssh/\n"
                                              "idle stopped wss://knot.example.com/proxy/spaces/idle/ssh/\n"
                                              "up starting wss://knot.example.com/proxy/spaces/up/ssh/\n"
                                              "down stopping wss://knot.example.com/proxy/spaces/down/ssh/\n"
                                              "gone stopping wss://knot.example.com/proxy/spaces/gone/ssh/");
    QTest::newRow("no spaces: null") << spaces("null") << QString();
    QTest::newRow("no spaces: missing") << QByteArray(R"({"count": 0})") << QString();
    QTest::newRow("spaces not a list") << spaces(R"("dev")") << QStringLiteral("error");
    QTest::newRow("spaces an object") << spaces(R"({"name": "dev"})") << QStringLiteral("error");
    QTest::newRow("entries that are not spaces")
        << spaces(R"([1, "dev", null, [], {}, {"name": 5}, {"name": ""}, {"name": "ok", "is_deployed": "yes"}])")
        << QStringLiteral("ok stopped wss://knot.example.com/proxy/spaces/ok/ssh/");
    // Names stay what they are (shown escaped, kept out of the ssh config
    // elsewhere), but never leave the tunnel's path.
    QTest::newRow("control characters")
        << spaces(R"([{"name": "evil\nProxyCommand touch /tmp/x"}])")
        << QStringLiteral("evil\\nProxyCommand touch /tmp/x stopped "
                          "wss://knot.example.com/proxy/spaces/evil%0AProxyCommand%20touch%20%2Ftmp%2Fx/ssh/");
    QTest::newRow("a path in the name") << spaces(R"([{"name": "../../api/tokens?x=1#"}])")
                                        << QStringLiteral("../../api/tokens?x=1# stopped "
                                                          "wss://knot.example.com/proxy/spaces/..%2F..%2Fapi%2Ftokens%"
                                                          "3Fx%3D1%23/ssh/");
    QTest::newRow("a huge name") << spaces("[{\"name\": \"" + QByteArray(10000, 'n') + "\"}, {\"name\": \"ok\"}]")
                                 << QStringLiteral("ok stopped wss://knot.example.com/proxy/spaces/ok/ssh/");
    QByteArray many = "[";
    for (qsizetype i = 0; i <= KnotSource::kMaxSpaces; ++i)
        many += "{},";
    many += "{}]";
    QTest::newRow("more spaces than anyone has") << spaces(many) << QStringLiteral("error");
    QTest::newRow("nested without end") << spaces(QByteArray(100000, '[') + QByteArray(100000, ']'))
                                        << QStringLiteral("error");
    QTest::newRow("truncated") << spaces(R"([{"name": "dev", "is_dep)") << QStringLiteral("error");
    QTest::newRow("not JSON") << QByteArray("Bad Gateway") << QStringLiteral("error");
}

void TestSourceReplies::knotSpaces()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const auto r =
        KnotSource::parseSpaces(body, QStringLiteral("work"), QUrl(QStringLiteral("https://knot.example.com")), false);
    QCOMPARE(summary(r), expected);
    if (r) {
        for (const Workspace &w : r.value()) {
            QCOMPARE(w.source, QStringLiteral("work"));
            QVERIFY(w.transport.url.isValid());
            QCOMPARE(w.transport.kind, TransportSpec::Kind::WebSocket);
        }
    }
}

void TestSourceReplies::hubUser_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");

    const QString base = QStringLiteral("wss://hub.example.com/base/user/alice/");
    QTest::newRow("default and named")
        << user(R"({"": {"name": "", "ready": true, "pending": null},
                    "lab": {"name": "lab", "ready": false, "pending": "spawn"},
                    "old": {"name": "old", "ready": false, "stopped": true},
                    "busy": {"ready": true, "pending": "stop"}})")
        << QStringLiteral("default running %1sshd/\nbusy stopping %1busy/sshd/\nlab starting %1lab/sshd/\n"
                          "old stopped %1old/sshd/")
               .arg(base);
    QTest::newRow("old hub without servers, running") << QByteArray(R"({"name": "alice", "server": "/user/alice/"})")
                                                      << QStringLiteral("default running %1sshd/").arg(base);
    QTest::newRow("servers not an object") << user(R"(["lab"])") << QStringLiteral("default stopped %1sshd/").arg(base);
    QTest::newRow("server entries of the wrong type")
        << user(R"({"lab": "running", "x": 5, "y": null})")
        << QStringLiteral("lab stopped %1lab/sshd/\nx stopped %1x/sshd/\ny stopped %1y/sshd/").arg(base);
    QTest::newRow("a server name leaving the path")
        << user(R"({"../../hub/api\n": {"ready": true}})")
        << QStringLiteral("../../hub/api\\n running ") + base + QStringLiteral("..%2F..%2Fhub%2Fapi%0A/sshd/");
    QTest::newRow("another user's token") << user("{}", "bob") << QStringLiteral("error");
    QTest::newRow("the name not a string") << QByteArray(R"({"name": ["alice"]})") << QStringLiteral("error");
    QTest::newRow("not JSON") << QByteArray("<html>403</html>") << QStringLiteral("error");
}

void TestSourceReplies::hubUser()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const auto r = JupyterHubSource::parseUser(body, hubConfig());
    QCOMPARE(summary(r), expected);
    if (r)
        for (const Workspace &w : r.value())
            QCOMPARE(w.user, QStringLiteral("jovyan"));
}

void TestSourceReplies::hubStopped_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("expected"); // "stopped", "pending" or "error"

    QTest::newRow("gone from the list") << user("{}") << QString() << QStringLiteral("stopped");
    QTest::newRow("pending stop") << user(R"({"": {"pending": "stop"}})") << QString() << QStringLiteral("pending");
    QTest::newRow("done") << user(R"({"lab": {"pending": null}})") << QStringLiteral("lab")
                          << QStringLiteral("stopped");
    QTest::newRow("another server pending")
        << user(R"({"x": {"pending": "stop"}})") << QStringLiteral("lab") << QStringLiteral("stopped");
    QTest::newRow("servers of the wrong type")
        << user(R"("lab")") << QStringLiteral("lab") << QStringLiteral("stopped");
    QTest::newRow("not JSON") << QByteArray("oops") << QString() << QStringLiteral("error");
}

void TestSourceReplies::hubStopped()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, server);
    QFETCH(QString, expected);
    const Result<bool> r = JupyterHubSource::parseStopped(body, server);
    QCOMPARE(!r ? QStringLiteral("error") : *r ? QStringLiteral("stopped") : QStringLiteral("pending"), expected);
}

void TestSourceReplies::hubProgressEvent_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected"); // "error", "none", or "<kind> <percent> <message>"

    QTest::newRow("progress") << QByteArray(R"(data: {"progress": 50, "message": "Spawning server..."})")
                              << QStringLiteral("progress 50 Spawning server...");
    QTest::newRow("ready") << QByteArray(R"(data: {"progress": 100, "ready": true, "message": "Server ready at /u/",)"
                                         R"( "url": "/u/"})")
                           << QStringLiteral("ready 100 Server ready at /u/");
    QTest::newRow("failed") << QByteArray(R"(data: {"progress": 100, "failed": true, "message": "Spawn failed"})")
                            << QStringLiteral("failed 100 Spawn failed");
    QTest::newRow("failed and ready: failed")
        << QByteArray(R"(data:{"ready": true, "failed": true})") << QStringLiteral("failed -1 ");
    QTest::newRow("keep-alive comment") << QByteArray(":") << QStringLiteral("none");
    QTest::newRow("blank line") << QByteArray() << QStringLiteral("none");
    QTest::newRow("another field") << QByteArray("event: progress") << QStringLiteral("none");
    QTest::newRow("data not JSON") << QByteArray("data: Spawning") << QStringLiteral("error");
    QTest::newRow("data a list") << QByteArray("data: [1, 2]") << QStringLiteral("error");
    QTest::newRow("data empty") << QByteArray("data:") << QStringLiteral("error");
    QTest::newRow("wrong types") << QByteArray(R"(data: {"progress": "50", "ready": "yes", "message": 7})")
                                 << QStringLiteral("progress -1 ");
    QTest::newRow("progress out of range")
        << QByteArray(R"(data: {"progress": 1e300})") << QStringLiteral("progress 100 ");
    QTest::newRow("negative progress") << QByteArray(R"(data: {"progress": -5})") << QStringLiteral("progress 0 ");
    QTest::newRow("control characters") << QByteArray(R"(data: {"message": "a\u001b[2Jb\nc"})")
                                        << QStringLiteral("progress -1 a\\x1b[2Jb\\nc");
    QTest::newRow("a secret in a failure")
        << QByteArray(R"(data: {"failed": true, "message": "Spawn failed: env JUPYTERHUB_API_TOKEN=f00dfeed1234"})")
        << QStringLiteral("failed -1 Spawn failed: env JUPYTERHUB_API_TOKEN=[redacted]");
    QTest::newRow("a huge message") << "data: {\"message\": \"" + QByteArray(1 << 20, 'm') + "\"}"
                                    << QStringLiteral("progress -1 ") + QString(200, QLatin1Char('m')) + QChar(0x2026);
}

void TestSourceReplies::hubProgressEvent()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    const auto r = JupyterHubSource::parseProgressEvent(line);
    if (!r) {
        QCOMPARE(QStringLiteral("error"), expected);
        QCOMPARE(r.error().code, ErrorCode::BadFormat);
        return;
    }
    using Kind = JupyterHubSource::ProgressEvent::Kind;
    if (r->kind == Kind::None) {
        QCOMPARE(QStringLiteral("none"), expected);
        return;
    }
    const QString kind = r->kind == Kind::Ready    ? QStringLiteral("ready")
                         : r->kind == Kind::Failed ? QStringLiteral("failed")
                                                   : QStringLiteral("progress");
    QCOMPARE(QStringLiteral("%1 %2 %3").arg(kind).arg(r->percent).arg(r->message), expected);
}

void TestSourceReplies::hubContents_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // the text, or "<error>"

    QTest::newRow("a file") << QByteArray(R"({"type": "file", "format": "text", "content": "ssh-ed25519 AAAA a\n"})")
                            << QStringLiteral("ssh-ed25519 AAAA a\n");
    QTest::newRow("empty file") << QByteArray(R"({"type": "file", "format": "text", "content": ""})") << QString();
    // Merging a key into "nothing" would write over the keys that are there.
    QTest::newRow("no content") << QByteArray(R"({"type": "file", "format": "text"})") << QStringLiteral("<error>");
    QTest::newRow("content null") << QByteArray(R"({"type": "file", "content": null})") << QStringLiteral("<error>");
    QTest::newRow("content a number") << QByteArray(R"({"content": 1})") << QStringLiteral("<error>");
    QTest::newRow("base64") << QByteArray(R"({"type": "file", "format": "base64", "content": "c3No"})")
                            << QStringLiteral("<error>");
    QTest::newRow("not JSON") << QByteArray("ssh-ed25519 AAAA") << QStringLiteral("<error>");
}

void TestSourceReplies::hubContents()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    const Result<QString> r = JupyterHubSource::parseContents(body);
    QCOMPARE(r ? *r : QStringLiteral("<error>"), expected);
}

void TestSourceReplies::northflankPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("items"); // -1: an error
    QTest::addColumn<QString>("next"); // empty: the last page
    QTest::newRow("a next page") << QByteArray(R"({"data": {"projects": [{"id": "a"}, {"id": "b"}]},
        "pagination": {"hasNextPage": true, "cursor": "Y3Vy", "count": 2}})")
                                 << 2 << QStringLiteral("Y3Vy");
    QTest::newRow("the last page has no cursor")
        << QByteArray(R"({"data": {"projects": [{"id": "a"}]}, "pagination": {"hasNextPage": false, "count": 1}})") << 1
        << QString();
    QTest::newRow("a cursor without a next page ends")
        << QByteArray(R"({"data": {"projects": []}, "pagination": {"hasNextPage": false, "cursor": "x"}})") << 0
        << QString();
    QTest::newRow("no pagination at all") << QByteArray(R"({"data": {"projects": []}})") << 0 << QString();
    QTest::newRow("another list") << QByteArray(R"({"data": {"services": []}})") << -1 << QString();
    QTest::newRow("not JSON") << QByteArray("<html>") << -1 << QString();
    QTest::newRow("a cursor with a line break")
        << QByteArray(R"({"data": {"projects": []}, "pagination": {"hasNextPage": true, "cursor": "a\nb"}})") << -1
        << QString();
}

void TestSourceReplies::northflankPage()
{
    QFETCH(QByteArray, body);
    QFETCH(int, items);
    QFETCH(QString, next);
    const auto page = NorthflankSource::parsePage(body, QStringLiteral("projects"));
    QCOMPARE(page.ok(), items >= 0);
    if (!page)
        return;
    QCOMPARE(int(page->items.size()), items);
    QCOMPARE(page->next.value_or(QString()), next);
}

void TestSourceReplies::northflankServices()
{
    const auto page = NorthflankSource::parsePage(R"({"data": {"services": [
        {"id": "api", "name": "API", "tags": ["api", "prod"], "serviceType": "combined",
         "status": {"deployment": {"status": "COMPLETED"}}},
        {"id": "worker", "name": "worker", "tags": ["jobs"], "status": {"deployment": {"status": "IN_PROGRESS"}}},
        {"id": "broken", "name": "broken", "status": {"deployment": {"status": "FAILED", "reason": "OOMKilled"}}},
        {"id": "evil\nProxyCommand touch /tmp/pwned", "name": "evil\nname", "tags": ["a\u0007b"]},
        {"name": "no id"}]}})",
                                                  QStringLiteral("services"));
    QVERIFY(page.ok());
    SourceConfig c;
    c.name = QStringLiteral("nf");
    c.kind = QStringLiteral("northflank");
    const QList<Workspace> ws =
        NorthflankSource::servicesToWorkspaces(page->items,
                                               QJsonObject { { QStringLiteral("id"), QStringLiteral("shop") },
                                                             { QStringLiteral("name"), QStringLiteral("Shop") } },
                                               c);
    QCOMPARE(ws.size(), 4); // the one without an id is not a service Keyport can name
    QCOMPARE(ws[0].id(), QStringLiteral("nf.shop.api"));
    QCOMPARE(ws[0].project, QStringLiteral("Shop"));
    QCOMPARE(ws[0].service, QStringLiteral("API"));
    QCOMPARE(ws[0].tags, (QStringList { QStringLiteral("api"), QStringLiteral("prod") }));
    QCOMPARE(ws[0].state, WorkspaceState::Running);
    QCOMPARE(ws[0].user, QStringLiteral("root"));
    // Reached through the CLI's proxy mode, with both ids.
    QVERIFY(ws[0].unreachable.isEmpty());
    QCOMPARE(ws[0].transport.kind, TransportSpec::Kind::CliProxy);
    QCOMPARE(ws[0].transport.projectId, QStringLiteral("shop"));
    QCOMPARE(ws[0].transport.serviceId, QStringLiteral("api"));
    QCOMPARE(ws[1].state, WorkspaceState::Starting);
    QCOMPARE(ws[2].state, WorkspaceState::Unknown);
    bool saidWhy = false;
    for (const Workspace::Detail &d : ws[2].details)
        saidWhy |= d.value.contains(QStringLiteral("OOMKilled"));
    QVERIFY(saidWhy);
    // A hostile id is listed, shown on one line, and can never be connected.
    QVERIFY(ws[3].unreachable.contains(QStringLiteral("ssh host alias")));
    QVERIFY(!hasControlCharacters(ws[3].service) && !hasControlCharacters(ws[3].tags.join(u' ')));
}

void TestSourceReplies::northflankErrors()
{
    HttpResponse r;
    r.status = 429;
    r.retryAfter = "37";
    r.body = R"({"error": {"status": 429, "message": "Too many requests", "id": "err-123"}})";
    Error e = NorthflankSource::replyError(QStringLiteral("nf"), r, Error(ErrorCode::Network, QStringLiteral("x")),
                                           QStringLiteral("list projects"));
    QVERIFY2(e.message.contains(QStringLiteral("in 37 second")), qPrintable(e.message));
    QVERIFY(e.detail.contains(QStringLiteral("err-123")));
    r.status = 401;
    e = NorthflankSource::replyError(QStringLiteral("nf"), r, Error(ErrorCode::Network, QStringLiteral("x")),
                                     QStringLiteral("list projects"));
    QVERIFY2(e.message.contains(QStringLiteral("token")) && e.message.contains(QStringLiteral("nf")),
             qPrintable(e.message));
    r.status = 404;
    r.body = R"({"error": {"status": 404, "message": "Project not found\n\u001b[31m", "id": "e2"}})";
    e = NorthflankSource::replyError(QStringLiteral("nf"), r, Error(ErrorCode::Network, QStringLiteral("x")),
                                     QStringLiteral("list the services of shop"));
    QVERIFY2(e.message.contains(QStringLiteral("Project not found")), qPrintable(e.message));
    QVERIFY(!hasControlCharacters(e.message));
}

void TestSourceReplies::northflankServiceDetails()
{
    const auto service = [] {
        Workspace w;
        w.source = QStringLiteral("nf");
        w.name = QStringLiteral("shop.api");
        w.state = WorkspaceState::Running;
        w.transport.kind = TransportSpec::Kind::CliProxy;
        w.details << Workspace::Detail { QStringLiteral("Deployment"), QStringLiteral("running") };
        return w;
    };
    const auto detail = [](const Workspace &w, const QString &label) {
        for (const Workspace::Detail &d : w.details)
            if (d.label == label)
                return d.value;
        return QString();
    };
    Workspace w = service();
    NorthflankSource::applyServiceDetails(
        w, QJsonDocument::fromJson(R"({"servicePaused": false, "deployment": {"ssh": {"enabled": true}}})").object());
    QVERIFY(w.unreachable.isEmpty());
    QCOMPARE(detail(w, QStringLiteral("SSH")), QStringLiteral("enabled"));
    // Unsaid is not "off": the API treats ssh as optional.
    w = service();
    NorthflankSource::applyServiceDetails(w, QJsonDocument::fromJson(R"({"deployment": {}})").object());
    QVERIFY(w.unreachable.isEmpty() && detail(w, QStringLiteral("SSH")).isEmpty());
    w = service();
    NorthflankSource::applyServiceDetails(
        w, QJsonDocument::fromJson(R"({"deployment": {"ssh": {"enabled": false}}})").object());
    QVERIFY2(w.unreachable.contains(QStringLiteral("SSH is not enabled"))
                 && w.unreachable.contains(QStringLiteral("restart")),
             qPrintable(w.unreachable));
    w = service();
    NorthflankSource::applyServiceDetails(w, QJsonDocument::fromJson(R"({"servicePaused": true})").object());
    QCOMPARE(w.state, WorkspaceState::Stopped);
    QCOMPARE(detail(w, QStringLiteral("Deployment")), QStringLiteral("paused"));
    QVERIFY(w.unreachable.contains(QStringLiteral("Resume")));
}

void TestSourceReplies::northflankCliEndpoint_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("plain") << QByteArray("SSH proxy started on endpoint: 127.24.1.1:37071, stop with Ctrl+C\n")
                           << QStringLiteral("127.24.1.1") << 37071;
    // As a terminal shows it: coloured, after an update notice.
    QTest::newRow("coloured") << QByteArray("\x1b[33mUpdate available\x1b[39m\n\x1b[32mSSH proxy started on "
                                            "endpoint: \x1b[1m127.24.1.2:40001\x1b[22m, stop with Ctrl+C\x1b[39m\n")
                              << QStringLiteral("127.24.1.2") << 40001;
    QTest::newRow("not yet") << QByteArray("Starting SSH proxy...\n") << QString() << 0;
    QTest::newRow("half a line") << QByteArray("SSH proxy started on endpoint: 127.24.1.1:") << QString() << 0;
    QTest::newRow("port out of range") << QByteArray("SSH proxy started on endpoint: 127.0.0.1:70000, stop")
                                       << QString() << 0;
}

void TestSourceReplies::northflankCliEndpoint()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, host);
    QFETCH(int, port);
    const auto endpoint = NorthflankCliProxy::parseEndpoint(output);
    QCOMPARE(endpoint.has_value(), port != 0);
    if (endpoint) {
        QCOMPARE(endpoint->host, host);
        QCOMPARE(int(endpoint->port), port);
    }
}

void TestSourceReplies::platformIdentityChoosesAnOwnKey()
{
    const QString own1 = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOwn1"),
                  own2 = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOwn2"),
                  theirs = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITheirs");
    // A key compares without its comment, however it is spaced.
    QCOMPARE(sshidentities::keyBlob(own2 + QStringLiteral("   laptop@home \n")), own2);
    QCOMPARE(sshidentities::keyBlob(QStringLiteral("ssh-ed25519")), QString());
    const QHash<QString, QString> mine { { own1, QStringLiteral("/k/one") }, { own2, QStringLiteral("/k/two") } };
    // A platform's identity, as parsed: its keys, and one restriction.
    const auto identity = [](const QString &name, const QStringList &keys, const QString &project, const QString &tag) {
        SshIdentity i;
        i.name = name;
        i.id = name;
        i.publicKeys = keys;
        i.projectsEnabled = !project.isEmpty();
        i.projects = i.projectsEnabled ? QStringList { project } : QStringList();
        i.tagsEnabled = !tag.isEmpty();
        i.tags = i.tagsEnabled ? QStringList { tag } : QStringList();
        return i;
    };
    const SshIdentity otherProject = identity(QStringLiteral("other"), { own1 }, QStringLiteral("shop"), {});
    const SshIdentity notMine = identity(QStringLiteral("team"), { theirs }, {}, QStringLiteral("gpu"));
    const SshIdentity gpu = identity(QStringLiteral("gpu boxes"), { theirs, own2 + QStringLiteral(" me@laptop") }, {},
                                     QStringLiteral("gpu"));
    Workspace w;
    w.source = QStringLiteral("nf");
    w.name = QStringLiteral("ml-lab.trainer");
    w.transport.projectId = QStringLiteral("ml-lab");
    w.tags = { QStringLiteral("gpu"), QStringLiteral("prod") };
    // Not admitted (project), admitted but no key of the user's, then the one.
    const QList<SshIdentity> platform { otherProject, notMine, gpu };
    auto chosen = sshidentities::choosePlatform(platform, mine, w);
    QVERIFY(chosen.identity);
    QCOMPARE(chosen.identity->name, QStringLiteral("gpu boxes"));
    QCOMPARE(chosen.keyPath, QStringLiteral("/k/two"));
    // Shown by whether one of them is the user's.
    SshIdentity shown = gpu;
    // (English plurals read "key(s)": no translation is loaded here.)
    QCOMPARE(shown.describeKeys(QString()), QStringLiteral("2 key(s), none of yours"));
    shown.keyPath = chosen.keyPath;
    QCOMPARE(shown.describeKeys(QStringLiteral("id_two")), QStringLiteral("id_two (yours) and 1 other key(s)"));
    // Without the tag, nothing admits it; a host of the user's own config is theirs.
    w.tags = { QStringLiteral("prod") };
    QVERIFY(!sshidentities::choosePlatform(platform, mine, w).identity);
    w.tags = { QStringLiteral("gpu") };
    w.existingAlias = QStringLiteral("trainer");
    QVERIFY(!sshidentities::choosePlatform(platform, mine, w).identity);
}

void TestSourceReplies::northflankCliFailure()
{
    // commander's words in a CLI without `ssh`: which version, and how to get it.
    Error e = NorthflankCliProxy::failure(QStringLiteral("nf.shop.api"), "error: unknown command 'ssh'\n", {});
    QVERIFY2(e.message.contains(QStringLiteral("too old")) && e.message.contains(QStringLiteral("0.10"))
                 && e.message.contains(QStringLiteral("npm install -g @northflank/cli")),
             qPrintable(e.message));
    // The CLI's own words, without its colours and never the token.
    e = NorthflankCliProxy::failure(QStringLiteral("nf.shop.api"),
                                    "\x1b[31mError: Unauthorized token eyJsecret.tok.en\x1b[39m\n", "eyJsecret.tok.en");
    QVERIFY2(e.message.contains(QStringLiteral("Error: Unauthorized"))
                 && e.message.contains(QStringLiteral("nf.shop.api")),
             qPrintable(e.message));
    QVERIFY(!e.message.contains(QStringLiteral("eyJsecret")) && !hasControlCharacters(e.message));
    QVERIFY(!e.message.contains(QStringLiteral("[31m")));
    // The login file is the CLI's own shape, with one context.
    const QJsonObject login =
        QJsonDocument::fromJson(NorthflankCliProxy::loginFile("t0k", QStringLiteral("https://api.northflank.com")))
            .object();
    QCOMPARE(login.value(QStringLiteral("current")).toString(), QStringLiteral("keyport"));
    const QJsonArray contexts = login.value(QStringLiteral("contexts")).toArray();
    QCOMPARE(contexts.size(), 1);
    QCOMPARE(contexts[0].toObject().value(QStringLiteral("token")).toString(), QStringLiteral("t0k"));
    QCOMPARE(contexts[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("keyport"));
    QVERIFY(login.value(QStringLiteral("lastUpdateCheck")).toDouble() > 0);
}

void TestSourceReplies::hubErrorMessage()
{
    QCOMPARE(JupyterHubSource::parseErrorMessage(R"({"status": 400, "message": "alice is already running"})"),
             QStringLiteral("alice is already running"));
    QCOMPARE(JupyterHubSource::parseErrorMessage(R"({"message": "bad\ntoken abcdef123456"})"),
             QStringLiteral("bad\\ntoken [redacted]"));
    QCOMPARE(JupyterHubSource::parseErrorMessage(R"({"message": 5})"), QString());
    QCOMPARE(JupyterHubSource::parseErrorMessage("<html>"), QString());
}

void TestSourceReplies::keyLines_data()
{
    QTest::addColumn<QString>("lines");
    QTest::addColumn<QString>("expected"); // "fingerprint name" a key, "- name" a line Keyport does not read

    QTest::newRow("two keys") << kEd + QStringLiteral(" a\n") + kEc + QStringLiteral(" b")
                              << QStringLiteral("%1 a\n%2 b").arg(kEdFp, kEcFp);
    QTest::newRow("blank and # lines hold none")
        << QStringLiteral("\n# mine\n  \n  #") + kEd + QStringLiteral("\n") + kEd + QStringLiteral(" a\n")
        << kEdFp + QStringLiteral(" a");
    QTest::newRow("no comment") << kEd << kEdFp + QLatin1Char(' ');
    QTest::newRow("comment with spaces") << kEd + QStringLiteral("  my  laptop ")
                                         << kEdFp + QStringLiteral(" my  laptop");
    QTest::newRow("tabs") << QStringLiteral("ssh-ed25519\t") + kEd.section(QLatin1Char(' '), 1) + QStringLiteral("\tt")
                          << kEdFp + QStringLiteral(" t");
    QTest::newRow("CRLF") << kEd + QStringLiteral(" a\r\n") + kEc + QStringLiteral(" b\r\n")
                          << QStringLiteral("%1 a\n%2 b").arg(kEdFp, kEcFp);
    QTest::newRow("options") << QStringLiteral("restrict,from=\"10.0.0.1\" ") + kEd + QStringLiteral(" opt")
                             << kEdFp + QStringLiteral(" opt");
    // sshd's rule: options end at the first blank outside quotes; \" stays inside.
    QTest::newRow("options with quoted blanks")
        << QStringLiteral("command=\"echo \\\"hi there\\\" ssh-ed25519 x\",no-pty ") + kEd + QStringLiteral(" q")
        << kEdFp + QStringLiteral(" q");
    // A line Keyport does not read is named by its start (60 characters).
    const auto unread = [](const QString &line) {
        return QStringLiteral("- ") + line.left(60) + (line.size() > 60 ? QString(QChar(0x2026)) : QString());
    };
    const QString unterminated = QStringLiteral("command=\"echo ") + kEd + QStringLiteral(" q");
    QTest::newRow("unterminated quote") << unterminated << unread(unterminated);
    QTest::newRow("a certificate") << kCert << unread(kCert);
    QTest::newRow("not a key") << QStringLiteral("hello") << QStringLiteral("- hello");
    const QString wrongType = QStringLiteral("ssh-rsa ") + kEd.section(QLatin1Char(' '), 1);
    QTest::newRow("wrong type field") << wrongType << unread(wrongType);
    QTest::newRow("control characters in a comment")
        << kEd + QStringLiteral(" a\x1b[2Jb") << kEdFp + QStringLiteral(" a\\x1b[2Jb");
}

void TestSourceReplies::keyLines()
{
    QFETCH(QString, lines);
    QFETCH(QString, expected);
    QStringList got;
    for (const RegisteredKey &k : keylines::registered(lines)) {
        QCOMPARE(k.key.has_value(), !k.fingerprint.isEmpty());
        QVERIFY(!k.created.isValid());
        if (k.key)
            QCOMPARE(k.key->fingerprint(), k.fingerprint);
        got << QStringLiteral("%1 %2").arg(k.key ? k.fingerprint : QStringLiteral("-"), k.name);
    }
    QCOMPARE(got.join(QLatin1Char('\n')), expected);
}

void TestSourceReplies::keyLinesWithout_data()
{
    QTest::addColumn<QString>("lines");
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("expected"); // the lines left, or "<none>" when no line has the key

    const QString ed = kEd + QStringLiteral(" a"), ec = kEc + QStringLiteral(" b");
    QTest::newRow("first, trailing newline kept")
        << ed + QLatin1Char('\n') + ec + QLatin1Char('\n') << kEdFp << ec + QLatin1Char('\n');
    QTest::newRow("last, trailing newline kept")
        << ed + QLatin1Char('\n') + ec + QLatin1Char('\n') << kEcFp << ed + QLatin1Char('\n');
    QTest::newRow("last, no trailing newline") << ed + QLatin1Char('\n') + ec << kEcFp << ed;
    QTest::newRow("the only line") << ed + QLatin1Char('\n') << kEdFp << QString();
    QTest::newRow("every line with the key")
        << ed + QLatin1Char('\n') + ec + QStringLiteral("\nrestrict ") + kEd + QStringLiteral(" again\n") << kEdFp
        << ec + QLatin1Char('\n');
    QTest::newRow("options line") << QStringLiteral("command=\"a b\" ") + ed + QLatin1Char('\n') + ec << kEdFp << ec;
    const QString others =
        QStringLiteral("# keep me\n\n  \nhello\r\n") + kCert + QStringLiteral("\n  ") + ec + QStringLiteral("  \r");
    QTest::newRow("every other byte kept")
        << others + QLatin1Char('\n') + ed + QStringLiteral("\n\n") << kEdFp << others + QStringLiteral("\n\n");
    QTest::newRow("a # line with the key is a comment")
        << QStringLiteral("#") + ed + QLatin1Char('\n') + ec << kEdFp << QStringLiteral("<none>");
    QTest::newRow("unknown fingerprint") << ed << QStringLiteral("SHA256:nope") << QStringLiteral("<none>");
    QTest::newRow("no fingerprint matches no unread line")
        << QStringLiteral("hello\n") << QString() << QStringLiteral("<none>");
    QTest::newRow("no lines") << QString() << kEdFp << QStringLiteral("<none>");
}

void TestSourceReplies::keyLinesWithout()
{
    QFETCH(QString, lines);
    QFETCH(QString, fingerprint);
    QFETCH(QString, expected);
    const std::optional<QString> rest = keylines::without(lines, fingerprint);
    QCOMPARE(rest.value_or(QStringLiteral("<none>")), expected);
}

void TestSourceReplies::keyLinesContain_data()
{
    QTest::addColumn<QString>("lines");
    QTest::addColumn<bool>("contains"); // whether kEd is among them
    QTest::newRow("plain, another comment") << kEc + QStringLiteral(" b\n") + kEd + QStringLiteral(" other") << true;
    // Registering it again would add a second line without the restriction.
    QTest::newRow("behind options") << QStringLiteral("restrict,command=\"echo hi there\" ") + kEd << true;
    QTest::newRow("indented, CRLF") << QStringLiteral("  ") + kEd + QStringLiteral("\r\n") << true;
    QTest::newRow("a # line is a comment") << QStringLiteral("# ") + kEd << false;
    QTest::newRow("another key only") << kEc << false;
    QTest::newRow("nothing") << QString() << false;
}

void TestSourceReplies::keyLinesContain()
{
    QFETCH(QString, lines);
    QFETCH(bool, contains);
    const auto key = PublicKey::fromOpenSshLine(kEd.toUtf8());
    QVERIFY(key.ok());
    QCOMPARE(keyport::keyLinesContain(lines, *key), contains);
}

// A small deterministic fuzz run: random bytes, and valid replies cut and
// mutated at random places, through every parser. Passing means no crash
// (and no sanitizer report, where the build has sanitizers).
void TestSourceReplies::hostileInputNeverCrashes()
{
    const QByteArrayList seeds {
        spaces(R"([{"name": "dev", "is_deployed": true, "zone": "eu", "platform": "docker"}])"),
        R"({"user_id": "u-1", "ssh_public_key": "ssh-ed25519 AAAA", "github_username": "gh"})",
        user(R"({"": {"ready": true}, "lab": {"pending": "spawn"}})"),
        R"(data: {"progress": 100, "ready": true, "message": "Server ready"})",
        R"({"type": "file", "format": "text", "content": "k"})",
    };
    QRandomGenerator rng(20240611);
    for (int round = 0; round < 3000; ++round) {
        QByteArray input = seeds[round % seeds.size()];
        if (round % 7 == 0) {
            input = QByteArray(int(rng.bounded(512)), Qt::Uninitialized);
            for (char &c : input)
                c = char(rng.bounded(256));
        } else {
            for (int m = int(rng.bounded(1, 6)); m > 0; --m) {
                const int at = int(rng.bounded(qMax<qsizetype>(1, input.size())));
                switch (rng.bounded(4)) {
                case 0:
                    input[at] = char(rng.bounded(256));
                    break;
                case 1:
                    input.truncate(at);
                    break;
                case 2:
                    input.insert(at, "\"\\u0000[{");
                    break;
                default:
                    input.insert(at, input.mid(at, int(rng.bounded(64))));
                }
                if (input.isEmpty())
                    break;
            }
        }
        (void)KnotSource::parseWhoami(input);
        (void)KnotSource::parseSpaces(input, QStringLiteral("w"), QUrl(QStringLiteral("https://k.example")), true);
        (void)JupyterHubSource::parseUser(input, hubConfig());
        (void)JupyterHubSource::parseStopped(input, QString());
        (void)JupyterHubSource::parseProgressEvent(input);
        (void)JupyterHubSource::parseContents(input);
        (void)JupyterHubSource::parseErrorMessage(input);
        (void)keylines::registered(QString::fromUtf8(input));
        (void)keylines::without(QString::fromUtf8(input), QStringLiteral("SHA256:x"));
        (void)PublicKey::fromAuthorizedKeysLine(input);
    }
}

QTEST_GUILESS_MAIN(TestSourceReplies)
#include "tst_sourcereplies.moc"
