#include "job.h"

#include "log.h"

#include <QTimer>

namespace keyport {

Job::Job(QObject *parent)
    : QObject(parent)
{
}

Job::~Job()
{
    // Destroyed while running, because its owner went away: no finished()
    // from here. Receivers may be half destroyed with that owner (a widget
    // deletes its children before it disconnects them), so the end is told
    // only to a job that follow()s this one, through destroyed(), which is
    // safe; sub-jobs of ours that live elsewhere are cancelled.
    if (m_finished)
        return;
    m_finished = true;
    for (const QPointer<Job> &sub : std::as_const(m_subJobs))
        if (sub && sub->parent() != this)
            sub->cancel();
}

void Job::start()
{
    if (m_started) {
        qCWarning(lcCommon) << "a job was started twice:" << metaObject()->className();
        return;
    }
    m_started = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_finished)
            run();
    });
}

void Job::cancel()
{
    if (m_finished)
        return;
    const bool running = m_started;
    // Finished first: whatever the aborted work or a cancelled sub-job reports
    // from here on is ignored.
    finish(Error(ErrorCode::Cancelled, tr("Cancelled.")));
    if (running)
        abort();
    for (const QPointer<Job> &sub : std::as_const(m_subJobs))
        if (sub)
            sub->cancel();
}

void Job::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
    deleteLater();
}

} // namespace keyport
