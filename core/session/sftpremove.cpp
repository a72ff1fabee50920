#include "sftpremove.h"

#include "common/log.h"
#include "session/sftpclient.h"

namespace keyport {

using namespace sftp;

namespace {
constexpr int kInFlight = 64;
constexpr int kFailuresKept = 200; // said one by one; more are counted
} // namespace

SftpRemoveJob::SftpRemoveJob(SftpClient *client, QList<QByteArray> paths, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_paths(std::move(paths))
    , m_requests(kInFlight, [this] {
        pump();
        maybeDone();
    })
{
}

void SftpRemoveJob::run()
{
    if (!m_client || !m_client->isReady())
        return finish(Error(ErrorCode::Network, SftpClient::tr("The SFTP session has ended.")));
    m_topPending = int(m_paths.size());
    QPointer<SftpRemoveJob> self(this);
    for (const QByteArray &path : std::as_const(m_paths)) {
        enqueue([self, path](std::function<void()> done) {
            // LSTAT: a link to a folder is a link, removed as one.
            self->m_client->stat(path, false, [self, path, done](const Result<Attributes> &attrs) {
                if (!self || self->isFinished())
                    return;
                if (!attrs) {
                    self->failedOn(attrs.error());
                    self->childDone({}, false);
                } else if (attrs->isDirectory()) {
                    self->removeFolder(path, {});
                } else {
                    self->removeFile(path, {});
                }
                done();
            });
        });
    }
    maybeDone();
}

void SftpRemoveJob::abort()
{
    m_requests.clear();
}

void SftpRemoveJob::removeFile(const QByteArray &path, const FolderPtr &parent)
{
    if (parent)
        ++parent->pending;
    removeOne(path, false, parent);
}

// A file, or a folder once emptied; its parent hears either way.
void SftpRemoveJob::removeOne(const QByteArray &path, bool folder, const FolderPtr &parent)
{
    QPointer<SftpRemoveJob> self(this);
    enqueue([self, path, folder, parent](std::function<void()> done) {
        self->m_client->remove(path, folder, [self, parent, done](const Status &removed) {
            if (!self || self->isFinished())
                return;
            if (removed)
                ++self->m_removed;
            else
                self->failedOn(removed.error());
            self->childDone(parent, removed.ok());
            done();
        });
    });
}

void SftpRemoveJob::removeFolder(const QByteArray &path, const FolderPtr &parent)
{
    if (parent)
        ++parent->pending;
    auto folder = std::make_shared<Folder>();
    folder->path = path;
    folder->parent = parent;
    QPointer<SftpRemoveJob> self(this);
    enqueue([self, folder](std::function<void()> done) {
        self->m_client->listDirectory(folder->path, [self, folder, done](const Result<QList<Entry>> &entries) {
            if (!self || self->isFinished())
                return;
            if (!entries) {
                folder->failed = true;
                self->failedOn(entries.error());
            } else {
                for (const Entry &e : *entries) {
                    const QByteArray child = joinPath(folder->path, e.name);
                    // READDIR's attributes are lstat's: a link is never walked into.
                    if (e.attrs.isDirectory())
                        self->removeFolder(child, folder);
                    else
                        self->removeFile(child, folder);
                }
            }
            folder->listed = true;
            self->folderCheck(folder);
            done();
        });
    });
}

void SftpRemoveJob::folderCheck(const FolderPtr &folder)
{
    if (!folder->listed || folder->pending > 0)
        return;
    if (folder->failed) // what failed inside was said; the folder is not empty
        return childDone(folder->parent, false);
    removeOne(folder->path, true, folder->parent);
}

void SftpRemoveJob::childDone(const FolderPtr &parent, bool ok)
{
    if (!parent) {
        --m_topPending;
        return;
    }
    if (!ok)
        parent->failed = true;
    --parent->pending;
    folderCheck(parent);
}

void SftpRemoveJob::failedOn(const Error &error)
{
    if (error.code == ErrorCode::Network) // the session is gone: nothing else will work
        return finish(error);
    if (m_failures.size() < kFailuresKept)
        m_failures << error.message;
    else if (m_failures.size() == kFailuresKept)
        m_failures << tr("…and more.");
}

void SftpRemoveJob::enqueue(RequestWindow::Request request)
{
    m_requests.add(std::move(request));
    pump();
}

void SftpRemoveJob::pump()
{
    if (!isFinished() && !m_client && m_requests.hasQueued())
        return finish(Error(ErrorCode::Network, SftpClient::tr("The SFTP session has ended.")));
    m_requests.send([this] { return !isFinished() && m_client; });
}

void SftpRemoveJob::maybeDone()
{
    if (isFinished() || !m_requests.isIdle() || m_topPending > 0)
        return;
    qCInfo(lcSftp) << "deleted" << m_removed << "items," << m_failures.size() << "failures";
    if (m_failures.isEmpty())
        return finish();
    finish(Error(ErrorCode::Io,
                 tr("%n item(s) could not be deleted: %1", nullptr, int(m_failures.size())).arg(m_failures.first()),
                 m_failures.join(QLatin1Char('\n'))));
}

} // namespace keyport
