#include "partfilecommitter.h"

#include "common/log.h"
#include "common/text.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyport {

// The pool thread posts its results through this while the committer lives;
// the committer's destructor clears it under the lock, so a post never
// reaches an object that is being destroyed (and Qt drops a posted call
// whose receiver is deleted later).
struct PartFileCommitter::Owner {
    QMutex lock;
    PartFileCommitter *committer = nullptr;
};

PartFileCommitter::PartFileCommitter(QObject *parent)
    : QObject(parent)
    , m_owner(std::make_shared<Owner>())
{
    m_owner->committer = this;
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &PartFileCommitter::startBatch);
}

PartFileCommitter::~PartFileCommitter()
{
    QMutexLocker locked(&m_owner->lock);
    m_owner->committer = nullptr;
}

void PartFileCommitter::commit(const QString &part, const QString &target, std::function<void(const Status &)> done)
{
    m_waiting.append(Item { part, target, std::move(done) });
    schedule();
}

void PartFileCommitter::schedule()
{
    if (m_waiting.size() >= kMaxBatch)
        startBatch();
    else if (!m_waiting.isEmpty() && !m_delay.isActive())
        m_delay.start();
}

void PartFileCommitter::flush()
{
    if (!m_waiting.isEmpty())
        startBatch();
}

void PartFileCommitter::startBatch()
{
    m_delay.stop();
    if (!m_running.isEmpty() || m_waiting.isEmpty())
        return; // one batch at a time: the next starts when this one is done
    const qsizetype n = qMin<qsizetype>(m_waiting.size(), kMaxBatch);
    m_running = m_waiting.mid(0, n);
    m_waiting.remove(0, n);
    QList<std::pair<QString, QString>> files;
    files.reserve(n);
    for (const Item &item : std::as_const(m_running))
        files.append({ item.part, item.target });
    QThreadPool::globalInstance()->start([owner = m_owner, files] {
        const QList<Status> results = commitNow(files);
        QMutexLocker locked(&owner->lock);
        if (PartFileCommitter *committer = owner->committer)
            QMetaObject::invokeMethod(
                committer, [committer, results] { committer->report(results); }, Qt::QueuedConnection);
    });
}

void PartFileCommitter::report(const QList<Status> &results)
{
    const QList<Item> finished = std::exchange(m_running, {});
    schedule(); // the next batch goes first: a receiver may flush() or go away
    QPointer<PartFileCommitter> self(this);
    Q_EMIT batchDone(int(finished.size()));
    for (qsizetype i = 0; i < finished.size() && self; ++i)
        finished[i].done(results.value(i));
}

Error PartFileCommitter::cannotWrite(const QString &part, const QString &reason)
{
    return Error(ErrorCode::Io,
                 tr("Cannot write %1: %2. The part file stays; resume when there is room.").arg(part, reason));
}

Status PartFileCommitter::moveIntoPlace(const QString &part, const QString &target)
{
    // rename(2) replaces the target in one step: never a half-written file.
    if (::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0)
        return Error(
            ErrorCode::Io,
            tr("Cannot move %1 to %2: %3. The complete file stays as %1.").arg(part, target, systemErrorText(errno)));
    return {};
}

QList<Status> PartFileCommitter::commitNow(const QList<std::pair<QString, QString>> &files)
{
    QList<Status> results(files.size());
#ifdef Q_OS_LINUX
    // One syncfs per file system the batch touches (a folder may be a mount point).
    QHash<dev_t, int> syncfsError; // 0: synced
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files[i].first;
        const QByteArray part = QFile::encodeName(path);
        struct stat st {};
        if (::lstat(part.constData(), &st) != 0) {
            results[i] = cannotWrite(path, systemErrorText(errno));
            continue;
        }
        if (!S_ISREG(st.st_mode)) { // not the file that was written: a link planted meanwhile
            results[i] = cannotWrite(path, systemErrorText(EINVAL));
            continue;
        }
        if (!syncfsError.contains(st.st_dev)) {
            const int fd = ::open(part.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
            syncfsError.insert(st.st_dev, fd < 0 ? errno : ::syncfs(fd) != 0 ? errno : 0);
            if (fd >= 0)
                ::close(fd);
        }
        if (const int error = syncfsError.value(st.st_dev))
            results[i] = cannotWrite(path, systemErrorText(error));
    }
#else
    for (qsizetype i = 0; i < files.size(); ++i) {
        QFile f(files[i].first);
        if (!f.open(QIODevice::ReadWrite) || ::fsync(f.handle()) != 0)
            results[i] = cannotWrite(files[i].first, systemErrorText(errno));
    }
#endif
    for (qsizetype i = 0; i < files.size(); ++i)
        if (results[i])
            results[i] = moveIntoPlace(files[i].first, files[i].second);
    qCDebug(lcSftp) << "committed" << files.size() << "part files";
    return results;
}

} // namespace keyport
