// HttpApi against a small HTTP server in the test process, which answers
// exactly what each test needs: error replies that echo the request's token
// and carry secrets of their own (none of them may reach an Error).
#include "sources/httpapi.h"
#include "testhttpserver.h"
#include "transport/redaction.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace keyport;
using keyport::test::Request;
using keyport::test::runJob;
using keyport::test::TestHttpServer;

namespace {

const QByteArray kToken = "kp-test+token/7f3a9c==";

} // namespace

class TestHttpApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redactsSecretsKeepsProse_data();
    void redactsSecretsKeepsProse();
    void errorDetailsHideSecrets_data();
    void errorDetailsHideSecrets();
    void streamHandsOnLinesAsTheyArrive_data();
    void streamHandsOnLinesAsTheyArrive();
    void activeStreamOutlivesTheTimeout();
    void silentStreamTimesOut();
    void streamErrorIsNotStreamed();
    void streamIsCapped();
    void receiverCanEndTheStream();
    void presetTokenOutlivesTheCallersWipe();

private:
    // Streams `parts` from a test server and collects the lines as they come.
    struct Streamed {
        Error error;
        QByteArrayList lines;
        QList<qint64> receivedAt, sentAt;
    };
    Streamed streamFrom(const QByteArrayList &parts, int intervalMs, bool chunked, bool end = true,
                        std::function<void(HttpStreamJob *, const QByteArray &)> onLine = {});
};

TestHttpApi::Streamed TestHttpApi::streamFrom(const QByteArrayList &parts, int intervalMs, bool chunked, bool end,
                                              std::function<void(HttpStreamJob *, const QByteArray &)> onLine)
{
    Streamed out;
    QElapsedTimer clock;
    clock.start();
    TestHttpServer server([&](QTcpSocket *sock, const Request &) {
        TestHttpServer::streamParts(sock, parts, intervalMs, chunked, clock, &out.sentAt, end);
    });
    HttpApi api(server.url(), QStringLiteral("unused"), "Bearer", false);
    api.setToken(kToken);
    HttpStreamJob *job = api.stream("GET", QStringLiteral("/events?since=0"));
    connect(job, &HttpStreamJob::line, this, [&, job](const QByteArray &line) {
        out.lines << line;
        out.receivedAt << clock.elapsed();
        if (onLine)
            onLine(job, line);
    });
    out.error = runJob(job);
    if (!server.requests.isEmpty()) {
        // The same request as any other: token in the header, the Accept asked for, the query kept.
        if (server.requests[0].headers.value("authorization") != "Bearer " + kToken
            || server.requests[0].headers.value("accept") != "text/event-stream"
            || server.requests[0].target != "/events?since=0")
            out.error = Error(ErrorCode::Internal, QStringLiteral("the stream's request is wrong"));
    }
    return out;
}

void TestHttpApi::streamHandsOnLinesAsTheyArrive_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("chunked") << true;
    QTest::newRow("until the connection closes") << false;
}

// Each line is handed on when it arrives, not when the answer ends; CRLF and
// a last line without a line break included.
void TestHttpApi::streamHandsOnLinesAsTheyArrive()
{
    QFETCH(bool, chunked);
    const Streamed s = streamFrom({ "data: one\n\n", "data: two\r\n", "data: thr", "ee\nlast" }, 300, chunked);
    QVERIFY2(!s.error.isError(), qPrintable(s.error.oneLine()));
    QCOMPARE(s.lines, (QByteArrayList { "data: one", "", "data: two", "data: three", "last" }));
    QCOMPARE(s.sentAt.size(), 4);
    QVERIFY2(s.receivedAt.first() < s.sentAt.last(),
             qPrintable(QStringLiteral("first line at %1 ms, last part sent at %2 ms")
                            .arg(s.receivedAt.first())
                            .arg(s.sentAt.last())));
    QVERIFY(s.receivedAt[2] < s.sentAt[2]); // "data: two" before the next part was sent
}

// The timeout is for silence, not for the whole stream.
void TestHttpApi::activeStreamOutlivesTheTimeout()
{
    const int saved = HttpApi::timeoutMs;
    HttpApi::timeoutMs = 400;
    QByteArrayList parts;
    for (int i = 0; i < 10; ++i)
        parts << "data: " + QByteArray::number(i) + "\n";
    const Streamed s = streamFrom(parts, 150, true);
    HttpApi::timeoutMs = saved;
    QVERIFY2(!s.error.isError(), qPrintable(s.error.oneLine()));
    QCOMPARE(s.lines.size(), 10);
    QVERIFY(s.sentAt.last() > 1000); // more than twice the timeout in all
}

void TestHttpApi::silentStreamTimesOut()
{
    const int saved = HttpApi::timeoutMs;
    HttpApi::timeoutMs = 400;
    QElapsedTimer t;
    t.start();
    const Streamed s = streamFrom({ "data: hello\n" }, 100, true, false); // then silence, the connection open
    HttpApi::timeoutMs = saved;
    QCOMPARE(s.lines, QByteArrayList { "data: hello" });
    QCOMPARE(s.error.code, ErrorCode::Timeout);
    QVERIFY2(s.error.message.contains(QLatin1String("did not answer")), qPrintable(s.error.message));
    QVERIFY(t.elapsed() < 5000);
}

// An error answer is not the stream asked for: no lines, an error as for any request.
void TestHttpApi::streamErrorIsNotStreamed()
{
    TestHttpServer server([](QTcpSocket *sock, const Request &r) {
        TestHttpServer::answer(
            sock, 403, "data: {\"message\": \"forbidden\", \"auth\": \"" + r.headers.value("authorization") + "\"}\n");
    });
    HttpApi api(server.url(), QStringLiteral("unused"), "Bearer", false);
    api.setToken(kToken);
    HttpStreamJob *job = api.stream("GET", QStringLiteral("/events"));
    QSignalSpy lines(job, &HttpStreamJob::line);
    int status = 0;
    QByteArray body;
    connect(job, &Job::finished, this, [&, job] {
        status = job->response().status;
        body = job->response().body;
    });
    const Error e = runJob(job);
    QCOMPARE(lines.size(), 0);
    QCOMPARE(status, 403);
    QVERIFY(body.contains("forbidden")); // for the caller's own words
    QVERIFY2(e.message.contains(QLatin1String("403")), qPrintable(e.message));
    QVERIFY2(e.detail.contains(QLatin1String("forbidden")), qPrintable(e.detail));
    QVERIFY2(!e.detail.contains(QString::fromLatin1(kToken)), qPrintable(e.detail));
}

void TestHttpApi::streamIsCapped()
{
    const qint64 saved = HttpApi::maxResponseSize;
    HttpApi::maxResponseSize = 4000;
    QByteArrayList parts;
    for (int i = 0; i < 10; ++i)
        parts << QByteArray(999, 'x') + '\n';
    const Streamed s = streamFrom(parts, 20, true);
    HttpApi::maxResponseSize = saved;
    QVERIFY2(s.error.isError() && s.error.message.contains(QLatin1String("larger than")),
             qPrintable(s.error.oneLine()));
    QVERIFY(s.lines.size() <= 4);
}

// A receiver that has what it needs ends the stream: no line after that,
// and the request is aborted rather than left to run.
void TestHttpApi::receiverCanEndTheStream()
{
    QByteArrayList parts;
    for (int i = 0; i < 5; ++i)
        parts << "data: " + QByteArray::number(i) + "\n";
    const Streamed s = streamFrom(parts, 100, true, true, [](HttpStreamJob *job, const QByteArray &line) {
        if (line == "data: 1")
            job->cancel();
    });
    QCOMPARE(s.error.code, ErrorCode::Cancelled);
    QCOMPARE(s.lines, (QByteArrayList { "data: 0", "data: 1" }));
}

void TestHttpApi::redactsSecretsKeepsProse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *text, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("prose", "the token expired; log in again", "the token expired; log in again");
    row("known value", "you sent kp-test+token/7f3a9c== twice", "you sent [redacted] twice");
    row("known value, percent-encoded", "?t=kp-test%2Btoken%2F7f3a9c%3D%3D", "?t=[redacted]");
    row("bearer", "Bearer abcdef123456", "Bearer [redacted]");
    row("hub token scheme", "Authorization: token 0123abcd", "Authorization: [redacted]");
    row("json string", R"({"session_token": "s-1", "name": "x"})", R"({"session_token": "[redacted]", "name": "x"})");
    row("json number", R"({"pin_code": 1, "auth": 1234})", R"({"pin_code": 1, "auth": [redacted]})");
    row("json escaped quote", R"({"password": "a\"b", "ok": 1})", R"({"password": "[redacted]", "ok": 1})");
    row("python", "{'client_secret': 'x y'}", "{'client_secret': '[redacted]'}");
    row("form", "user=alice&password=hunter2&next=/", "user=alice&password=[redacted]&next=/");
    row("cookie header", "Set-Cookie: sid=1; HttpOnly", "Set-Cookie: [redacted]");
    row("opaque", "id 0123456789abcdef0123456789abcdef.", "id [redacted].");
    row("long word without digits", "Supercalifragilisticexpialidociousness", "Supercalifragilisticexpialidociousness");
}

void TestHttpApi::redactsSecretsKeepsProse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(redactSecrets(text, { kToken }), expected);
}

void TestHttpApi::errorDetailsHideSecrets_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArrayList>("secrets"); // besides the token
    QTest::addColumn<QString>("kept"); // words of the reply that still explain it

    // {AUTH} becomes the Authorization header the server received.
    QTest::newRow("json echo of the request")
        << 400 << QByteArray("application/json")
        << QByteArray(R"({"message":"bad request","request":{"headers":{"Authorization":"{AUTH}"}},)"
                      R"("session_token":"sess-9f8e7d6c","password":"hunter2!","api_key":12345678})")
        << QByteArrayList { "sess-9f8e7d6c", "hunter2!", "12345678" } << QStringLiteral("bad request");
    QTest::newRow("raw echo of the headers")
        << 400 << QByteArray("text/plain")
        << QByteArray("You sent:\r\nGET /api/echo HTTP/1.1\r\nAuthorization: {AUTH}\r\nCookie: sid=c00k1e-v4lue\r\n")
        << QByteArrayList { "c00k1e-v4lue" } << QStringLiteral("You sent");
    QTest::newRow("html page naming the token")
        << 500 << QByteArray("text/html")
        << QByteArray("<html><body><h1>Oops</h1><p>token {TOKEN} is not valid; login?password=pa55word&x=1</p>"
                      "</body></html>")
        << QByteArrayList { "pa55word" } << QStringLiteral("Oops");
    QTest::newRow("python dict and a token of the server's own")
        << 502 << QByteArray("text/plain")
        << QByteArray("upstream said {'secret': 'sh-h-h-9', 'user': 'alice'} with "
                      "ghp_0123456789abcdefABCDEF0123456789abcd and eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl")
        << QByteArrayList { "sh-h-h-9", "ghp_0123456789abcdefABCDEF0123456789abcd", "eyJzdWIiOi" }
        << QStringLiteral("upstream said");
    QTest::newRow("the token percent-encoded, and control characters")
        << 404 << QByteArray("text/plain") << QByteArray("no route for /x?t={TOKEN_URL}\x1b[31m red")
        << QByteArrayList { "\x1b" } << QStringLiteral("no route");
}

// A server that echoes the request (its Authorization header) or puts
// secrets in its error page: the Error shows what it said, without them.
void TestHttpApi::errorDetailsHideSecrets()
{
    QFETCH(int, status);
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, body);
    QFETCH(QByteArrayList, secrets);
    QFETCH(QString, kept);
    TestHttpServer server([&](QTcpSocket *sock, const Request &r) {
        QByteArray reply = body;
        reply.replace("{AUTH}", r.headers.value("authorization"));
        reply.replace("{TOKEN}", kToken);
        reply.replace("{TOKEN_URL}", QUrl::toPercentEncoding(QString::fromLatin1(kToken)));
        TestHttpServer::answer(sock, status, reply, type);
    });
    HttpApi api(server.url(), QStringLiteral("unused"), "Bearer", false);
    api.setToken(kToken);
    const Error e = runJob(api.request("GET", QStringLiteral("/api/echo")));
    QVERIFY(e.isError());
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests[0].headers.value("authorization"), "Bearer " + kToken);
    const QString shown = e.message + QLatin1Char('\n') + e.detail;
    QVERIFY2(!shown.contains(QString::fromLatin1(kToken)), qPrintable(shown));
    for (const QByteArray &secret : std::as_const(secrets))
        QVERIFY2(!shown.contains(QString::fromUtf8(secret)),
                 qPrintable(QString::fromUtf8(secret) + QStringLiteral(" in: ") + shown));
    QVERIFY2(e.message.contains(QString::number(status)), qPrintable(e.message));
    QVERIFY2(e.detail.contains(kept), qPrintable(e.detail));
    QVERIFY2(e.detail.contains(QLatin1String("/api/echo")), qPrintable(e.detail));
}

// Adding a source hands the same token to the source and to the keychain
// write, which wipes its copy when it ends: the source's must stay intact.
void TestHttpApi::presetTokenOutlivesTheCallersWipe()
{
    TestHttpServer server([](QTcpSocket *sock, const Request &) { TestHttpServer::answer(sock, 200, "{}"); });
    HttpApi api(server.url(), QStringLiteral("unused"), "Bearer", false);
    QByteArray handedOver = kToken;
    handedOver.detach(); // a heap buffer, as a token typed or read is
    api.setToken(handedOver);
    wipe(handedOver);
    const Error e = runJob(api.request("GET", QStringLiteral("/api/users/whoami")));
    QVERIFY2(!e.isError(), qPrintable(e.message));
    QCOMPARE(server.requests.size(), 1);
    QCOMPARE(server.requests[0].headers.value("authorization"), "Bearer " + kToken);
}

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
