#include "transferqueue.h"

#include "common/log.h"
#include "session/sftpworker.h"

#include <QTimer>

namespace keyport {

bool QueuedTransfer::isActive() const
{
    return m_state == State::Queued || m_state == State::Running || m_state == State::Reconnecting;
}

qint64 QueuedTransfer::secondsLeft() const
{
    if (m_state == State::Done)
        return 0;
    if (m_speed <= 0 || m_total <= m_done)
        return -1;
    return qint64(double(m_total - m_done) / m_speed + 0.5);
}

qint64 QueuedTransfer::runningMs() const
{
    return m_ranMs + (m_state == State::Running && m_runClock.isValid() ? m_runClock.elapsed() : 0);
}

void QueuedTransfer::setState(State s)
{
    if (s == m_state)
        return;
    if (m_state == State::Running && m_runClock.isValid())
        m_ranMs += m_runClock.elapsed();
    m_state = s;
    if (s == State::Running) {
        m_runClock.start();
        m_sampleClock.invalidate();
    } else {
        m_speed = 0; // a speed is only true while bytes move
    }
    Q_EMIT changed();
}

void QueuedTransfer::sample(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    // Speed over half-second steps, smoothed, so that the time left does not
    // jump with every file of a folder.
    constexpr qint64 kStepMs = 500;
    if (!m_sampleClock.isValid()) {
        m_sampleClock.start();
        m_sampledDone = done;
    } else if (const qint64 ms = m_sampleClock.elapsed(); ms >= kStepMs) {
        const double now = double(qMax<qint64>(0, done - m_sampledDone)) * 1000.0 / double(ms);
        m_speed = m_speed <= 0 ? now : 0.7 * m_speed + 0.3 * now;
        m_sampleClock.restart();
        m_sampledDone = done;
    }
    Q_EMIT changed();
}

TransferQueue::TransferQueue(SftpWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_reconnectTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_worker->isReady())
            return sessionReady();
        m_reconnecting = true;
        ++m_reconnects;
        qCInfo(lcSftp) << "reconnecting the session, try" << m_reconnects;
        m_worker->reconnect();
    });
    connect(m_worker, &SftpWorker::ready, this, &TransferQueue::sessionReady);
    connect(m_worker, &SftpWorker::failed, this, &TransferQueue::sessionFailed);
}

void TransferQueue::setMaxRunning(int n)
{
    m_maxRunning = qMax(1, n);
    pump();
}

QueuedTransfer *TransferQueue::add(QueuedTransfer::Direction direction, const QStringList &sources,
                                   const QString &destination, const SftpCopyJob::Options &options,
                                   const QString &title)
{
    auto *t = new QueuedTransfer(this);
    t->m_direction = direction;
    t->m_sources = sources;
    t->m_destination = destination;
    t->m_title = title;
    t->m_options = options;
    t->m_ask = options.transfer.ask;
    t->m_options.transfer.ask = nullptr; // set per attempt, around m_ask
    m_transfers << t;
    Q_EMIT added(t);
    pump();
    return t;
}

int TransferQueue::activeCount() const
{
    return int(std::count_if(m_transfers.begin(), m_transfers.end(), [](auto *t) { return t->isActive(); }));
}

void TransferQueue::pump()
{
    if (!m_worker->isReady())
        return;
    int running = int(std::count_if(m_transfers.begin(), m_transfers.end(),
                                    [](auto *t) { return t->state() == QueuedTransfer::State::Running; }));
    for (QueuedTransfer *t : std::as_const(m_transfers)) {
        if (running >= m_maxRunning)
            break;
        if (t->state() == QueuedTransfer::State::Queued) {
            launch(t);
            ++running;
        }
    }
}

void TransferQueue::launch(QueuedTransfer *t)
{
    SftpCopyJob::Options options = t->m_options;
    if (t->m_attempts > 0) {
        // Continue: part files are resumed (after their tail check), and the
        // files an earlier attempt finished are not copied or asked about again.
        options.transfer.resume = true;
        options.transfer.skipIdentical = true;
    }
    if (t->m_ask) {
        QPointer<QueuedTransfer> qt(t);
        options.transfer.ask = [qt](const TransferConflict &c, std::function<void(ConflictAnswer)> answer) {
            if (!qt)
                return answer(ConflictAnswer { ConflictAnswer::Choice::Cancel, true });
            if (qt->m_forAll)
                return answer(*qt->m_forAll);
            qt->m_ask(c, [qt, answer](ConflictAnswer a) {
                if (qt && a.applyToAll)
                    qt->m_forAll = a;
                answer(a);
            });
        };
    }
    ++t->m_attempts;
    t->m_error = {};
    t->m_pausing = false;
    SftpTransferHandle *h = m_worker->copy(t->m_direction, t->m_sources, t->m_destination, options);
    qCInfo(lcSftp) << "transfer" << t->m_title << "attempt" << t->m_attempts;
    watch(t, h);
}

void TransferQueue::watch(QueuedTransfer *t, SftpTransferHandle *h)
{
    t->m_handle = h;
    const qint64 doneBefore = t->m_done;
    t->setState(QueuedTransfer::State::Running);
    connect(h, &SftpTransferHandle::progressed, t, [t](qint64 done, qint64 total, const QString &current) {
        t->m_current = current;
        t->sample(done, total);
    });
    connect(h, &SftpTransferHandle::finished, this, [this, t, doneBefore] {
        // Progress made: this attempt counts as a success for giving up later.
        if (t->m_done > doneBefore)
            t->m_lostInARow = 0;
        handleEnd(t);
    });
}

QueuedTransfer *TransferQueue::adopt(SftpTransferHandle *handle, QueuedTransfer::Direction direction,
                                     const QString &title)
{
    auto *t = new QueuedTransfer(this);
    t->m_direction = direction;
    t->m_title = title;
    t->m_adopted = true;
    t->m_attempts = 1;
    m_transfers << t;
    Q_EMIT added(t);
    watch(t, handle);
    if (handle->isFinished())
        handleEnd(t);
    return t;
}

void TransferQueue::handleEnd(QueuedTransfer *t)
{
    SftpTransferHandle *h = t->m_handle;
    t->m_handle = nullptr;
    if (!h)
        return;
    h->deleteLater();
    const Error error = h->error();
    for (const QString &w : h->warnings())
        if (!t->m_warnings.contains(w))
            t->m_warnings << w;
    using State = QueuedTransfer::State;
    if (!error.isError()) {
        t->m_done = qMax(h->done(), t->m_done);
        t->m_total = qMax(t->m_total, t->m_done);
        t->setState(State::Done);
        Q_EMIT ended(t);
    } else if (error.code == ErrorCode::Cancelled) {
        if (t->m_pausing) {
            t->setState(State::Paused);
        } else {
            t->m_error = error;
            t->setState(State::Cancelled);
            Q_EMIT ended(t);
        }
    } else if (error.code == ErrorCode::Network && !t->m_adopted && ++t->m_lostInARow <= kMostReconnects) {
        qCInfo(lcSftp) << "transfer" << t->m_title << "lost its connection:" << error.oneLine();
        t->m_error = error;
        t->setState(State::Reconnecting);
        scheduleReconnect();
    } else {
        t->m_error = error;
        t->setState(State::Failed);
        Q_EMIT ended(t);
    }
    pump();
}

void TransferQueue::scheduleReconnect()
{
    if (m_reconnectTimer->isActive() || m_reconnecting)
        return;
    const int ms = m_delays.isEmpty() ? 1000 : m_delays.value(qMin(m_reconnects, int(m_delays.size()) - 1));
    Q_EMIT reconnecting(m_reconnects + 1, ms);
    m_reconnectTimer->start(ms);
}

void TransferQueue::sessionReady()
{
    m_reconnecting = false;
    if (m_reconnects > 0)
        Q_EMIT reconnected();
    m_reconnects = 0;
    for (QueuedTransfer *t : std::as_const(m_transfers))
        if (t->state() == QueuedTransfer::State::Reconnecting)
            t->setState(QueuedTransfer::State::Queued);
    pump();
}

void TransferQueue::sessionFailed(const Error &error)
{
    const bool wasTrying = std::exchange(m_reconnecting, false);
    if (activeCount() == 0)
        return; // nothing waits for the session: browsing reconnects on its own terms
    if (wasTrying && m_reconnects >= kMostReconnects) {
        for (QueuedTransfer *t : std::as_const(m_transfers)) {
            if (t->state() != QueuedTransfer::State::Reconnecting && t->state() != QueuedTransfer::State::Queued)
                continue;
            t->m_error = Error(error.code,
                               tr("The workspace could not be reached again after %n tries: %1 Retry continues "
                                  "from where it stopped.",
                                  nullptr, m_reconnects)
                                   .arg(error.message),
                               error.detail);
            t->setState(QueuedTransfer::State::Failed);
            Q_EMIT ended(t);
        }
        m_reconnects = 0;
        return;
    }
    scheduleReconnect();
}

void TransferQueue::pause(QueuedTransfer *t)
{
    using State = QueuedTransfer::State;
    if (t->m_adopted)
        return;
    if (t->state() == State::Running && t->m_handle) {
        t->m_pausing = true;
        t->m_handle->cancel();
    } else if (t->state() == State::Queued || t->state() == State::Reconnecting) {
        t->setState(State::Paused);
    }
}

void TransferQueue::resume(QueuedTransfer *t)
{
    if (t->state() != QueuedTransfer::State::Paused)
        return;
    t->setState(QueuedTransfer::State::Queued);
    if (!m_worker->isReady())
        scheduleReconnect();
    pump();
}

void TransferQueue::retry(QueuedTransfer *t)
{
    if (t->state() != QueuedTransfer::State::Failed || t->m_adopted)
        return;
    t->m_lostInARow = 0;
    t->setState(QueuedTransfer::State::Queued);
    if (!m_worker->isReady())
        scheduleReconnect();
    pump();
}

void TransferQueue::cancel(QueuedTransfer *t)
{
    using State = QueuedTransfer::State;
    if (t->state() == State::Running && t->m_handle) {
        t->m_pausing = false;
        t->m_handle->cancel();
        return;
    }
    if (t->isOver())
        return;
    t->m_error = Error(ErrorCode::Cancelled, tr("Cancelled; what arrived stays as part files."));
    t->setState(State::Cancelled);
    Q_EMIT ended(t);
}

void TransferQueue::cancelAll()
{
    for (QueuedTransfer *t : std::as_const(m_transfers))
        if (t->isActive() || t->state() == QueuedTransfer::State::Paused)
            cancel(t);
}

void TransferQueue::clearFinished()
{
    using State = QueuedTransfer::State;
    for (QueuedTransfer *t : QList<QueuedTransfer *>(m_transfers)) {
        if (t->state() == State::Done || t->state() == State::Failed || t->state() == State::Cancelled) {
            m_transfers.removeAll(t);
            Q_EMIT removed(t);
            t->deleteLater();
        }
    }
}

} // namespace keyport
