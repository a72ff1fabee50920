// The job state machine: start once, finished exactly once, cancel before
// and after start, sub-jobs that finish, fail, or go away with their owner.
#include "common/job.h"

#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace keyport;

namespace {

// Finishes when told to, counting how often its work started.
class ManualJob : public StatusJob {
public:
    explicit ManualJob(QObject *parent = nullptr)
        : StatusJob(parent)
    {
    }
    int runs = 0;
    int aborts = 0;

protected:
    void run() override { ++runs; }
    void abort() override { ++aborts; }
};

// Runs two sub-jobs one after the other; reports what it saw.
class ChainJob : public StatusJob {
public:
    ChainJob(ManualJob *first, ManualJob *second, QObject *parent = nullptr)
        : StatusJob(parent)
        , m_first(first)
        , m_second(second)
    {
    }
    QStringList seen;

protected:
    void run() override
    {
        follow(m_first.data(), [this](ManualJob *a) {
            seen << QStringLiteral("first");
            if (a->failed()) {
                fail(a->error());
                return;
            }
            follow(m_second.data(), [this](ManualJob *b) {
                seen << QStringLiteral("second");
                complete(b->failed() ? Status(b->error()) : Status());
            });
        });
    }

private:
    QPointer<ManualJob> m_first;
    QPointer<ManualJob> m_second;
};

} // namespace

class TestJob : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsFromTheEventLoopOnce();
    void finishesExactlyOnce();
    void deletesItselfAfterFinishing();
    void cancelBeforeStart();
    void cancelWhileRunning();
    void cancelAfterFinishDoesNothing();
    void valueJobCarriesItsResult();
    void taskJobRunsOffThisThread();
    void taskJobCancelledDiscardsTheResult();
    void subJobsRunInOrder();
    void failingSubJobEndsTheParent();
    void cancellingTheParentCancelsSubJobs();
    void subJobDeletedWithItsOwnerEndsTheParent();
    void lostHandlerDecides();
    void ownerDeletedWhileRunningCallsNobody();
    void startJobSkipsADeadContext();
};

void TestJob::runsFromTheEventLoopOnce()
{
    auto *job = new ManualJob;
    job->start();
    QCOMPARE(job->runs, 0); // callers may still connect
    job->start(); // ignored (with a warning)
    QTRY_COMPARE(job->runs, 1);
    QTest::qWait(20);
    QCOMPARE(job->runs, 1);
    job->succeed();
}

void TestJob::finishesExactlyOnce()
{
    auto *job = new ManualJob;
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE(job->runs, 1);
    job->fail(Error(ErrorCode::Network, QStringLiteral("down")));
    job->succeed();
    job->fail(Error(ErrorCode::Io, QStringLiteral("again")));
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->error().code, ErrorCode::Network); // the first outcome stands
}

void TestJob::deletesItselfAfterFinishing()
{
    QPointer<ManualJob> job = new ManualJob;
    job->start();
    QTRY_COMPARE(job->runs, 1);
    job->succeed();
    QVERIFY(job);
    QTRY_VERIFY(!job);
}

void TestJob::cancelBeforeStart()
{
    auto *job = new ManualJob;
    QSignalSpy finished(job, &Job::finished);
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(job->wasCancelled());
    QCOMPARE(job->aborts, 0); // nothing was in flight
    job->start();
    QTest::qWait(20);
    QCOMPARE(job->runs, 0); // a cancelled job never runs
    QCOMPARE(finished.count(), 1);
}

void TestJob::cancelWhileRunning()
{
    auto *job = new ManualJob;
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE(job->runs, 1);
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(job->aborts, 1);
    QCOMPARE(job->error().code, ErrorCode::Cancelled);
    job->succeed(); // the work's late answer is ignored
    QCOMPARE(finished.count(), 1);
    QVERIFY(job->wasCancelled());
}

void TestJob::cancelAfterFinishDoesNothing()
{
    auto *job = new ManualJob;
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTRY_COMPARE(job->runs, 1);
    job->succeed();
    job->cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!job->failed());
    QCOMPARE(job->aborts, 0);
}

void TestJob::valueJobCarriesItsResult()
{
    auto *job = new ValueJob<QString>([](ValueJob<QString> *self) { self->succeed(QStringLiteral("forty-two")); });
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QVERIFY(finished.wait(1000));
    QVERIFY(!job->failed());
    QCOMPARE(job->value(), QStringLiteral("forty-two"));

    auto *bad = finishedJob(Result<int>(Error(ErrorCode::NotFound, QStringLiteral("nope"))), nullptr);
    QSignalSpy badFinished(bad, &Job::finished);
    bad->start();
    QVERIFY(badFinished.wait(1000));
    QCOMPARE(bad->error().code, ErrorCode::NotFound);
}

void TestJob::taskJobRunsOffThisThread()
{
    QThread *caller = QThread::currentThread();
    auto *job = new TaskJob<bool>([caller] { return Result<bool>(QThread::currentThread() != caller); });
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QVERIFY(finished.wait(5000));
    QVERIFY(job->value());
    auto *failing = new TaskJob<void>([] { return Status(Error(ErrorCode::Io, QStringLiteral("disk"))); });
    QSignalSpy failed(failing, &Job::finished);
    failing->start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failing->error().code, ErrorCode::Io);
}

void TestJob::taskJobCancelledDiscardsTheResult()
{
    QSemaphore release;
    auto *job = new TaskJob<int>([&release] {
        release.acquire();
        return Result<int>(7);
    });
    QSignalSpy finished(job, &Job::finished);
    job->start();
    QTest::qWait(50); // the work is under way
    job->cancel();
    QCOMPARE(finished.count(), 1);
    release.release();
    QTest::qWait(100); // its result arrives and is ignored
    QCOMPARE(finished.count(), 1);
}

void TestJob::subJobsRunInOrder()
{
    auto *first = new ManualJob, *second = new ManualJob;
    auto *chain = new ChainJob(first, second);
    QSignalSpy finished(chain, &Job::finished);
    chain->start();
    QTRY_COMPARE(first->runs, 1); // follow() starts the sub-job
    QCOMPARE(second->runs, 0);
    first->succeed();
    QTRY_COMPARE(second->runs, 1);
    QCOMPARE(finished.count(), 0);
    second->succeed();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!chain->failed());
    QCOMPARE(chain->seen, (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
}

void TestJob::failingSubJobEndsTheParent()
{
    auto *first = new ManualJob, *second = new ManualJob;
    QPointer<ManualJob> secondAlive(second);
    auto *chain = new ChainJob(first, second);
    QSignalSpy finished(chain, &Job::finished);
    chain->start();
    QTRY_COMPARE(first->runs, 1);
    first->fail(Error(ErrorCode::PermissionDenied, QStringLiteral("403")));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(chain->error().code, ErrorCode::PermissionDenied);
    QTest::qWait(20);
    QCOMPARE(second->runs, 0);
    delete second;
}

void TestJob::cancellingTheParentCancelsSubJobs()
{
    auto *first = new ManualJob, *second = new ManualJob;
    auto *chain = new ChainJob(first, second);
    QSignalSpy chainFinished(chain, &Job::finished);
    QSignalSpy firstFinished(first, &Job::finished);
    chain->start();
    QTRY_COMPARE(first->runs, 1);
    chain->cancel();
    QCOMPARE(chainFinished.count(), 1);
    QVERIFY(chain->wasCancelled());
    QCOMPARE(firstFinished.count(), 1);
    QVERIFY(first->wasCancelled());
    QCOMPARE(first->aborts, 1);
    // The cancelled sub-job's end does not run the parent's next step.
    QCOMPARE(chain->seen, QStringList());
    QTest::qWait(20);
    QCOMPARE(second->runs, 0);
    delete second;
}

void TestJob::subJobDeletedWithItsOwnerEndsTheParent()
{
    // A listing whose source is removed while it lists: the sub-job is
    // parented to the source and dies with it, without finishing.
    auto *owner = new QObject;
    auto *first = new ManualJob(owner), *second = new ManualJob;
    auto *chain = new ChainJob(first, second);
    QSignalSpy finished(chain, &Job::finished);
    chain->start();
    QTRY_COMPARE(first->runs, 1);
    delete owner;
    QCOMPARE(finished.count(), 1);
    QVERIFY(chain->failed());
    QCOMPARE(chain->seen, QStringList());
    delete second;
}

void TestJob::lostHandlerDecides()
{
    auto *owner = new QObject;
    auto *sub = new ManualJob(owner);
    bool lost = false;
    auto *parent = new StatusJob([&lost, sub](StatusJob *self) {
        self->follow(
            sub, [self](ManualJob *) { self->fail(Error(ErrorCode::Internal, QStringLiteral("not this way"))); },
            [self, &lost] {
                lost = true;
                self->succeed(); // this parent can do without
            });
    });
    QSignalSpy finished(parent, &Job::finished);
    parent->start();
    QTRY_COMPARE(sub->runs, 1);
    delete owner;
    QVERIFY(lost);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!parent->failed());
}

void TestJob::ownerDeletedWhileRunningCallsNobody()
{
    // A page with a job in flight is closed: the job goes with it, and no
    // callback runs into the half-destroyed page.
    auto *owner = new QObject;
    auto *job = new ManualJob(owner);
    int called = 0;
    startJob(job, owner, [&called](ManualJob *) { ++called; });
    QSignalSpy finished(job, &Job::finished);
    QTRY_COMPARE(job->runs, 1);
    delete owner;
    QTest::qWait(20);
    QCOMPARE(called, 0);
    QCOMPARE(finished.count(), 0);
}

void TestJob::startJobSkipsADeadContext()
{
    auto *context = new QObject;
    auto *job = new ManualJob; // lives on after the context
    int called = 0;
    startJob(job, context, [&called](ManualJob *) { ++called; });
    QTRY_COMPARE(job->runs, 1);
    delete context;
    job->succeed();
    QCOMPARE(called, 0);
}

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
