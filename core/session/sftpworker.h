#pragma once

#include "common/result.h"
#include "session/sftpcopy.h"
#include "session/sftplisting.h"
#include "session/sftpwire.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QThread;

namespace keyport {

class SftpClient;

// A transfer running on an SftpWorker's thread, seen from the caller's:
// progress and one finished(), both delivered on the caller's thread.
class SftpTransferHandle : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    const QStringList &warnings() const { return m_warnings; }
    bool isFinished() const { return m_finished; }
    const Error &error() const { return m_error; }
    // Stops it; finished() follows with a Cancelled error. Part files stay.
    void cancel();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total, const QString &current);
    void finished();

private:
    friend class SftpWorker;
    std::function<void()> m_cancel;
    qint64 m_done = 0, m_total = 0;
    QStringList m_warnings;
    Error m_error;
    bool m_finished = false;
};

// An SFTP session on a thread of its own, for a GUI: ssh's pipes, the
// protocol and every local file read and write of a transfer happen there,
// never on the caller's thread. The caller's side is this object; every
// callback and signal arrives on the caller's thread.
class SftpWorker : public QObject {
    Q_OBJECT
public:
    // `argv` is built on the worker thread (building ssh's command line reads
    // ~/.ssh/config): program first.
    explicit SftpWorker(std::function<QStringList()> argv, QObject *parent = nullptr);
    // Ends the session and waits for the thread (transfers are cancelled;
    // their part files stay).
    ~SftpWorker() override;

    void start();
    // A new session with the same command line, after the last one ended
    // (a dropped connection, a laptop that slept): ready() or failed()
    // follow as after start(). Transfers of the old session have failed by then.
    void reconnect();
    bool isReady() const { return m_ready; }
    QByteArray home() const { return m_home; }
    // The thread the session lives on (for tests: it is not the caller's).
    QThread *sessionThread() const { return m_thread; }

    void list(const QByteArray &path, std::function<void(const Result<QList<sftp::Entry>> &)> done);
    void makeDirectory(const QByteArray &path, std::function<void(const Status &)> done);
    void remove(const QByteArray &path, bool directory, std::function<void(const Status &)> done);
    void rename(const QByteArray &from, const QByteArray &to, std::function<void(const Status &)> done);
    // A folder as a file manager shows it (SftpListJob): owners, types, link targets.
    void browse(const QByteArray &path, const SftpListJob::Options &options,
                std::function<void(const Result<SftpListJob::Listing> &)> done);
    // Deletes files and folders, folders with everything in them (SftpRemoveJob:
    // links are removed, never followed). `failures` says what stayed, and why.
    void removeTree(const QList<QByteArray> &paths,
                    std::function<void(const Status &status, int removed, const QStringList &failures)> done);
    // options.transfer.ask, when set, is called on the caller's thread, and
    // its answer may come later (a dialog).
    SftpTransferHandle *copy(SftpCopyJob::Direction direction, const QStringList &sources, const QString &destination,
                             const SftpCopyJob::Options &options);

Q_SIGNALS:
    void ready();
    void failed(const keyport::Error &error);

private:
    // Runs `work` on the worker thread with the client (null when the session is gone).
    void onWorker(std::function<void(SftpClient *)> work);
    // Runs `work` on the caller's thread, unless this object is gone by then.
    void onCaller(std::function<void()> work);
    void openSession(); // on the worker thread

    std::function<QStringList()> m_argv;
    QThread *m_thread;
    QObject *m_context; // lives on m_thread; owns the client and the jobs
    QPointer<SftpClient> m_client; // touched on m_thread only
    QByteArray m_home;
    bool m_ready = false;
};

} // namespace keyport
