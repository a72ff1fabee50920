#pragma once

#include "result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace keyport {

// Long work is a Job, shaped as KDE's KJob:
// - it is created unstarted; whoever created it connects to finished() and
//   calls start(), exactly once (startJob() does both);
// - progress() along the way;
// - finished() exactly once, whatever happens to the work: done, failed,
//   cancel()ed (error Cancelled), or a followed sub-job that went away
//   without finishing (its owner was deleted);
// - then it deletes itself.
// A job destroyed while it runs (its owner went away) is not finished, it is
// gone: a job that follow()s it hears of it and finishes; a front end's
// receiver was that owner, or lives in it.
// A failed job carries an Error a person can act on; its result is only
// valid when it did not fail.
class Job : public QObject {
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    // Runs the work from the event loop, so callers can still connect.
    // A second call does nothing.
    void start();
    // Ends the job with ErrorCode::Cancelled: at once when it has not run
    // yet, else after abort() stopped what is in flight. Followed sub-jobs
    // are cancelled too. Does nothing once the job finished.
    void cancel();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    bool failed() const { return m_error.isError(); }
    bool wasCancelled() const { return m_error.code == ErrorCode::Cancelled; }

    // Makes `sub` a part of this job: starts it (if not started), calls
    // `then(sub)` when it finishes while this job still runs, and cancels it
    // with this job. A sub-job destroyed before it finished calls `lost`, or
    // ends this job with an error when there is none.
    template <typename J, typename F> J *follow(J *sub, F then, std::function<void()> lost = {})
    {
        static_assert(std::is_base_of_v<Job, J>);
        m_subJobs << QPointer<Job>(sub);
        auto done = std::make_shared<bool>(false);
        connect(sub, &Job::finished, this, [this, sub, done, then]() mutable {
            *done = true;
            if (!m_finished)
                then(sub);
        });
        connect(sub, &QObject::destroyed, this, [this, done, lost] {
            if (*done || m_finished)
                return;
            if (lost)
                lost();
            else
                finish(Error(ErrorCode::Internal, tr("A part of this task ended without finishing.")));
        });
        sub->start();
        return sub;
    }

Q_SIGNALS:
    void progress(const QString &what);
    void finished();

protected:
    virtual void run() = 0;
    // Stops work in flight on cancel(); followed sub-jobs are cancelled for you.
    virtual void abort() {}
    // Ends the job; later calls (and calls after cancel()) are ignored.
    void finish(const Error &error = {});

private:
    QList<QPointer<Job>> m_subJobs;
    Error m_error;
    bool m_started = false;
    bool m_finished = false;
};

// What ValueJob<T> and ValueJob<void> share: the work, given as a function
// that is handed the job (and later ends it), or a subclass's run().
template <typename Self> class WorkJob : public Job {
public:
    using Work = std::function<void(Self *)>;
    explicit WorkJob(Work work, QObject *parent = nullptr)
        : Job(parent)
        , m_work(std::move(work))
    {
    }
    void fail(const Error &error) { finish(error.isError() ? error : Error(ErrorCode::Internal, Job::tr("Failed."))); }

protected:
    explicit WorkJob(QObject *parent = nullptr)
        : Job(parent)
    {
    }
    void run() override
    {
        if (m_work)
            m_work(static_cast<Self *>(this));
    }

private:
    Work m_work;
};

// A job that ends with a value of type T (or an error).
template <typename T> class ValueJob : public WorkJob<ValueJob<T>> {
    using Base = WorkJob<ValueJob<T>>;

public:
    using Base::Base;
    // Only when finished without error.
    const T &value() const
    {
        Q_ASSERT(m_value.has_value());
        return *m_value;
    }
    void succeed(T value)
    {
        if (this->isFinished())
            return;
        m_value = std::move(value);
        this->finish();
    }
    // Ends with `result`: its value, or its error.
    void complete(Result<T> result)
    {
        if (result.ok())
            succeed(std::move(result).value());
        else
            this->fail(result.error());
    }

private:
    std::optional<T> m_value;
};

// A job with no value: it succeeds or fails.
template <> class ValueJob<void> : public WorkJob<ValueJob<void>> {
public:
    using WorkJob::WorkJob;
    void succeed() { finish(); }
    void complete(const Status &status) { status.ok() ? succeed() : fail(status.error()); }
};

using StatusJob = ValueJob<void>;

// A job that ends with `result` as soon as it is started (an answer known
// at once, given the shape of a job: an unsupported operation, a bad input).
template <typename T> ValueJob<T> *finishedJob(Result<T> result, QObject *parent)
{
    return new ValueJob<T>([r = std::move(result)](ValueJob<T> *job) mutable { job->complete(std::move(r)); }, parent);
}
inline StatusJob *finishedJob(Status status, QObject *parent)
{
    return new StatusJob([status](StatusJob *job) { job->complete(status); }, parent);
}

// A job whose work is one blocking function, run on the thread pool. The
// function must not touch QObjects owned by other threads. Cancelling it
// discards the result (the function runs to its end regardless).
template <typename T> class TaskJob : public ValueJob<T> {
public:
    using Function = std::function<Result<T>()>;
    TaskJob(Function work, QObject *parent = nullptr)
        : ValueJob<T>(parent)
        , m_function(std::move(work))
    {
    }

protected:
    void run() override
    {
        QPointer<TaskJob> self(this);
        auto work = m_function;
        QThreadPool::globalInstance()->start([self, work]() {
            Result<T> r = work();
            // The job may be gone meanwhile: the QPointer is read only on the
            // job's own thread, inside the queued call.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, r = std::move(r)]() mutable {
                    if (self)
                        self->complete(std::move(r));
                },
                Qt::QueuedConnection);
        });
    }

private:
    Function m_function;
};

// Connects `then(job)` to the job's end on `context` (not called if the
// context died first), then starts the job. Returns the job.
template <typename J, typename F> J *startJob(J *job, const QObject *context, F then)
{
    static_assert(std::is_base_of_v<Job, J>);
    QObject::connect(job, &Job::finished, context, [job, then]() mutable { then(job); });
    job->start();
    return job;
}

} // namespace keyport
