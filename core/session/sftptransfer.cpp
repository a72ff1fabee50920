#include "sftptransfer.h"

#include "common/log.h"
#include "common/text.h"
#include "session/sftpclient.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <optional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyport {

using namespace sftp;

namespace {

// The tail compared before a resume: a part file whose last bytes are not
// the source's (the source changed, or another tool wrote it) starts over.
constexpr qint64 kTailCheck = 64 << 10;

} // namespace

QString partPathFor(const QString &target)
{
    return target + QStringLiteral(".keyport-part");
}

QByteArray partPathFor(const QByteArray &target)
{
    return target + ".keyport-part";
}

QString numberedName(const QString &name, int n)
{
    // The number goes before the suffix, so the copy still opens with the
    // same application; ".tar.gz" stays one suffix, a dot file has none.
    qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot > 4 && name.left(dot).endsWith(QStringLiteral(".tar")))
        dot -= 4;
    const QString number = QStringLiteral(" (%1)").arg(n);
    return dot <= 0 ? name + number : name.left(dot) + number + name.mid(dot);
}

SftpFileTransfer::SftpFileTransfer(SftpClient *client, Direction direction, QByteArray remotePath, QString localPath,
                                   TransferOptions options, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_direction(direction)
    , m_remote(std::move(remotePath))
    , m_local(std::move(localPath))
    , m_options(options)
{
}

void SftpFileTransfer::run()
{
    if (!m_client || !m_client->isReady()) {
        finish(Error(ErrorCode::Network, tr("The SFTP session has ended.")));
        return;
    }
    QPointer<SftpFileTransfer> self(this);
    if (m_direction == Direction::Download && m_known && m_known->isRegular() && m_known->has(Attributes::Size)) {
        downloadStart(*m_known);
        return;
    }
    if (m_direction == Direction::Download) {
        m_client->stat(m_remote, true, [self](const Result<Attributes> &attrs) {
            if (!self || self->isFinished())
                return;
            if (!attrs)
                return self->fail(attrs.error());
            if (attrs->isDirectory())
                return self->fail(Error(ErrorCode::InvalidArgument,
                                        tr("%1 is a folder: copy it with -r.").arg(printablePath(self->m_remote))));
            if (attrs->has(Attributes::Permissions) && !attrs->isRegular())
                return self->fail(Error(ErrorCode::Unsupported,
                                        tr("%1 is not a regular file (a device, pipe or socket): it was not copied.")
                                            .arg(printablePath(self->m_remote))));
            self->downloadStart(*attrs);
        });
        return;
    }
    uploadStart();
}

void SftpFileTransfer::abort()
{
    // The part file stays for a resume; the handle is closed, unwaited.
    m_stopping = true;
    if (m_client && !m_handle.isEmpty()) {
        const quint32 id = m_client->nextId();
        m_client->send(id, Request(Type::Close, id).string(m_handle), [](const Result<Reply> &) {});
        m_handle.clear();
    }
    m_file.close();
}

void SftpFileTransfer::fail(const Error &failure)
{
    if (isFinished())
        return;
    Error error = failure;
    // What arrived is kept: say where, and that it is not lost.
    const bool started = m_done > 0 && !m_handle.isEmpty();
    if (started && error.code == ErrorCode::Network)
        error.message =
            tr("%1 %2 of %3 bytes arrived; they stay in %4, and copying again with resume continues from there.")
                .arg(error.message, QString::number(m_done), QString::number(m_total),
                     m_direction == Direction::Download ? partPathFor(m_local) : printablePath(partPathFor(m_remote)));
    m_stopping = true;
    m_file.close();
    qCInfo(lcSftp) << (m_direction == Direction::Download ? "download" : "upload") << printablePath(m_remote)
                   << "failed:" << error.oneLine();
    if (m_client && !m_handle.isEmpty()) {
        const QByteArray handle = std::exchange(m_handle, {});
        const quint32 id = m_client->nextId();
        m_client->send(id, Request(Type::Close, id).string(handle), [](const Result<Reply> &) {});
    }
    finish(error);
}

void SftpFileTransfer::sendExpectingOk(quint32 id, const Request &request, const QString &what,
                                       std::function<void()> then)
{
    QPointer<SftpFileTransfer> self(this);
    m_client->send(id, request, [self, what, then](const Result<Reply> &reply) {
        if (!self || self->isFinished())
            return;
        if (!reply)
            return self->fail(reply.error());
        if (auto s = SftpClient::statusOf(*reply, what, self->m_remote); !s)
            return self->fail(s.error());
        then();
    });
}

void SftpFileTransfer::sendInFlight(quint32 id, const Request &request, qint64 length,
                                    std::function<void(const Reply *reply)> handle)
{
    QPointer<SftpFileTransfer> self(this);
    ++m_outstanding;
    m_inFlight += length;
    m_client->send(id, request, [self, length, handle](const Result<Reply> &reply) {
        if (!self || self->isFinished())
            return;
        --self->m_outstanding;
        self->m_inFlight -= length;
        if (!reply)
            return self->fail(reply.error());
        handle(&*reply);
    });
}

void SftpFileTransfer::closeHandleThen(std::function<void()> then)
{
    const QByteArray handle = std::exchange(m_handle, {});
    const quint32 id = m_client->nextId();
    sendExpectingOk(id, Request(Type::Close, id).string(handle), tr("Cannot close"), std::move(then));
}

void SftpFileTransfer::emitProgress()
{
    if (m_done == m_lastProgress)
        return;
    m_lastProgress = m_done;
    Q_EMIT transferred(m_done, m_total);
}

// --- conflicts ------------------------------------------------------------

void SftpFileTransfer::settleConflict(const TransferConflict &conflict, std::function<void()> proceed)
{
    using Choice = ConflictAnswer::Choice;
    using IfExists = TransferOptions::IfExists;
    // A part file alone is only a question when asking: otherwise --resume
    // decides (continue it, or start over as before).
    const bool earlierTry = conflict.partSize > 0 && !m_options.resume;
    if (!conflict.targetExists && !(earlierTry && m_options.ifExists == IfExists::Ask))
        return proceed();
    if (conflict.targetExists && m_options.skipIdentical && conflict.sourceMtime != 0
        && conflict.targetSize == conflict.sourceSize && conflict.targetMtime == conflict.sourceMtime) {
        m_skippedAsCopied = true;
        return apply(Choice::Skip, conflict, proceed);
    }
    switch (m_options.ifExists) {
    case IfExists::Overwrite:
        return apply(Choice::Overwrite, conflict, proceed);
    case IfExists::OverwriteIfNewer:
        return apply(Choice::OverwriteIfNewer, conflict, proceed);
    case IfExists::Rename:
        return apply(Choice::Rename, conflict, proceed);
    case IfExists::Skip:
        return apply(Choice::Skip, conflict, proceed);
    case IfExists::Ask:
        if (m_options.ask)
            break;
        [[fallthrough]];
    case IfExists::Fail:
        return fail(Error(ErrorCode::AlreadyExists,
                          m_direction == Direction::Download
                              ? tr("%1 already exists; it was left as it is (choose to overwrite it).").arg(m_local)
                              : tr("%1 already exists on the workspace; it was left as it is (choose to overwrite it).")
                                    .arg(printablePath(m_remote))));
    }
    QPointer<SftpFileTransfer> self(this);
    m_options.ask(conflict, [self, conflict, proceed](ConflictAnswer answer) {
        // Cancelled while the question was open: nothing more to do.
        if (self && !self->isFinished())
            self->apply(answer.choice, conflict, proceed);
    });
}

void SftpFileTransfer::apply(ConflictAnswer::Choice choice, const TransferConflict &conflict,
                             std::function<void()> proceed)
{
    using Choice = ConflictAnswer::Choice;
    switch (choice) {
    case Choice::OverwriteIfNewer:
        if (conflict.targetExists && conflict.sourceMtime <= conflict.targetMtime)
            return apply(Choice::Skip, conflict, proceed);
        [[fallthrough]];
    case Choice::Overwrite:
        m_options.ifExists = TransferOptions::IfExists::Overwrite;
        return proceed();
    case Choice::Resume:
        m_options.resume = true;
        m_options.ifExists = TransferOptions::IfExists::Overwrite;
        return proceed();
    case Choice::Rename:
        if (!conflict.targetExists)
            return proceed();
        m_options.resume = false; // a new name has no earlier try
        return renameTarget(1, proceed);
    case Choice::Skip:
        qCInfo(lcSftp) << "skipped" << printablePath(m_remote) << ": the target is there";
        m_skipped = true;
        return finish();
    case Choice::Cancel:
        return finish(Error(ErrorCode::Cancelled,
                            tr("The copy stopped at %1, which exists already.")
                                .arg(m_direction == Direction::Download ? m_local : printablePath(m_remote))));
    }
}

void SftpFileTransfer::renameTarget(int n, std::function<void()> proceed)
{
    // Enough for any folder a person made; past it something else is wrong.
    constexpr int kMostCopies = 999;
    if (n > kMostCopies)
        return fail(Error(ErrorCode::AlreadyExists,
                          tr("No free name is left for another copy of %1.")
                              .arg(m_direction == Direction::Download ? m_local : printablePath(m_remote))));
    if (m_direction == Direction::Download) {
        const QFileInfo original(m_local);
        for (; n <= kMostCopies; ++n) {
            const QString candidate = original.dir().filePath(numberedName(original.fileName(), n));
            const QFileInfo c(candidate), part(partPathFor(candidate));
            if (!c.exists() && !c.isSymLink() && !part.exists() && !part.isSymLink()) {
                m_local = candidate;
                m_options.ifExists = TransferOptions::IfExists::Fail;
                return proceed();
            }
        }
        return renameTarget(n, proceed);
    }
    const QByteArray folder = parentPath(m_remote);
    const QString name = QString::fromUtf8(m_remote.mid(m_remote.lastIndexOf('/') + 1));
    const QByteArray candidate = joinPath(folder, numberedName(name, n).toUtf8());
    QPointer<SftpFileTransfer> self(this);
    m_client->stat(candidate, false, [self, n, candidate, proceed](const Result<Attributes> &there) {
        if (!self || self->isFinished())
            return;
        if (there)
            return self->renameTarget(n + 1, proceed);
        if (there.error().code != ErrorCode::NotFound)
            return self->fail(there.error());
        self->m_remote = candidate;
        // Never replaces: if the name is taken meanwhile, the rename says so.
        self->m_options.ifExists = TransferOptions::IfExists::Fail;
        proceed();
    });
}

// --- download -------------------------------------------------------------

void SftpFileTransfer::downloadStart(const Attributes &source)
{
    m_sourceAttrs = source;
    m_total = qint64(source.size);
    TransferConflict conflict;
    conflict.download = true;
    conflict.local = m_local;
    conflict.remote = m_remote;
    conflict.sourceSize = m_total;
    conflict.sourceMtime = source.has(Attributes::AcModTime) ? qint64(source.mtime) : 0;
    const QFileInfo target(m_local);
    if (target.exists() || target.isSymLink()) {
        if (target.isDir())
            return fail(Error(ErrorCode::AlreadyExists, tr("%1 is a folder; it was not replaced.").arg(m_local)));
        conflict.targetExists = true;
        conflict.targetSize = target.size();
        conflict.targetMtime = target.lastModified().toSecsSinceEpoch();
    }
    const QFileInfo earlier(partPathFor(m_local));
    if (earlier.isFile() && !earlier.isSymLink())
        conflict.partSize = earlier.size();
    QPointer<SftpFileTransfer> self(this);
    settleConflict(conflict, [self] { self->downloadOpen(); });
}

void SftpFileTransfer::downloadOpen()
{
    const QString part = partPathFor(m_local);
    const QFileInfo partInfo(part);
    // A part file is ours to write; a link planted there could point anywhere.
    if (partInfo.isSymLink() || (partInfo.exists() && !partInfo.isFile()))
        return fail(Error(ErrorCode::AlreadyExists,
                          tr("%1 is not a part file Keyport left; move it away and try again.").arg(part)));
    const bool resume = m_options.resume && partInfo.exists() && partInfo.size() > 0 && partInfo.size() <= m_total;
    m_file.setFileName(part);
    if (!m_file.open(resume ? QIODevice::ReadWrite : (QIODevice::WriteOnly | QIODevice::Truncate)))
        return fail(Error(ErrorCode::Io, tr("Cannot write %1: %2.").arg(part, m_file.errorString())));
    QPointer<SftpFileTransfer> self(this);
    const quint32 id = m_client->nextId();
    m_client->send(id, Request(Type::Open, id).string(m_remote).u32(OpenRead).attrs({}),
                   [self, resume](const Result<Reply> &reply) {
                       if (!self || self->isFinished())
                           return;
                       if (!reply)
                           return self->fail(reply.error());
                       if (reply->type != Type::Handle) {
                           return self->fail(SftpClient::errorOf(*reply, tr("Cannot open"), self->m_remote));
                       }
                       self->m_handle = reply->bytes;
                       if (!resume)
                           return self->downloadOpened();
                       // Resume only when the part file's tail is the source's.
                       const qint64 size = self->m_file.size();
                       self->checkTail(size, [self, size](bool matches) {
                           if (matches) {
                               self->m_done = self->m_next = self->m_resumedAt = size;
                               qCInfo(lcSftp)
                                   << "resuming download of" << printablePath(self->m_remote) << "at" << size;
                           } else {
                               qCInfo(lcSftp) << "part file of" << printablePath(self->m_remote)
                                              << "does not match the source: starting over";
                               self->m_file.resize(0);
                           }
                           self->downloadOpened();
                       });
                   });
}

void SftpFileTransfer::checkTail(qint64 size, std::function<void(bool matches)> then)
{
    // The local file (the part of a download, the source of an upload) and
    // the open remote file must hold the same last bytes before `size`.
    const qint64 n = qMin(size, kTailCheck);
    if (!m_file.seek(size - n))
        return then(false);
    const QByteArray mine = m_file.read(n);
    QPointer<SftpFileTransfer> self(this);
    const quint32 id = m_client->nextId();
    m_client->send(id, Request(Type::Read, id).string(m_handle).u64(quint64(size - n)).u32(quint32(n)),
                   [self, mine, then](const Result<Reply> &tail) {
                       if (!self || self->isFinished())
                           return;
                       if (!tail)
                           return self->fail(tail.error());
                       then(tail->type == Type::Data && tail->bytes == mine);
                   });
}

void SftpFileTransfer::downloadOpened()
{
    m_file.seek(m_done);
    emitProgress();
    downloadPump();
}

void SftpFileTransfer::downloadPump()
{
    if (isFinished() || m_stopping)
        return;
    const quint32 chunk = m_client->maxData();
    while (m_inFlight < kWindow && !m_gaps.isEmpty()) {
        const auto [offset, length] = m_gaps.takeFirst();
        requestRead(offset, length);
    }
    while (m_inFlight < kWindow && !m_eof && m_next < m_total) {
        const quint32 length = quint32(qMin<qint64>(chunk, m_total - m_next));
        requestRead(m_next, length);
        m_next += length;
    }
    if (m_outstanding == 0 && m_gaps.isEmpty() && (m_done >= m_total || m_eof))
        downloadFinish();
}

void SftpFileTransfer::requestRead(qint64 offset, quint32 length)
{
    QPointer<SftpFileTransfer> self(this);
    const quint32 id = m_client->nextId();
    sendInFlight(id, Request(Type::Read, id).string(m_handle).u64(quint64(offset)).u32(length), length,
                 [self, offset, length](const Reply *reply) {
                     if (reply->type == Type::Status && reply->status == StatusCode::Eof) {
                         // The file shrank since it was looked at: it ends here.
                         self->m_eof = true;
                         self->m_total = qMin(self->m_total, qMax(self->m_done, offset));
                     } else if (reply->type == Type::Data) {
                         const QByteArray &data = reply->bytes;
                         if (data.isEmpty() || data.size() > qsizetype(length))
                             return self->fail(SftpClient::unexpected(*reply, tr("Cannot read")));
                         self->m_early.insert(offset, data);
                         // A short read is normal (sftp-server caps a READ): ask for the rest.
                         if (data.size() < qsizetype(length))
                             self->m_gaps.append({ offset + data.size(), length - quint32(data.size()) });
                     } else {
                         return self->fail(SftpClient::errorOf(*reply, tr("Cannot read"), self->m_remote));
                     }
                     // Write what is now in order: the part file is always a prefix.
                     while (!self->m_early.isEmpty() && self->m_early.firstKey() <= self->m_done) {
                         const qint64 at = self->m_early.firstKey();
                         QByteArray piece = self->m_early.take(at);
                         if (at + piece.size() <= self->m_done)
                             continue;
                         piece = piece.mid(self->m_done - at);
                         if (self->m_file.write(piece) != piece.size())
                             return self->fail(
                                 PartFileCommitter::cannotWrite(self->m_file.fileName(), self->m_file.errorString()));
                         self->m_done += piece.size();
                     }
                     self->startWriteBack();
                     // Data past a shrunken end is dropped with the rest.
                     if (self->m_eof)
                         self->m_early.clear();
                     self->emitProgress();
                     self->downloadPump();
                 });
}

void SftpFileTransfer::startWriteBack()
{
#ifdef Q_OS_LINUX
    // The part file is fsync'ed before the rename (never a renamed file the
    // disk does not hold). Starting the write-back as data arrives lets the
    // disk work while the network does, so that fsync has little left to do.
    constexpr qint64 kStep = 8 << 20;
    if (m_done - m_writtenBack < kStep || !m_file.flush())
        return;
    ::sync_file_range(m_file.handle(), m_writtenBack, m_done - m_writtenBack, SYNC_FILE_RANGE_WRITE);
    m_writtenBack = m_done;
#endif
}

void SftpFileTransfer::downloadFinish()
{
    if (m_stopping)
        return;
    m_stopping = true; // no more requests
    QPointer<SftpFileTransfer> self(this);
    closeHandleThen([self] {
        if (!self || self->isFinished())
            return;
        QFile &f = self->m_file;
        const bool batched = self->m_committer;
        if (!f.flush() || (!batched && ::fsync(f.handle()) != 0))
            return self->fail(PartFileCommitter::cannotWrite(f.fileName(), f.errorString()));
        if (self->m_options.preservePermissions && self->m_sourceAttrs.has(Attributes::Permissions))
            ::fchmod(f.handle(), mode_t(self->m_sourceAttrs.permissions & 07777));
        if (self->m_options.preserveTimes && self->m_sourceAttrs.has(Attributes::AcModTime))
            f.setFileTime(QDateTime::fromSecsSinceEpoch(self->m_sourceAttrs.mtime), QFileDevice::FileModificationTime);
        const QString part = f.fileName();
        f.close();
        if (batched) {
            self->m_committing = true;
            Q_EMIT self->committing();
            self->m_committer->commit(part, self->m_local, [self](const Status &committed) {
                if (!self || self->isFinished())
                    return;
                if (!committed)
                    return self->fail(committed.error());
                self->downloaded();
            });
            return;
        }
        if (const Status moved = PartFileCommitter::moveIntoPlace(part, self->m_local); !moved)
            return self->fail(moved.error());
        self->downloaded();
    });
}

void SftpFileTransfer::downloaded()
{
    qCInfo(lcSftp) << "downloaded" << printablePath(m_remote) << m_done << "bytes";
    emitProgress();
    finish();
}

// --- upload ---------------------------------------------------------------

void SftpFileTransfer::uploadStart()
{
    const QFileInfo source(m_local);
    if (source.isDir())
        return fail(Error(ErrorCode::InvalidArgument, tr("%1 is a folder: copy it with -r.").arg(m_local)));
    if (!source.exists())
        return fail(Error(ErrorCode::NotFound, tr("%1 does not exist.").arg(m_local)));
    if (!source.isFile())
        return fail(Error(ErrorCode::Unsupported,
                          tr("%1 is not a regular file (a device, pipe or socket): it was not copied.").arg(m_local)));
    m_file.setFileName(m_local);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(Error(ErrorCode::PermissionDenied, tr("Cannot read %1: %2.").arg(m_local, m_file.errorString())));
    m_total = m_file.size();
    m_sourceAttrs.flags = Attributes::AcModTime | Attributes::Permissions;
    m_sourceAttrs.mtime = quint32(source.lastModified().toSecsSinceEpoch());
    m_sourceAttrs.atime = m_sourceAttrs.mtime;
    struct stat st {};
    m_sourceAttrs.permissions = ::fstat(m_file.handle(), &st) == 0 ? quint32(st.st_mode & 07777) : 0644;

    QPointer<SftpFileTransfer> self(this);
    // Overwriting needs no look first: the rename replaces, and a folder in
    // the way makes it fail with what the server says.
    const bool lookAtTarget = m_options.ifExists != TransferOptions::IfExists::Overwrite || m_options.skipIdentical;
    const bool lookAtPart = m_options.resume || m_options.ifExists == TransferOptions::IfExists::Ask;
    auto thenPart = [self, lookAtPart](const Result<Attributes> &target) {
        if (!self || self->isFinished())
            return;
        if (!lookAtPart)
            return self->uploadLookedAt(target, Error(ErrorCode::NotFound, QString()));
        self->m_client->stat(partPathFor(self->m_remote), false, [self, target](const Result<Attributes> &part) {
            if (self && !self->isFinished())
                self->uploadLookedAt(target, part);
        });
    };
    if (!lookAtTarget)
        return thenPart(Error(ErrorCode::NotFound, QString()));
    m_client->stat(m_remote, false, thenPart);
}

void SftpFileTransfer::uploadLookedAt(const Result<Attributes> &target, const Result<Attributes> &part)
{
    TransferConflict conflict;
    conflict.download = false;
    conflict.local = m_local;
    conflict.remote = m_remote;
    conflict.sourceSize = m_total;
    conflict.sourceMtime = m_sourceAttrs.mtime;
    if (target) {
        if (target->isDirectory())
            return fail(
                Error(ErrorCode::AlreadyExists,
                      tr("%1 is a folder on the workspace; it was not replaced.").arg(printablePath(m_remote))));
        conflict.targetExists = true;
        conflict.targetSize = qint64(target->size);
        conflict.targetMtime = target->has(Attributes::AcModTime) ? qint64(target->mtime) : 0;
    } else if (target.error().code != ErrorCode::NotFound) {
        return fail(target.error());
    }
    if (part && part->isRegular())
        conflict.partSize = qint64(part->size);
    QPointer<SftpFileTransfer> self(this);
    settleConflict(conflict, [self, conflict] {
        // A new name (keeping both) has no part file of its own.
        self->uploadOpen(self->m_remote == conflict.remote ? conflict.partSize : -1);
    });
}

void SftpFileTransfer::uploadOpen(qint64 partSize)
{
    QPointer<SftpFileTransfer> self(this);
    const QByteArray part = partPathFor(self->m_remote);
    auto open = [self, part](bool keep) {
        if (!self || self->isFinished())
            return;
        const quint32 id = self->m_client->nextId();
        const quint32 flags = OpenWrite | OpenRead | OpenCreate | (keep ? 0u : quint32(OpenTruncate));
        self->m_client->send(
            id, Request(Type::Open, id).string(part).u32(flags).attrs({}),
            [self, part, keep](const Result<Reply> &reply) {
                if (!self || self->isFinished())
                    return;
                if (!reply)
                    return self->fail(reply.error());
                if (reply->type != Type::Handle) {
                    return self->fail(SftpClient::errorOf(*reply, tr("Cannot create"), part));
                }
                self->m_handle = reply->bytes;
                if (!keep)
                    return self->uploadOpened();
                // Resume only when the remote part's tail is ours.
                const qint64 size = self->m_done; // the part's size, from the look before
                self->checkTail(size, [self, size](bool matches) {
                    if (matches) {
                        self->m_next = self->m_resumedAt = size;
                        qCInfo(lcSftp) << "resuming upload of" << printablePath(self->m_remote) << "at" << size;
                        return self->uploadOpened();
                    }
                    qCInfo(lcSftp) << "remote part of" << printablePath(self->m_remote)
                                   << "does not match: starting over";
                    self->m_done = 0;
                    const quint32 truncId = self->m_client->nextId();
                    self->sendExpectingOk(
                        truncId, Request(Type::Fsetstat, truncId).string(self->m_handle).attrs(Attributes::withSize(0)),
                        tr("Cannot truncate"), [self] { self->uploadOpened(); });
                });
            });
    };
    const bool usable = self->m_options.resume && partSize > 0 && partSize <= self->m_total;
    self->m_done = usable ? partSize : 0;
    open(usable);
}

void SftpFileTransfer::uploadOpened()
{
    m_next = m_done;
    emitProgress();
    uploadPump();
}

void SftpFileTransfer::uploadPump()
{
    if (isFinished())
        return;
    if (m_writeError.isError()) {
        // Stopped at the first failed write: once the others are answered,
        // cut the part file to what arrived in order, keep it, and say why.
        if (m_outstanding > 0)
            return;
        QPointer<SftpFileTransfer> self(this);
        const quint32 id = m_client->nextId();
        m_client->send(id, Request(Type::Fsetstat, id).string(m_handle).attrs(Attributes::withSize(quint64(m_done))),
                       [self](const Result<Reply> &) {
                           if (self)
                               self->fail(self->m_writeError);
                       });
        return;
    }
    const quint32 chunk = m_client->maxData();
    // Writes go out in offset order on one handle, so what sftp-server has
    // written is always a prefix, even when the connection drops.
    while (m_inFlight < kWindow && m_next < m_total) {
        const quint32 length = quint32(qMin<qint64>(chunk, m_total - m_next));
        if (!writeChunk(m_next, length))
            return;
        m_next += length;
    }
    if (m_outstanding == 0 && m_done >= m_total)
        finishRemote();
}

bool SftpFileTransfer::writeChunk(qint64 offset, quint32 length)
{
    QPointer<SftpFileTransfer> self(this);
    const quint32 id = m_client->nextId();
    // The file's bytes go straight into the message.
    Request request(Type::Write, id);
    request.string(m_handle).u64(quint64(offset));
    char *into = request.appendString(length);
    if (!m_file.seek(offset) || m_file.read(into, length) != qint64(length)) {
        fail(Error(ErrorCode::Io, tr("%1 changed while it was being copied (it is shorter now).").arg(m_local)));
        return false;
    }
    sendInFlight(id, request, length, [self, offset, length](const Reply *reply) {
        if (auto s = SftpClient::statusOf(*reply, tr("Cannot write"), self->m_remote); !s) {
            if (!self->m_writeError.isError())
                self->m_writeError = Error(s.error().code,
                                           s.error().message + QLatin1Char(' ')
                                               + tr("The part file stays on the workspace; resume "
                                                    "when the cause is fixed."),
                                           s.error().detail);
        } else {
            self->m_acked.insert(offset, length);
            while (!self->m_acked.isEmpty() && self->m_acked.firstKey() == self->m_done)
                self->m_done += self->m_acked.take(self->m_done);
        }
        self->emitProgress();
        self->uploadPump();
    });
    return true;
}

void SftpFileTransfer::finishRemote()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_file.close();
    QPointer<SftpFileTransfer> self(this);
    Attributes attrs;
    if (m_options.preserveTimes)
        attrs = Attributes::withTimes(m_sourceAttrs.atime, m_sourceAttrs.mtime);
    if (m_options.preservePermissions) {
        attrs.flags |= Attributes::Permissions;
        attrs.permissions = m_sourceAttrs.permissions;
    }
    auto closeAndRename = [self] {
        self->closeHandleThen([self] {
            const bool replace = self->m_options.ifExists == TransferOptions::IfExists::Overwrite;
            self->m_client->rename(partPathFor(self->m_remote), self->m_remote, replace, [self](const Status &s) {
                if (!self || self->isFinished())
                    return;
                if (!s)
                    return self->fail(s.error());
                qCInfo(lcSftp) << "uploaded" << printablePath(self->m_remote) << self->m_done << "bytes";
                self->finish();
            });
        });
    };
    if (attrs.flags == 0)
        return closeAndRename();
    // Times set on the open file before closing survive the rename.
    const quint32 id = m_client->nextId();
    sendExpectingOk(id, Request(Type::Fsetstat, id).string(m_handle).attrs(attrs), tr("Cannot set the time of"),
                    closeAndRename);
}

} // namespace keyport
