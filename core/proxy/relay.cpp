#include "relay.h"

#include "common/log.h"
#include "common/text.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace keyport {

bool Relay::spliceEnabled = qEnvironmentVariable("KEYPORT_RELAY_SPLICE") != QLatin1String("0");
bool Relay::failSpliceSetUp = false;

#ifdef Q_OS_LINUX
// Both directions of a spliced relay: socket -> pipe -> socket each.
struct Relay::Splice {
    struct Lane {
        int from = -1; // not owned: fds[]
        int to = -1;
        int pipe[2] = { -1, -1 };
        qint64 inPipe = 0;
        qint64 capacity = 0;
        bool eof = false;
        qint64 *counter = nullptr;
        QSocketNotifier *readable = nullptr;
        QSocketNotifier *writable = nullptr;
    };
    int fds[2] = { -1, -1 }; // our duplicates of a's and b's sockets
    Lane lanes[2];
    // Set once the relay took the connections over, and only then are they
    // ours to end: shutdown() acts on the socket, not on our duplicate, so a
    // half-built Splice that did it would end the live connections the Qt
    // path still carries.
    bool tookOver = false;

    ~Splice()
    {
        for (Lane &l : lanes) {
            // Possibly inside one of their signals: not deleted at once.
            for (QSocketNotifier *n : { l.readable, l.writable })
                if (n) {
                    n->setEnabled(false);
                    n->deleteLater();
                }
            for (int fd : l.pipe)
                if (fd >= 0)
                    ::close(fd);
        }
        for (int fd : fds)
            if (fd >= 0) {
                if (tookOver)
                    ::shutdown(fd, SHUT_WR);
                ::close(fd);
            }
    }
};

namespace {
// The socket of a plain TCP SocketStream (its child), else null.
QTcpSocket *plainTcpSocket(ByteStream *s)
{
    if (!qobject_cast<SocketStream *>(s) || s->isClosed())
        return nullptr;
    auto *socket = s->findChild<QTcpSocket *>(QString(), Qt::FindDirectChildrenOnly);
    if (!socket || qobject_cast<QSslSocket *>(socket) || socket->state() != QAbstractSocket::ConnectedState)
        return nullptr;
    return socket;
}

// splice() into a socket whose peer is gone raises SIGPIPE (there is no
// MSG_NOSIGNAL for it): hold it off for the call and swallow it, so the
// process keeps whatever disposition it chose.
ssize_t spliceQuietly(int from, int to, size_t size)
{
    sigset_t pipe, old;
    sigemptyset(&pipe);
    sigaddset(&pipe, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe, &old);
    const ssize_t n = ::splice(from, nullptr, to, nullptr, size, SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
    const int saved = errno;
    if (n < 0 && saved == EPIPE && !sigismember(&old, SIGPIPE)) {
        const timespec now {};
        sigtimedwait(&pipe, nullptr, &now);
    }
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    errno = saved;
    return n;
}
} // namespace
#else
struct Relay::Splice {};
#endif

Relay::Relay(ByteStream *a, ByteStream *b, QObject *parent)
    : QObject(parent)
    , m_a(a)
    , m_b(b)
{
    link(a, b, &m_aToB);
    link(b, a, &m_bToA);
    connect(a, &ByteStream::opened, this, [this] {
        m_aOpen = true;
        trySpliceLater();
    });
    connect(b, &ByteStream::opened, this, [this] {
        m_bOpen = true;
        trySpliceLater();
    });
}

Relay::~Relay() = default;

void Relay::link(ByteStream *from, ByteStream *to, qint64 *counter)
{
    connect(from, &ByteStream::received, this, [from, to, counter](const QByteArray &data) {
        *counter += data.size();
        to->write(data);
        if (to->pendingWrite() > ByteStream::kHighWater)
            from->setReadPaused(true);
    });
    connect(to, &ByteStream::drained, this, [this, from] {
        from->setReadPaused(false);
        trySpliceLater(); // everything queued went out: a moment to switch
    });
    connect(from, &ByteStream::closed, this, [this, to](const Error &e) { end(to, e); });
}

void Relay::end(ByteStream *survivor, const Error &error)
{
    qCDebug(lcProxy) << "relay: one side ended" << (survivor == m_a ? "(upstream)" : "(downstream)")
                     << qUtf8Printable(error.oneLine());
    if (m_done)
        return;
    m_done = true;
    // Report first: closing the survivor lets an SSH client exit, and whatever
    // we print after that may never reach its user.
    Q_EMIT finished(error);
    if (!survivor->isClosed())
        survivor->close();
}

void Relay::trySpliceLater()
{
#ifdef Q_OS_LINUX
    // Not from inside a socket's own signal: switching aborts the sockets.
    if (!spliceEnabled || m_splice || m_done || m_spliceQueued || !m_aOpen || !m_bOpen)
        return;
    m_spliceQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_spliceQueued = false;
        trySplice();
    });
#endif
}

void Relay::trySplice()
{
#ifdef Q_OS_LINUX
    if (m_splice || m_done)
        return;
    QTcpSocket *sockets[2] = { plainTcpSocket(m_a), plainTcpSocket(m_b) };
    for (QTcpSocket *s : sockets)
        if (!s || s->bytesAvailable() > 0 || s->bytesToWrite() > 0)
            return; // not TCP both ways, or bytes still queued in Qt: later, or never
    // Until the take-over below, a failure only closes what the set-up made
    // (see Splice::tookOver): the sockets stay as they were, the Qt path goes on.
    auto splice = std::make_unique<Splice>();
    for (int i = 0; i < 2; ++i) {
        splice->fds[i] = ::fcntl(int(sockets[i]->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
        Splice::Lane &l = splice->lanes[i];
        if (splice->fds[i] < 0 || ::pipe2(l.pipe, O_NONBLOCK | O_CLOEXEC) != 0) {
            qCDebug(lcProxy) << "relay: cannot splice:" << std::strerror(errno);
            return;
        }
        // The pipe is the relay's buffer: as large as the bound the Qt path
        // keeps (if the kernel refuses, a smaller one still works).
        ::fcntl(l.pipe[1], F_SETPIPE_SZ, int(ByteStream::kHighWater));
        l.capacity = failSpliceSetUp && i == 1 ? -1 : ::fcntl(l.pipe[1], F_GETPIPE_SZ);
        if (l.capacity <= 0) {
            qCDebug(lcProxy) << "relay: cannot splice: no pipe capacity"
                             << (failSpliceSetUp ? "(test seam)" : std::strerror(errno));
            return;
        }
    }
    // From here the relay owns both connections: the streams let go of the
    // sockets without a sound (no signals: to them, nothing happened).
    splice->tookOver = true;
    for (int fd : splice->fds) {
        const int on = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    }
    disconnect(m_a, nullptr, this, nullptr);
    disconnect(m_b, nullptr, this, nullptr);
    for (QTcpSocket *s : sockets) {
        const QSignalBlocker quiet(s);
        s->abort(); // closes Qt's descriptor; ours keep the connection
    }
    m_splice = std::move(splice);
    qCDebug(lcProxy) << "relay: splicing from here on";
    qint64 *counters[2] = { &m_aToB, &m_bToA };
    for (int i = 0; i < 2; ++i) {
        Splice::Lane &l = m_splice->lanes[i];
        l.from = m_splice->fds[i];
        l.to = m_splice->fds[1 - i];
        l.counter = counters[i];
        // Children: a relay deleted while splicing (its proxy deleted, the
        // app quitting) takes them along, with no event loop left to run
        // their deleteLater().
        l.readable = new QSocketNotifier(l.from, QSocketNotifier::Read, this);
        l.writable = new QSocketNotifier(l.to, QSocketNotifier::Write, this);
        l.writable->setEnabled(false);
        connect(l.readable, &QSocketNotifier::activated, this, [this, i] { pump(i); });
        connect(l.writable, &QSocketNotifier::activated, this, [this, i] { pump(i); });
    }
    pump(0);
    if (m_splice)
        pump(1);
#endif
}

void Relay::pump(int lane)
{
#ifdef Q_OS_LINUX
    const auto failed = [this](int error) {
        // The same words as SocketStream, which reports this on the Qt path.
        endSplice(Error(ErrorCode::Network, SocketStream::tr("The connection failed."), systemErrorText(error)));
    };
    Splice::Lane &l = m_splice->lanes[lane];
    for (bool moved = true; moved;) {
        moved = false;
        if (!l.eof && l.inPipe < l.capacity) {
            const ssize_t n = ::splice(l.from, nullptr, l.pipe[1], nullptr, size_t(l.capacity - l.inPipe),
                                       SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
            if (n > 0) {
                l.inPipe += n;
                *l.counter += n;
                moved = true;
            } else if (n == 0) {
                l.eof = true;
            } else if (errno != EAGAIN && errno != EINTR) {
                failed(errno);
                return;
            }
        }
        if (l.inPipe > 0) {
            const ssize_t n = spliceQuietly(l.pipe[0], l.to, size_t(l.inPipe));
            if (n > 0) {
                l.inPipe -= n;
                moved = true;
            } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
                failed(errno);
                return;
            }
        }
    }
    // What is left in the pipe waits for the other side to take it; until
    // then nothing more is read (the pipe is the bound, and a pipe out of
    // slots would keep the socket readable for nothing).
    l.readable->setEnabled(!l.eof && l.inPipe == 0);
    l.writable->setEnabled(l.inPipe > 0);
    if (l.eof && l.inPipe == 0) {
        qCDebug(lcProxy) << "relay: one side ended" << (lane == 0 ? "(downstream)" : "(upstream)");
        endSplice({}); // and what it sent was delivered
    }
#else
    Q_UNUSED(lane);
#endif
}

void Relay::endSplice(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    // Report first, as end() does; then both connections close.
    Q_EMIT finished(error);
    m_splice.reset();
}

} // namespace keyport
