#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>

namespace keyport {

// Long work is a Job: start(), optional progress(), exactly one finished(),
// then it deletes itself. Subclasses report the outcome through finish().
class Job : public QObject {
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);

    // Starts the work from the event loop, so callers can connect first.
    void start();
    const Error &error() const { return m_error; }
    bool failed() const { return m_error.isError(); }

Q_SIGNALS:
    void progress(const QString &what);
    void finished();

protected:
    virtual void run() = 0;
    void finish(const Error &error = {});

private:
    Error m_error;
    bool m_started = false;
    bool m_finished = false;
};

// A job whose work is one blocking function, run on the thread pool. The
// function must not touch QObjects owned by other threads.
template <typename T> class TaskJob : public Job {
public:
    TaskJob(std::function<Result<T>()> work, QObject *parent = nullptr)
        : Job(parent)
        , m_work(std::move(work))
    {
    }
    const Result<T> &result() const { return m_result; }

protected:
    void run() override
    {
        QPointer<TaskJob> self(this);
        auto work = m_work;
        QThreadPool::globalInstance()->start([self, work]() {
            Result<T> r = work();
            // The job may have been deleted meanwhile; QPointer is only read
            // on the job's own thread inside the queued call.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, r = std::move(r)]() mutable {
                    if (!self)
                        return;
                    self->m_result = std::move(r);
                    self->finish(self->m_result.ok() ? Error {} : self->m_result.error());
                },
                Qt::QueuedConnection);
        });
    }

private:
    std::function<Result<T>()> m_work;
    Result<T> m_result = Error(ErrorCode::Internal, QStringLiteral("not finished"));
};

template <typename T> TaskJob<T> *runTask(std::function<Result<T>()> work, QObject *parent = nullptr)
{
    auto *job = new TaskJob<T>(std::move(work), parent);
    job->start();
    return job;
}

} // namespace keyport
