// The transfer queue against the sandbox's real sshd: how many run at once,
// pause and resume continuing from the part file, cancel, retry after a
// failure, speed and time left, and a transfer that outlives its connection
// (sshd killed and started again) by reconnecting on its own.
#include "fixtures.h"

#include "session/sftpworker.h"
#include "session/transferqueue.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace keyport;

class TestTransfers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void severalAtOnceAsSet();
    void pauseResumesFromThePartFile();
    void cancelLeavesNoTarget();
    void retryAfterAFailure();
    void droppedConnectionReconnects();

private:
    QString remote(const QString &name) const { return QDir(m_remote->path()).filePath(name); }
    QString local(const QString &name) const { return QDir(m_local->path()).filePath(name); }
    test::SandboxHome m_sandbox;
    std::unique_ptr<QTemporaryDir> m_remote;
    std::unique_ptr<QTemporaryDir> m_local;
};

using State = QueuedTransfer::State;
using Direction = QueuedTransfer::Direction;

namespace {

SftpCopyJob::Options overwrite()
{
    SftpCopyJob::Options o;
    o.recursive = true;
    o.transfer.ifExists = TransferOptions::IfExists::Overwrite;
    return o;
}

// Waits until the transfer is done, failed or cancelled.
bool waitOver(QueuedTransfer *t, int ms)
{
    return QTest::qWaitFor(
        [t] { return t->state() == State::Done || t->state() == State::Failed || t->state() == State::Cancelled; }, ms);
}

// The file's inode: a file copied again is a new one (renamed over).
ino_t inodeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

void TestTransfers::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("ssh");
    m_remote = std::make_unique<QTemporaryDir>();
    m_local = std::make_unique<QTemporaryDir>();
    const QString sandbox = m_sandbox.start();
    QVERIFY2(sandbox.isEmpty(), qPrintable(sandbox));
}

// Three copies with one place: never two running, all done, each exact.
void TestTransfers::severalAtOnceAsSet()
{
    auto worker = test::readySftpWorker();
    QVERIFY(worker);
    TransferQueue queue(worker.get());
    queue.setMaxRunning(1);
    QList<QueuedTransfer *> ts;
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("queued%1.bin").arg(i);
        QVERIFY(test::writeRandomFile(local(name), 48 << 20));
        ts << queue.add(Direction::Upload, { local(name) }, m_remote->path() + QLatin1Char('/'), overwrite(), name);
    }
    int mostRunning = 0;
    for (QueuedTransfer *t : ts)
        connect(t, &QueuedTransfer::changed, this, [&] {
            const int running = int(
                std::count_if(ts.begin(), ts.end(), [](QueuedTransfer *x) { return x->state() == State::Running; }));
            mostRunning = qMax(mostRunning, running);
        });
    QCOMPARE(ts[0]->state(), State::Running);
    QCOMPARE(ts[1]->state(), State::Queued);
    QCOMPARE(queue.activeCount(), 3);
    for (QueuedTransfer *t : ts)
        QVERIFY(waitOver(t, 60000));
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(ts[i]->state() == State::Done, qPrintable(ts[i]->error().oneLine()));
        const QString name = QStringLiteral("queued%1.bin").arg(i);
        QCOMPARE(test::sha256Of(remote(name)), test::sha256Of(local(name)));
        QCOMPARE(ts[i]->done(), qint64(48) << 20);
    }
    QCOMPARE(mostRunning, 1);
    // Speed and time left: tst_transferspanel (300 MiB; these copies can end
    // between two speed samples).
    QCOMPARE(queue.activeCount(), 0);
    queue.clearFinished();
    QVERIFY(queue.transfers().isEmpty());
}

// Paused half-way: no target, the part file holds what arrived; resumed, it
// goes on from there (its progress never starts again at zero) and the
// result is exact.
void TestTransfers::pauseResumesFromThePartFile()
{
    auto worker = test::readySftpWorker();
    QVERIFY(worker);
    TransferQueue queue(worker.get());
    const qint64 size = qint64(300) << 20;
    QVERIFY(test::writeRandomFile(remote(QStringLiteral("paused.bin")), size));
    QueuedTransfer *t = queue.add(Direction::Download, { remote(QStringLiteral("paused.bin")) },
                                  m_local->path() + QLatin1Char('/'), overwrite(), QStringLiteral("paused"));
    QTRY_VERIFY_WITH_TIMEOUT(t->done() >= size / 8, 60000);
    queue.pause(t);
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), State::Paused, 20000);
    QVERIFY(!QFile::exists(local(QStringLiteral("paused.bin"))));
    const qint64 kept = QFileInfo(local(QStringLiteral("paused.bin.keyport-part"))).size();
    QVERIFY2(kept >= size / 8 && kept < size, qPrintable(QString::number(kept)));
    QCOMPARE(queue.activeCount(), 0);

    qint64 lowest = size;
    connect(t, &QueuedTransfer::changed, this, [&] {
        if (t->state() == State::Running && t->done() > 0)
            lowest = qMin(lowest, t->done());
    });
    queue.resume(t);
    QVERIFY(waitOver(t, 60000));
    QVERIFY2(t->state() == State::Done, qPrintable(t->error().oneLine()));
    QVERIFY2(lowest >= kept, qPrintable(QStringLiteral("%1 < %2").arg(lowest).arg(kept)));
    QCOMPARE(t->attempts(), 2);
    QCOMPARE(test::sha256Of(local(QStringLiteral("paused.bin"))), test::sha256Of(remote(QStringLiteral("paused.bin"))));
    QVERIFY(!QFile::exists(local(QStringLiteral("paused.bin.keyport-part"))));
}

void TestTransfers::cancelLeavesNoTarget()
{
    auto worker = test::readySftpWorker();
    QVERIFY(worker);
    TransferQueue queue(worker.get());
    QVERIFY(test::writeRandomFile(local(QStringLiteral("cancelled.bin")), 200 << 20));
    QueuedTransfer *t = queue.add(Direction::Upload, { local(QStringLiteral("cancelled.bin")) },
                                  m_remote->path() + QLatin1Char('/'), overwrite(), QStringLiteral("cancelled"));
    // A second one, queued behind it and cancelled before it ran.
    queue.setMaxRunning(1);
    QueuedTransfer *waiting = queue.add(Direction::Upload, { local(QStringLiteral("cancelled.bin")) },
                                        remote(QStringLiteral("never.bin")), overwrite(), QStringLiteral("never"));
    QTRY_VERIFY_WITH_TIMEOUT(t->done() > 0, 30000);
    QSignalSpy ended(&queue, &TransferQueue::ended);
    queue.cancel(waiting);
    queue.cancel(t);
    QVERIFY(waitOver(t, 30000));
    QCOMPARE(t->state(), State::Cancelled);
    QCOMPARE(waiting->state(), State::Cancelled);
    QCOMPARE(ended.size(), 2);
    QVERIFY(!QFile::exists(remote(QStringLiteral("cancelled.bin"))));
    QVERIFY(!QFile::exists(remote(QStringLiteral("never.bin"))));
}

// A failure that is not the connection's (the source is not there yet):
// Failed with the reason, not retried by itself; Retry after the cause is
// gone finishes it.
void TestTransfers::retryAfterAFailure()
{
    auto worker = test::readySftpWorker();
    QVERIFY(worker);
    TransferQueue queue(worker.get());
    const QString source = remote(QStringLiteral("retry.txt"));
    QueuedTransfer *t = queue.add(Direction::Download, { source }, m_local->path() + QLatin1Char('/'), overwrite(),
                                  QStringLiteral("retry"));
    QVERIFY(waitOver(t, 30000));
    QCOMPARE(t->state(), State::Failed);
    QVERIFY2(t->error().message.contains(QStringLiteral("retry.txt")), qPrintable(t->error().message));
    QCOMPARE(t->attempts(), 1);
    QVERIFY(test::writeFile(source, "retry me"));
    queue.retry(t);
    QVERIFY(waitOver(t, 30000));
    QVERIFY2(t->state() == State::Done, qPrintable(t->error().oneLine()));
    QCOMPARE(t->attempts(), 2);
    QCOMPARE(test::readFile(local(QStringLiteral("retry.txt"))), QByteArray("retry me"));
}

// sshd dies in the middle of a download: the queue says it is
// reconnecting, gets the session back once sshd is there again, and the
// copy continues: the files done before are not copied again, the
// interrupted one goes on from its part file, everything exact.
void TestTransfers::droppedConnectionReconnects()
{
    auto worker = test::readySftpWorker();
    QVERIFY(worker);
    TransferQueue queue(worker.get());
    queue.setReconnectDelays({ 300, 600, 1000 });
    const QString folder = remote(QStringLiteral("dropped"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeRandomFile(QDir(folder).filePath(QStringLiteral("a-small.bin")), 1 << 20));
    QVERIFY(test::writeRandomFile(QDir(folder).filePath(QStringLiteral("b-large.bin")), qint64(300) << 20));
    SftpCopyJob::Options options = overwrite();
    options.parallelFiles = 1; // the small file first, done before the drop
    // Two sources, looked at in order: the small file is done before the drop.
    QVERIFY(QDir().mkpath(local(QStringLiteral("dropped"))));
    QueuedTransfer *t = queue.add(
        Direction::Download,
        { QDir(folder).filePath(QStringLiteral("a-small.bin")), QDir(folder).filePath(QStringLiteral("b-large.bin")) },
        local(QStringLiteral("dropped")) + QLatin1Char('/'), options, QStringLiteral("drop"));
    QSignalSpy reconnecting(&queue, &TransferQueue::reconnecting);
    QSignalSpy reconnected(&queue, &TransferQueue::reconnected);
    const QString part = local(QStringLiteral("dropped/b-large.bin.keyport-part"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() >= (qint64(300) << 20) / 8, 60000);
    const ino_t small = inodeOf(local(QStringLiteral("dropped/a-small.bin")));
    QVERIFY(small != 0);
    QVERIFY(test::killSandboxSshd(m_sandbox.path()));
    QTRY_COMPARE_WITH_TIMEOUT(t->state(), State::Reconnecting, 30000);
    QVERIFY(t->error().code == ErrorCode::Network);
    const qint64 kept = QFileInfo(part).size();
    QVERIFY(!reconnecting.isEmpty());
    qint64 lowest = qint64(1) << 40;
    connect(t, &QueuedTransfer::changed, this, [&] {
        if (t->state() == State::Running && t->done() > 0)
            lowest = qMin(lowest, t->done());
    });
    // A few tries fail while sshd is down; then it is back.
    QTest::qWait(1500);
    auto start = test::runCli(test::args({ "sandbox", "start", "--own-key" }));
    QVERIFY2(start.exitCode == 0, qPrintable(start.describe()));
    QVERIFY(waitOver(t, 120000));
    QVERIFY2(t->state() == State::Done, qPrintable(t->error().oneLine()));
    QVERIFY(reconnected.size() >= 1);
    QVERIFY(t->attempts() >= 2);
    QVERIFY2(lowest >= kept, qPrintable(QStringLiteral("%1 < %2").arg(lowest).arg(kept)));
    QCOMPARE(test::sha256Of(local(QStringLiteral("dropped/b-large.bin"))),
             test::sha256Of(QDir(folder).filePath(QStringLiteral("b-large.bin"))));
    QCOMPARE(test::sha256Of(local(QStringLiteral("dropped/a-small.bin"))),
             test::sha256Of(QDir(folder).filePath(QStringLiteral("a-small.bin"))));
    QCOMPARE(inodeOf(local(QStringLiteral("dropped/a-small.bin"))), small); // not copied again
    QVERIFY(!QFile::exists(part));
    // The browsing session is back too.
    QVERIFY(worker->isReady());
}

QTEST_GUILESS_MAIN(TestTransfers)
#include "tst_transfers.moc"
