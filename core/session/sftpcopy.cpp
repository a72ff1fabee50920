#include "sftpcopy.h"

#include "common/log.h"
#include "common/text.h"
#include "session/partfilecommitter.h"
#include "session/sftpclient.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace keyport {

using namespace sftp;

namespace {

QByteArray baseName(QByteArray path)
{
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    const qsizetype slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.mid(slash + 1);
}

} // namespace

bool isSafeEntryName(const QByteArray &name)
{
    if (name.isEmpty() || name == "." || name == ".." || name.contains('/') || name.contains('\0'))
        return false;
    return !hasControlCharacters(QString::fromUtf8(name));
}

SftpCopyJob::SftpCopyJob(SftpClient *client, Direction direction, QStringList sources, QString destination,
                         Options options, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_direction(direction)
    , m_sources(std::move(sources))
    , m_destination(std::move(destination))
    , m_options(options)
{
    if (m_options.transfer.ask) {
        m_ask = std::move(m_options.transfer.ask);
        m_options.transfer.ask = [this](const TransferConflict &c, std::function<void(ConflictAnswer)> answer) {
            ask(c, std::move(answer));
        };
    }
}

void SftpCopyJob::ask(const TransferConflict &conflict, std::function<void(ConflictAnswer)> answer)
{
    if (m_forAll)
        return answer(*m_forAll);
    m_questions.append(Question { conflict, std::move(answer) });
    askNext();
}

void SftpCopyJob::askNext()
{
    if (m_asking || m_questions.isEmpty() || isFinished())
        return;
    m_asking = true;
    QPointer<SftpCopyJob> self(this);
    m_ask(m_questions.first().conflict, [self](ConflictAnswer answer) {
        if (!self || self->isFinished())
            return;
        self->m_asking = false;
        const Question asked = self->m_questions.takeFirst();
        if (answer.applyToAll)
            self->m_forAll = answer;
        asked.answer(answer);
        // Those waiting behind it: answered at once when it was for all.
        while (self && !self->isFinished() && self->m_forAll && !self->m_questions.isEmpty())
            self->m_questions.takeFirst().answer(*self->m_forAll);
        if (self)
            self->askNext();
    });
}

qint64 SftpCopyJob::bytesDone() const
{
    qint64 done = m_bytesFinished;
    for (const auto &t : m_running)
        if (t)
            done += t->bytesDone();
    return done;
}

void SftpCopyJob::run()
{
    if (!m_client || !m_client->isReady())
        return finish(Error(ErrorCode::Network, tr("The SFTP session has ended.")));
    if (m_sources.isEmpty())
        return finish(Error(ErrorCode::InvalidArgument, tr("Nothing to copy.")));
    resolveDestination();
}

void SftpCopyJob::resolveDestination()
{
    const bool several = m_sources.size() > 1;
    if (m_direction == Direction::Download) {
        const QFileInfo dest(m_destination);
        m_intoFolder = dest.isDir() || m_destination.endsWith(QLatin1Char('/'));
        if (several && !dest.isDir())
            return finish(
                Error(ErrorCode::InvalidArgument,
                      tr("%1 is not a folder: with several sources the destination must be one.").arg(m_destination)));
        for (qsizetype i = 0; i < m_sources.size(); ++i)
            startSource(i);
        return;
    }
    QPointer<SftpCopyJob> self(this);
    ++m_walking;
    m_client->stat(m_client->absolute(m_destination), true, [self, several](const Result<Attributes> &dest) {
        if (!self || self->isFinished())
            return;
        --self->m_walking;
        self->m_intoFolder = (dest && dest->isDirectory()) || self->m_destination.endsWith(QLatin1Char('/'));
        if (several && !(dest && dest->isDirectory()))
            return self->finish(Error(ErrorCode::InvalidArgument,
                                      tr("%1 is not a folder on the workspace: with several sources the destination "
                                         "must be one.")
                                          .arg(self->m_destination)));
        for (qsizetype i = 0; i < self->m_sources.size(); ++i)
            self->startSource(i);
        self->walked();
    });
}

void SftpCopyJob::startSource(qsizetype index)
{
    QPointer<SftpCopyJob> self(this);
    if (m_direction == Direction::Download) {
        const QByteArray remote = m_client->absolute(m_sources[index]);
        const QByteArray name = baseName(remote);
        const QString target = m_intoFolder ? QDir(m_destination).filePath(QString::fromUtf8(name)) : m_destination;
        if (m_intoFolder && !isSafeEntryName(name))
            return finish(
                Error(ErrorCode::InvalidArgument,
                      tr("%1 has no name to copy it as; give the destination file name.").arg(printablePath(remote))));
        ++m_walking;
        m_client->stat(remote, true, [self, remote, target](const Result<Attributes> &attrs) {
            if (!self || self->isFinished())
                return;
            --self->m_walking;
            if (!attrs)
                return self->finish(attrs.error());
            if (attrs->isDirectory()) {
                if (!self->m_options.recursive)
                    return self->finish(Error(ErrorCode::InvalidArgument,
                                              tr("%1 is a folder: copy it with -r.").arg(printablePath(remote))));
                if (!QDir().mkpath(target))
                    return self->finish(Error(ErrorCode::Io, tr("Cannot create the folder %1.").arg(target)));
                self->walkRemote(remote, target);
            } else {
                self->enqueue(remote, target, qint64(attrs->size));
            }
            self->walked();
        });
        return;
    }
    const QString local = m_sources[index];
    const QFileInfo info(local);
    const QString name = info.fileName();
    const QByteArray dest = m_client->absolute(m_destination);
    const QByteArray target = m_intoFolder ? joinPath(dest, name.toUtf8()) : dest;
    if (!info.exists() && !info.isSymLink())
        return finish(Error(ErrorCode::NotFound, tr("%1 does not exist.").arg(local)));
    if (info.isDir()) {
        if (!m_options.recursive)
            return finish(Error(ErrorCode::InvalidArgument, tr("%1 is a folder: copy it with -r.").arg(local)));
        copyFolderUp(local, target);
        return;
    }
    enqueue(target, local, info.size());
    walked();
}

void SftpCopyJob::walkRemote(const QByteArray &remote, const QString &local)
{
    QPointer<SftpCopyJob> self(this);
    ++m_walking;
    m_client->listDirectory(remote, [self, remote, local](const Result<QList<Entry>> &entries) {
        if (!self || self->isFinished())
            return;
        --self->m_walking;
        if (!entries)
            return self->finish(entries.error());
        for (const Entry &e : *entries) {
            const QByteArray child = joinPath(remote, e.name);
            if (!isSafeEntryName(e.name)) {
                self->m_warnings << tr("Skipped %1: its name cannot be a file name here.").arg(printablePath(child));
                continue;
            }
            const QString target = QDir(local).filePath(QString::fromUtf8(e.name));
            if (e.attrs.isSymlink()) {
                // Never followed: it could lead anywhere (/etc, or back up the tree).
                self->m_warnings << tr("Skipped %1: it is a symbolic link.").arg(printablePath(child));
            } else if (e.attrs.isDirectory()) {
                if (!QDir().mkpath(target))
                    return self->finish(Error(ErrorCode::Io, tr("Cannot create the folder %1.").arg(target)));
                self->walkRemote(child, target);
            } else if (e.attrs.isRegular() || !e.attrs.has(Attributes::Permissions)) {
                self->enqueue(child, target, qint64(e.attrs.size), e.attrs);
            } else {
                self->m_warnings << tr("Skipped %1: it is not a regular file.").arg(printablePath(child));
            }
        }
        self->walked();
    });
}

void SftpCopyJob::copyFolderUp(const QString &local, const QByteArray &remote)
{
    QPointer<SftpCopyJob> self(this);
    ++m_walking;
    auto walk = [self, local, remote] {
        --self->m_walking;
        self->walkLocal(local, remote);
        self->walked();
    };
    m_client->makeDirectory(remote, [self, remote, walk](const Status &made) {
        if (!self || self->isFinished())
            return;
        if (made)
            return walk();
        // It may exist already: a folder is fine to copy into.
        self->m_client->stat(remote, true, [self, made, walk](const Result<Attributes> &a) {
            if (!self || self->isFinished())
                return;
            if (a && a->isDirectory())
                return walk();
            self->finish(made.error());
        });
    });
}

void SftpCopyJob::walkLocal(const QString &local, const QByteArray &remote)
{
    QPointer<SftpCopyJob> self(this);
    const QFileInfoList children =
        QDir(local).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &c : children) {
        const QByteArray target = joinPath(remote, c.fileName().toUtf8());
        if (c.isSymLink()) {
            // Not followed: a link may loop back up the tree or leave it.
            m_warnings << tr("Skipped %1: it is a symbolic link.").arg(c.filePath());
        } else if (c.isDir()) {
            copyFolderUp(c.filePath(), target);
        } else if (c.isFile()) {
            enqueue(target, c.filePath(), c.size());
        } else {
            // FIFOs, sockets, devices: reading one could block for ever.
            m_warnings << tr("Skipped %1: it is not a regular file.").arg(c.filePath());
        }
    }
}

void SftpCopyJob::enqueue(const QByteArray &remote, const QString &local, qint64 size,
                          std::optional<sftp::Attributes> attrs)
{
    m_queue.append(Pending { remote, local, attrs });
    m_bytesKnown += qMax<qint64>(0, size);
    pump();
}

void SftpCopyJob::walked()
{
    pump();
}

void SftpCopyJob::pump()
{
    if (isFinished())
        return;
    // A file waiting for its batch to reach the disk holds no place: the session is free of it.
    const auto onTheWire = [this] {
        return std::count_if(m_running.cbegin(), m_running.cend(),
                             [](const auto &t) { return t && !t->isCommitting(); });
    };
    while (onTheWire() < qMax(1, m_options.parallelFiles) && !m_queue.isEmpty()) {
        const Pending next = m_queue.takeFirst();
        auto *t = new SftpFileTransfer(m_client, m_direction, next.remote, next.local, m_options.transfer, this);
        if (next.attrs) { // a folder's file: one of many, made durable in batches
            t->setSourceAttributes(*next.attrs);
            if (!m_committer)
                m_committer = new PartFileCommitter(this);
            t->setCommitter(m_committer);
        }
        m_running.append(t);
        connect(t, &SftpFileTransfer::committing, this, &SftpCopyJob::pump);
        const QString current = m_direction == Direction::Download ? next.local : QString::fromUtf8(next.remote);
        connect(t, &SftpFileTransfer::transferred, this,
                [this, current] { Q_EMIT transferred(bytesDone(), m_bytesKnown, current); });
        follow(t, [this](SftpFileTransfer *done) {
            m_running.removeAll(QPointer<SftpFileTransfer>(done));
            if (done->failed()) {
                for (const auto &other : std::as_const(m_running))
                    if (other)
                        other->cancel();
                return finish(done->error());
            }
            ++m_filesDone;
            // A file skipped as there already is out of the count; one an
            // earlier try copied is part of this copy, done.
            const bool counted = !done->skipped() || done->skippedAsCopied();
            m_bytesFinished += counted ? done->bytesTotal() : 0;
            if (!counted)
                m_bytesKnown -= qMax<qint64>(0, done->bytesTotal());
            done->deleteLater();
            pump();
        });
    }
    if (m_queue.isEmpty() && m_walking == 0) {
        if (m_running.isEmpty())
            return finish();
        if (m_committer && onTheWire() == 0)
            m_committer->flush(); // nothing else is coming
    }
}

} // namespace keyport
