// JupyterHubSource::start() against a stand-in hub in the test process that
// answers the start with 202 and then sends the progress stream over time, as
// JupyterHub does while a spawner works: each event's message must reach
// progress() when it arrives, and the last event ends the job.
#include "sources/jupyterhub/jupyterhubsource.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace keyport;
using keyport::test::Request;
using keyport::test::runJob;
using keyport::test::TestHttpServer;

namespace {
const QByteArray kToken = "hub-test-token-1234";
} // namespace

class TestJupyterHubStart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void progressArrivesAsItComes_data();
    void progressArrivesAsItComes();
    void refusedProgressStream();
};

void TestJupyterHubStart::progressArrivesAsItComes_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<QByteArrayList>("events");
    QTest::addColumn<QStringList>("progress");
    QTest::addColumn<QString>("failure"); // empty: the job succeeds

    const QByteArrayList start { "data: {\"progress\": 0, \"message\": \"Server requested\"}\n\n",
                                 ":\n\n", // JupyterHub's keep-alive comment
                                 "data: {\"progress\": 50, \"message\": \"Spawning server...\"}\n\n" };
    const QByteArray ready = "data: {\"progress\": 100, \"ready\": true, \"message\": \"Server ready at "
                             "/user/alice/\", \"html_message\": \"<a>\", \"url\": \"/user/alice/\"}\n\n";
    const QByteArray failed =
        "data: {\"progress\": 100, \"failed\": true, \"message\": \"Spawn failed: out of memory\"}\n\n";
    const QStringList messages { QStringLiteral("Server requested"), QStringLiteral("Spawning server...") };
    QTest::newRow("ready, chunked") << true << (start + QByteArrayList { ready })
                                    << (messages + QStringList { QStringLiteral("Server ready at /user/alice/") })
                                    << QString();
    QTest::newRow("ready, until close") << false << (start + QByteArrayList { ready })
                                        << (messages + QStringList { QStringLiteral("Server ready at /user/alice/") })
                                        << QString();
    QTest::newRow("failed") << true << (start + QByteArrayList { failed })
                            << (messages + QStringList { QStringLiteral("Spawn failed: out of memory") })
                            << QStringLiteral("Spawn failed: out of memory");
    QTest::newRow("ended without a last event")
        << false << start << messages << QStringLiteral("JupyterHub could not start hub.default");
}

void TestJupyterHubStart::progressArrivesAsItComes()
{
    QFETCH(bool, chunked);
    QFETCH(QByteArrayList, events);
    QFETCH(QStringList, progress);
    QFETCH(QString, failure);

    QElapsedTimer clock;
    clock.start();
    QList<qint64> sentAt;
    TestHttpServer hub([&](QTcpSocket *sock, const Request &r) {
        if (r.headers.value("authorization") != "token " + kToken)
            TestHttpServer::answer(sock, 403, "{\"message\": \"no token\"}");
        else if (r.method == "POST" && r.target == "/hub/api/users/alice/server")
            TestHttpServer::answer(sock, 202, {});
        else if (r.method == "GET" && r.target == "/hub/api/users/alice/server/progress")
            TestHttpServer::streamParts(sock, events, 300, chunked, clock, &sentAt);
        else
            TestHttpServer::answer(sock, 404, "{\"message\": \"not here\"}");
    });
    SourceConfig config;
    config.name = QStringLiteral("hub");
    config.kind = QStringLiteral("jupyterhub");
    config.url = hub.url().toString();
    config.hubUser = QStringLiteral("alice");
    JupyterHubSource source(config, nullptr);
    source.presetToken(kToken);
    Workspace w;
    w.source = QStringLiteral("hub");
    w.name = QStringLiteral("default");

    StatusJob *job = source.start(w);
    QStringList said;
    QList<qint64> saidAt;
    connect(job, &Job::progress, this, [&](const QString &what) {
        said << what;
        saidAt << clock.elapsed();
    });
    const Error e = runJob(job);
    QCOMPARE(hub.requests.size(), 2);
    QCOMPARE(said, progress);
    QCOMPARE(sentAt.size(), events.size());
    // Progress as it happens, not in one burst at the end.
    QVERIFY2(saidAt.first() < sentAt.last(),
             qPrintable(QStringLiteral("first progress at %1 ms, last event sent at %2 ms")
                            .arg(saidAt.first())
                            .arg(sentAt.last())));
    if (failure.isEmpty()) {
        QVERIFY2(!e.isError(), qPrintable(e.oneLine()));
    } else {
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(failure), qPrintable(e.message));
    }
}

// The progress endpoint refusing: the job fails with the hub's reason.
void TestJupyterHubStart::refusedProgressStream()
{
    TestHttpServer hub([&](QTcpSocket *sock, const Request &r) {
        if (r.method == "POST")
            TestHttpServer::answer(sock, 202, {});
        else
            TestHttpServer::answer(sock, 404, "{\"message\": \"No such server\"}");
    });
    SourceConfig config;
    config.name = QStringLiteral("hub");
    config.kind = QStringLiteral("jupyterhub");
    config.url = hub.url().toString();
    config.hubUser = QStringLiteral("alice");
    JupyterHubSource source(config, nullptr);
    source.presetToken(kToken);
    Workspace w;
    w.source = QStringLiteral("hub");
    w.name = QStringLiteral("lab");
    const Error e = runJob(source.start(w));
    QVERIFY(e.isError());
    QCOMPARE(hub.requests.size(), 2);
    QCOMPARE(hub.requests[1].target, QByteArray("/hub/api/users/alice/servers/lab/progress"));
    QVERIFY2(e.oneLine().contains(QLatin1String("404")), qPrintable(e.oneLine()));
}

QTEST_GUILESS_MAIN(TestJupyterHubStart)
#include "tst_jupyterhubstart.moc"
