#include "remoteedit.h"

#include "common/job.h"
#include "common/log.h"
#include "session/sftpcopy.h"
#include "session/sftpworker.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

namespace keyport {

namespace {

QByteArray baseName(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

using Stamp = std::pair<qint64, qint64>; // size, modification time in ms; -1 when gone

Stamp stampOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return { -1, -1 };
    return { info.size(), info.lastModified().toMSecsSinceEpoch() };
}

} // namespace

RemoteEdit::RemoteEdit(SftpWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_thread(new QThread(this))
    , m_watcher(new QFileSystemWatcher)
{
    m_thread->setObjectName(QStringLiteral("keyport-edits"));
    m_watcher->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_watcher, &QObject::deleteLater);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &RemoteEdit::onChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &RemoteEdit::onChanged);
    m_thread->start();
}

RemoteEdit::~RemoteEdit()
{
    m_thread->quit();
    m_thread->wait();
    QStringList remove;
    for (const Copy &c : std::as_const(m_copies)) {
        if (c.dirty)
            qCWarning(lcSftp) << "kept the local copy of" << sftp::printablePath(c.remote) << "at" << c.local
                              << ": its changes were not uploaded";
        else
            remove << c.folder;
    }
    // Off this thread: the front end's thread reads and removes no files.
    QThreadPool::globalInstance()->start([remove] {
        for (const QString &folder : remove)
            QDir(folder).removeRecursively();
    });
}

void RemoteEdit::open(const QByteArray &remotePath, std::function<void(const Result<QString> &)> done)
{
    for (const Copy &c : std::as_const(m_copies))
        if (c.remote == remotePath)
            return done(c.local);
    const QByteArray name = baseName(remotePath);
    if (!isSafeEntryName(name))
        return done(Error(ErrorCode::InvalidArgument,
                          tr("%1 cannot be a file name on this computer.").arg(sftp::printablePath(name))));
    // A folder of its own (mkdtemp: 0700), so the copy keeps the remote name
    // (applications pick a type by it) and no one else can read it.
    auto *made = new TaskJob<QString>([] {
        QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("keyport-edit-XXXXXX")));
        if (!dir.isValid())
            return Result<QString>(
                Error(ErrorCode::Io, tr("Cannot make a private folder for the local copy: %1").arg(dir.errorString())));
        dir.setAutoRemove(false);
        return Result<QString>(dir.path());
    });
    startJob(made, this, [this, remotePath, name, done](TaskJob<QString> *job) {
        if (job->failed())
            return done(job->error());
        const QString folder = job->value();
        SftpCopyJob::Options options;
        options.transfer.ifExists = TransferOptions::IfExists::Overwrite;
        SftpTransferHandle *h = m_worker->copy(SftpCopyJob::Direction::Download, { QString::fromUtf8(remotePath) },
                                               folder + QLatin1Char('/'), options);
        connect(h, &SftpTransferHandle::finished, this, [this, h, remotePath, name, folder, done] {
            h->deleteLater();
            if (h->error().isError()) {
                QThreadPool::globalInstance()->start([folder] { QDir(folder).removeRecursively(); });
                return done(h->error());
            }
            Copy copy;
            copy.remote = remotePath;
            copy.folder = folder;
            copy.local = QDir(folder).filePath(QString::fromUtf8(name));
            auto *stamp = new TaskJob<Stamp>([local = copy.local] { return Result<Stamp>(stampOf(local)); });
            startJob(stamp, this, [this, copy, done](TaskJob<Stamp> *stamped) mutable {
                copy.size = stamped->value().first;
                copy.modifiedMs = stamped->value().second;
                copy.settle = new QTimer(this);
                copy.settle->setSingleShot(true);
                copy.settle->setInterval(m_settleMs);
                connect(copy.settle, &QTimer::timeout, this, [this, local = copy.local] { check(local); });
                m_copies.insert(copy.local, copy);
                qCInfo(lcSftp) << "opened" << sftp::printablePath(copy.remote) << "as" << copy.local;
                // Said once watched, and looked at once more: a save before
                // the watch was in place is not missed.
                watch(copy, [this, local = copy.local, done] {
                    done(local);
                    check(local);
                });
            });
        });
    });
}

void RemoteEdit::watch(const Copy &copy, std::function<void()> then)
{
    // Again after each change: a file replaced by a rename is a new file.
    // `this` outlives the watcher's thread (the destructor waits for it), so
    // posting back to it from there is safe; a post it does not live to see
    // is dropped with it.
    QMetaObject::invokeMethod(m_watcher, [this, then, watcher = m_watcher, folder = copy.folder, local = copy.local] {
        if (!watcher->directories().contains(folder))
            watcher->addPath(folder);
        if (!watcher->files().contains(local) && QFileInfo::exists(local))
            watcher->addPath(local);
        if (then)
            QMetaObject::invokeMethod(this, then, Qt::QueuedConnection);
    });
}

void RemoteEdit::onChanged(const QString &pathOrFolder)
{
    for (auto it = m_copies.begin(); it != m_copies.end(); ++it)
        if (it->local == pathOrFolder || it->folder == pathOrFolder) {
            it->settle->setInterval(m_settleMs);
            it->settle->start(); // restarted by each step of a save
        }
}

void RemoteEdit::check(const QString &local)
{
    auto *stamp = new TaskJob<Stamp>([local] { return Result<Stamp>(stampOf(local)); });
    startJob(stamp, this, [this, local](TaskJob<Stamp> *stamped) {
        auto it = m_copies.find(local);
        if (it == m_copies.end())
            return;
        watch(*it);
        const Stamp now = stamped->value();
        if (now.first < 0) // in the middle of a save by rename; the new file comes
            return;
        if (now.first == it->size && now.second == it->modifiedMs)
            return;
        it->size = now.first;
        it->modifiedMs = now.second;
        it->dirty = true;
        qCInfo(lcSftp) << "local copy changed:" << local;
        Q_EMIT changed(local, it->remote);
    });
}

SftpTransferHandle *RemoteEdit::upload(const QString &localPath)
{
    const auto it = m_copies.constFind(localPath);
    if (it == m_copies.constEnd())
        return nullptr;
    SftpCopyJob::Options options;
    // Asked already: the person said to replace it.
    options.transfer.ifExists = TransferOptions::IfExists::Overwrite;
    const QByteArray folder = sftp::parentPath(it->remote);
    SftpTransferHandle *h = m_worker->copy(SftpCopyJob::Direction::Upload, { localPath },
                                           QString::fromUtf8(folder) + QLatin1Char('/'), options);
    connect(h, &SftpTransferHandle::finished, this, [this, h, localPath] {
        auto c = m_copies.find(localPath);
        if (c != m_copies.end() && !h->error().isError())
            c->dirty = false;
    });
    return h;
}

QByteArray RemoteEdit::remotePathOf(const QString &localPath) const
{
    return m_copies.value(localPath).remote;
}

} // namespace keyport
