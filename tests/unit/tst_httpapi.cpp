// HttpApi against a small HTTP server in the test process, which answers
// exactly what each test needs: error replies that echo the request's token
// and carry secrets of their own (none of them may reach an Error).
#include "sources/httpapi.h"
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

namespace {

const QByteArray kToken = "kp-test+token/7f3a9c==";

struct Request {
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// HTTP/1.1 on loopback, one request per connection: the handler writes the
// answer (all at once, or over time) and closes the socket.
class TestHttpServer : public QObject {
public:
    using Handler = std::function<void(QTcpSocket *, const Request &)>;
    explicit TestHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *sock = m_server.nextPendingConnection()) {
                connect(sock, &QTcpSocket::readyRead, sock, [this, sock] { read(sock); });
                connect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QList<Request> requests;

    static void answer(QTcpSocket *sock, int status, const QByteArray &body,
                       const QByteArray &type = "application/json")
    {
        sock->write("HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + type
                    + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                    + body);
        sock->disconnectFromHost();
    }

private:
    void read(QTcpSocket *sock)
    {
        const QByteArray peeked = sock->peek(1 << 20);
        const qsizetype end = peeked.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        const QList<QByteArray> lines = peeked.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype c = lines[i].indexOf(':');
            if (c > 0)
                r.headers.insert(lines[i].left(c).trimmed().toLower(), lines[i].mid(c + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (peeked.size() < end + 4 + length)
            return;
        r.body = sock->read(end + 4 + length).mid(end + 4);
        disconnect(sock, &QTcpSocket::readyRead, nullptr, nullptr);
        requests << r;
        m_handler(sock, r);
    }

    QTcpServer m_server;
    Handler m_handler;
};

// Runs `job` to its end; returns its error.
template <typename J> Error run(J *job, int timeoutMs = 10000)
{
    Error error;
    bool done = false;
    QObject context;
    startJob(job, &context, [&](J *j) {
        error = j->error();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        return Error(ErrorCode::Internal, QStringLiteral("the job did not finish in time"));
    return error;
}

} // namespace

class TestHttpApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redactsSecretsKeepsProse_data();
    void redactsSecretsKeepsProse();
    void errorDetailsHideSecrets_data();
    void errorDetailsHideSecrets();
};

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
    const Error e = run(api.request("GET", QStringLiteral("/api/echo")));
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

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
