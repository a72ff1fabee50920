#include "job.h"

#include <QTimer>

namespace keyport {

Job::Job(QObject *parent)
    : QObject(parent)
{
}

void Job::start()
{
    if (m_started)
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this] { run(); });
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
