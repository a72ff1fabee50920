#pragma once

#include "common/result.h"
#include "session/sftpcopy.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace keyport {

class SftpTransferHandle;
class SftpWorker;

// One copy in a TransferQueue (files or folders, one way), on the caller's
// thread: its state, progress, speed and time left, and what went wrong.
class QueuedTransfer : public QObject {
    Q_OBJECT
public:
    enum class State {
        Queued, // waiting for a free place
        Running,
        Paused, // by the person; its part files wait for resume()
        Reconnecting, // the connection dropped: it continues when the session is back
        Done,
        Failed, // retry() continues it
        Cancelled,
    };
    using Direction = SftpCopyJob::Direction;

    Direction direction() const { return m_direction; }
    const QStringList &sources() const { return m_sources; }
    const QString &destination() const { return m_destination; }
    // What a person reads in a list: "Uploading report.pdf to /home/me".
    const QString &title() const { return m_title; }
    State state() const { return m_state; }
    bool isActive() const; // queued, running or reconnecting: it will still move bytes
    bool isOver() const { return m_state == State::Done || m_state == State::Cancelled; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    QString current() const { return m_current; } // the file in progress
    // Bytes per second over the last seconds; 0 when not known yet.
    double speed() const { return m_speed; }
    // Seconds until done at that speed; -1 when not known.
    qint64 secondsLeft() const;
    // Time spent running, over every attempt (for "a long transfer finished").
    qint64 runningMs() const;
    const Error &error() const { return m_error; }
    const QStringList &warnings() const { return m_warnings; }
    int attempts() const { return m_attempts; }
    bool canRestart() const { return !m_adopted; }

Q_SIGNALS:
    void changed();

private:
    friend class TransferQueue;
    explicit QueuedTransfer(QObject *parent)
        : QObject(parent)
    {
    }
    void setState(State s);
    void sample(qint64 done, qint64 total);

    Direction m_direction = Direction::Download;
    QStringList m_sources;
    QString m_destination;
    QString m_title;
    SftpCopyJob::Options m_options;
    ConflictQuestion m_ask; // the caller's
    std::optional<ConflictAnswer> m_forAll; // kept across attempts: a retry does not ask again
    State m_state = State::Queued;
    QPointer<SftpTransferHandle> m_handle;
    bool m_pausing = false;
    qint64 m_done = 0, m_total = 0;
    QString m_current;
    double m_speed = 0;
    QElapsedTimer m_sampleClock;
    qint64 m_sampledDone = 0;
    QElapsedTimer m_runClock;
    qint64 m_ranMs = 0;
    Error m_error;
    QStringList m_warnings;
    int m_attempts = 0;
    bool m_adopted = false;
    int m_lostInARow = 0; // attempts that ended with the connection, without progress
};

// The transfers of one SFTP session, on the caller's thread: a few copies
// at once (a setting; each copy already keeps many files in flight), the
// rest queued; pause, resume, cancel and retry; and a transfer that outlives
// a dropped connection or a sleep: the queue reconnects the session, with a
// growing pause between tries, and each interrupted copy continues from its
// part files, skipping the files it had finished (same size and time).
class TransferQueue : public QObject {
    Q_OBJECT
public:
    explicit TransferQueue(SftpWorker *worker, QObject *parent = nullptr);

    void setMaxRunning(int n);
    int maxRunning() const { return m_maxRunning; }
    // Waits between reconnection tries, in order; the last one repeats until
    // kMostReconnects tries have failed.
    void setReconnectDelays(QList<int> ms) { m_delays = std::move(ms); }
    static constexpr int kMostReconnects = 10;

    // `title` is what a person sees; options.transfer.ask, when set, is
    // called on this thread.
    QueuedTransfer *add(QueuedTransfer::Direction direction, const QStringList &sources, const QString &destination,
                        const SftpCopyJob::Options &options, const QString &title);
    // A copy started elsewhere on the same session (a drag out, a file
    // saved in its local application): listed and cancellable here, but it
    // cannot be paused or retried, since the queue does not know how to start it.
    QueuedTransfer *adopt(SftpTransferHandle *handle, QueuedTransfer::Direction direction, const QString &title);
    void pause(QueuedTransfer *t);
    void resume(QueuedTransfer *t); // a paused one
    void retry(QueuedTransfer *t); // a failed one
    void cancel(QueuedTransfer *t);
    // Stops every active transfer (closing a window): part files stay.
    void cancelAll();
    // Drops finished, failed and cancelled ones from the list.
    void clearFinished();

    const QList<QueuedTransfer *> &transfers() const { return m_transfers; }
    int activeCount() const;

Q_SIGNALS:
    void added(keyport::QueuedTransfer *t);
    void removed(keyport::QueuedTransfer *t);
    // Done, failed or cancelled (not paused, not reconnecting).
    void ended(keyport::QueuedTransfer *t);
    // The session is being reconnected (in `ms`), or is back.
    void reconnecting(int attempt, int ms);
    void reconnected();

private:
    void pump();
    void launch(QueuedTransfer *t);
    void watch(QueuedTransfer *t, SftpTransferHandle *h);
    void handleEnd(QueuedTransfer *t);
    void scheduleReconnect();
    void sessionReady();
    void sessionFailed(const Error &error);

    SftpWorker *m_worker;
    QList<QueuedTransfer *> m_transfers;
    int m_maxRunning = 2;
    QList<int> m_delays { 1000, 2000, 5000, 10000, 30000 };
    QTimer *m_reconnectTimer;
    int m_reconnects = 0; // tries since the session was last ready
    bool m_reconnecting = false;
};

} // namespace keyport
