#include "sftpworker.h"

#include "common/log.h"
#include "session/sftpclient.h"
#include "session/sftpremove.h"

#include <QThread>

namespace keyport {

void SftpTransferHandle::cancel()
{
    if (!m_finished && m_cancel)
        m_cancel();
}

SftpWorker::SftpWorker(std::function<QStringList()> argv, QObject *parent)
    : QObject(parent)
    , m_argv(std::move(argv))
    , m_thread(new QThread(this))
    , m_context(new QObject)
{
    m_thread->setObjectName(QStringLiteral("keyport-sftp"));
    m_context->moveToThread(m_thread);
    // The session's objects go with the thread, on the thread.
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

SftpWorker::~SftpWorker()
{
    // Closing ssh's stdin ends its session; the stream waits a moment for it.
    QMetaObject::invokeMethod(
        m_context, [context = m_context] { qDeleteAll(context->children()); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SftpWorker::onWorker(std::function<void(SftpClient *)> work)
{
    QMetaObject::invokeMethod(
        m_context, [this, work] { work(m_client.data()); }, Qt::QueuedConnection);
}

void SftpWorker::onCaller(std::function<void()> work)
{
    QPointer<SftpWorker> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, work] {
            if (self)
                work();
        },
        Qt::QueuedConnection);
}

void SftpWorker::start()
{
    QMetaObject::invokeMethod(
        m_context, [this] { openSession(); }, Qt::QueuedConnection);
}

void SftpWorker::reconnect()
{
    m_ready = false;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            // The jobs of the old session hold it by QPointer: they see it gone.
            delete m_client.data();
            openSession();
        },
        Qt::QueuedConnection);
}

void SftpWorker::openSession()
{
    const QStringList argv = m_argv();
    auto *client = SftpClient::overProcess(argv, m_context);
    m_client = client;
    connect(client, &SftpClient::ready, m_context, [this, client] {
        const QByteArray home = client->home();
        onCaller([this, home] {
            m_home = home;
            m_ready = true;
            Q_EMIT ready();
        });
    });
    connect(client, &SftpClient::failed, m_context, [this](const Error &error) {
        onCaller([this, error] {
            m_ready = false;
            Q_EMIT failed(error);
        });
    });
    client->start();
}

namespace {
Error gone()
{
    return Error(ErrorCode::Network, SftpClient::tr("The SFTP session has ended."));
}
} // namespace

void SftpWorker::list(const QByteArray &path, std::function<void(const Result<QList<sftp::Entry>> &)> done)
{
    onWorker([this, path, done](SftpClient *client) {
        if (!client)
            return onCaller([done] { done(gone()); });
        client->listDirectory(path,
                              [this, done](const Result<QList<sftp::Entry>> &r) { onCaller([done, r] { done(r); }); });
    });
}

void SftpWorker::makeDirectory(const QByteArray &path, std::function<void(const Status &)> done)
{
    onWorker([this, path, done](SftpClient *client) {
        if (!client)
            return onCaller([done] { done(gone()); });
        client->makeDirectory(path, [this, done](const Status &s) { onCaller([done, s] { done(s); }); });
    });
}

void SftpWorker::remove(const QByteArray &path, bool directory, std::function<void(const Status &)> done)
{
    onWorker([this, path, directory, done](SftpClient *client) {
        if (!client)
            return onCaller([done] { done(gone()); });
        client->remove(path, directory, [this, done](const Status &s) { onCaller([done, s] { done(s); }); });
    });
}

void SftpWorker::rename(const QByteArray &from, const QByteArray &to, std::function<void(const Status &)> done)
{
    onWorker([this, from, to, done](SftpClient *client) {
        if (!client)
            return onCaller([done] { done(gone()); });
        // Never replaces what is there: renaming onto a name is the user's to decide.
        client->rename(from, to, false, [this, done](const Status &s) { onCaller([done, s] { done(s); }); });
    });
}

void SftpWorker::browse(const QByteArray &path, const SftpListJob::Options &options,
                        std::function<void(const Result<SftpListJob::Listing> &)> done)
{
    onWorker([this, path, options, done](SftpClient *client) {
        if (!client || !client->isReady())
            return onCaller([done] { done(gone()); });
        startJob(new SftpListJob(client, path, options, m_context), m_context, [this, done](SftpListJob *job) {
            Result<SftpListJob::Listing> r = job->failed() ? Result<SftpListJob::Listing>(job->error())
                                                           : Result<SftpListJob::Listing>(job->listing());
            onCaller([done, r] { done(r); });
        });
    });
}

void SftpWorker::removeTree(const QList<QByteArray> &paths,
                            std::function<void(const Status &, int, const QStringList &)> done)
{
    onWorker([this, paths, done](SftpClient *client) {
        if (!client || !client->isReady())
            return onCaller([done] { done(gone(), 0, {}); });
        startJob(new SftpRemoveJob(client, paths, m_context), m_context, [this, done](SftpRemoveJob *job) {
            const Status s = job->failed() ? Status(job->error()) : Status();
            const int removed = job->removed();
            const QStringList failures = job->failures();
            onCaller([done, s, removed, failures] { done(s, removed, failures); });
        });
    });
}

SftpTransferHandle *SftpWorker::copy(SftpCopyJob::Direction direction, const QStringList &sources,
                                     const QString &destination, const SftpCopyJob::Options &options)
{
    auto *handle = new SftpTransferHandle(this);
    QPointer<SftpTransferHandle> h(handle);
    auto job = std::make_shared<QPointer<SftpCopyJob>>();
    handle->m_cancel = [this, job] {
        onWorker([job](SftpClient *) {
            if (*job)
                (*job)->cancel();
        });
    };
    SftpCopyJob::Options onThread = options;
    if (options.transfer.ask) {
        // Asked here, on the caller's thread; answered back on the worker's.
        QPointer<SftpWorker> self(this);
        onThread.transfer.ask = [self, ask = options.transfer.ask](const TransferConflict &conflict,
                                                                   std::function<void(ConflictAnswer)> answer) {
            if (!self)
                return;
            self->onCaller([self, ask, conflict, answer] {
                ask(conflict, [self, answer](ConflictAnswer a) {
                    if (self)
                        QMetaObject::invokeMethod(
                            self->m_context, [answer, a] { answer(a); }, Qt::QueuedConnection);
                });
            });
        };
    }
    onWorker([this, h, job, direction, sources, destination, options = onThread](SftpClient *client) {
        auto report = [this, h](const Error &error, const QStringList &warnings, qint64 done) {
            onCaller([h, error, warnings, done] {
                if (!h)
                    return;
                h->m_finished = true;
                h->m_error = error;
                h->m_warnings = warnings;
                h->m_done = done;
                Q_EMIT h->finished();
            });
        };
        if (!client || !client->isReady())
            return report(gone(), {}, 0);
        auto *copy = new SftpCopyJob(client, direction, sources, destination, options, m_context);
        *job = copy;
        connect(copy, &SftpCopyJob::transferred, m_context,
                [this, h](qint64 done, qint64 total, const QString &current) {
                    onCaller([h, done, total, current] {
                        if (!h)
                            return;
                        h->m_done = done;
                        h->m_total = total;
                        Q_EMIT h->progressed(done, total, current);
                    });
                });
        startJob(copy, m_context, [report](SftpCopyJob *finished) {
            report(finished->error(), finished->warnings(), finished->bytesDone());
        });
    });
    return handle;
}

} // namespace keyport
