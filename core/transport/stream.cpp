#include "stream.h"

#include "common/text.h"

#include "common/log.h"
#include "common/paths.h"

#include <QProcess>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

#include <cerrno>

#ifndef Q_OS_WIN
#include <unistd.h>
#else
#include <io.h>
#endif

namespace keyport {

namespace {
constexpr qint64 kChunk = 256 << 10;
}

void ByteStream::reportClosed(const Error &error)
{
    if (m_closed)
        return;
    m_closed = true;
    Q_EMIT closed(error);
}

DeviceStream::DeviceStream(QIODevice *device, QObject *parent)
    : ByteStream(parent)
    , m_device(device)
{
    m_device->setParent(this);
}

void DeviceStream::pump()
{
    while (!m_paused && m_device->bytesAvailable() > 0)
        Q_EMIT received(m_device->read(kChunk));
}

void DeviceStream::write(const QByteArray &data)
{
    m_device->write(data);
}

qint64 DeviceStream::pendingWrite() const
{
    return m_device->bytesToWrite();
}

void DeviceStream::setReadPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        QTimer::singleShot(0, this, &DeviceStream::pump);
}

SocketStream::SocketStream(QAbstractSocket *socket, QString host, quint16 port, QObject *parent)
    : DeviceStream(socket, parent)
    , m_socket(socket)
    , m_host(std::move(host))
    , m_port(port)
{
    // Bounded: when we stop reading, the kernel's window pushes back.
    m_socket->setReadBufferSize(kChunk);
    connect(m_socket, &QAbstractSocket::readyRead, this, [this] { pump(); });
    connect(m_socket, &QAbstractSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() < kLowWater)
            Q_EMIT drained();
    });
    connect(m_socket, &QAbstractSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        Q_EMIT opened();
    });
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        pump();
        reportClosed();
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e == QAbstractSocket::RemoteHostClosedError) {
            pump();
            reportClosed();
            return;
        }
        reportClosed(Error(ErrorCode::Network,
                           m_host.isEmpty() ? tr("The connection failed.")
                                            : tr("Cannot connect to %1 port %2.").arg(m_host).arg(m_port),
                           m_socket->errorString()));
    });
}

void SocketStream::open()
{
    if (!m_host.isEmpty())
        m_socket->connectToHost(m_host, m_port);
    else
        QTimer::singleShot(0, this, [this] { Q_EMIT opened(); });
}

void SocketStream::close()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        reportClosed();
    else
        m_socket->disconnectFromHost(); // after the queued bytes
}

ProcessStream::ProcessStream(QString program, QStringList args, QObject *parent, bool keepErrors)
    : DeviceStream(new QProcess, parent)
    , m_process(static_cast<QProcess *>(m_device))
    , m_program(std::move(program))
    , m_args(std::move(args))
{
    m_process->setProcessChannelMode(keepErrors ? QProcess::SeparateChannels : QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // Pipes hold 64 KiB: a 256 KiB SFTP message would take four wake-ups of
    // each side. 1 MiB (the unprivileged limit) lets whole messages through
    // (measured: docs/benchmarks.md, Files). Runs in the child, before exec.
    m_process->setChildProcessModifier([] {
        ::fcntl(STDIN_FILENO, F_SETPIPE_SZ, 1 << 20);
        ::fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
    });
#endif
    m_process->setReadChannel(QProcess::StandardOutput);
    if (keepErrors)
        connect(m_process, &QProcess::readyReadStandardError, this, [this] {
            m_errors += m_process->readAllStandardError();
            constexpr qsizetype kKept = 4096;
            if (m_errors.size() > kKept)
                m_errors = m_errors.right(kKept);
        });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { pump(); });
    connect(m_process, &QProcess::bytesWritten, this, [this] {
        if (m_process->bytesToWrite() < kLowWater)
            Q_EMIT drained();
    });
    connect(m_process, &QProcess::started, this, &ByteStream::opened);
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        pump();
        if (status == QProcess::NormalExit && code == 0)
            reportClosed();
        else
            reportClosed(
                Error(ErrorCode::Network, tr("%1 exited with status %2.").arg(m_program).arg(code), errorTail()));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            reportClosed(Error(ErrorCode::NotFound, tr("Cannot run %1.").arg(m_program), m_process->errorString()));
    });
}

ProcessStream::~ProcessStream()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->disconnect(this);
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(1000)) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void ProcessStream::open()
{
    m_process->start(m_program, m_args);
}

void ProcessStream::close()
{
    m_process->closeWriteChannel();
}

QString ProcessStream::errorTail() const
{
    // Line by line: each printable (what a server prints cannot move a
    // cursor), the line breaks kept.
    QStringList lines;
    for (const QString &line : QString::fromUtf8(m_errors).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            lines << printable(line.trimmed(), 300);
    return lines.mid(qMax<qsizetype>(0, lines.size() - 10)).join(QLatin1Char('\n'));
}

StdioStream::StdioStream(QObject *parent)
    : ByteStream(parent)
{
}

void StdioStream::open()
{
#ifndef Q_OS_WIN
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdioStream::readStdin);
#endif
    Q_EMIT opened();
}

void StdioStream::readStdin()
{
#ifndef Q_OS_WIN
    QByteArray buf(kChunk, Qt::Uninitialized);
    const ssize_t n = ::read(STDIN_FILENO, buf.data(), size_t(buf.size()));
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_notifier->setEnabled(false);
        reportClosed();
        return;
    }
    buf.truncate(n);
    Q_EMIT received(buf);
#endif
}

void StdioStream::write(const QByteArray &data)
{
#ifndef Q_OS_WIN
    // Blocking: when ssh stops reading, so do we, and the peer feels it.
    qsizetype off = 0;
    while (off < data.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, data.constData() + off, size_t(data.size() - off));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            reportClosed(Error(ErrorCode::Io, tr("The SSH client closed its end of the pipe.")));
            return;
        }
        off += n;
    }
#endif
}

void StdioStream::setReadPaused(bool paused)
{
    if (m_notifier)
        m_notifier->setEnabled(!paused);
}

void StdioStream::close()
{
#ifndef Q_OS_WIN
    ::close(STDOUT_FILENO);
#endif
    reportClosed();
}

ByteStream *openTransportStream(const TransportSpec &spec, QObject *parent)
{
    switch (spec.kind) {
    case TransportSpec::Kind::Tcp:
        return new SocketStream(new QTcpSocket, spec.host, spec.port, parent);
    case TransportSpec::Kind::Jump:
        // OpenSSH does the hop: ssh -W opens a direct-tcpip channel to the target.
        return new ProcessStream(QStringLiteral("ssh"),
                                 paths::sshConfigArgs()
                                     + QStringList { QStringLiteral("-W"),
                                                     QStringLiteral("%1:%2").arg(spec.host).arg(spec.port),
                                                     QStringLiteral("--"), spec.jump },
                                 parent);
    case TransportSpec::Kind::Command:
        return new ProcessStream(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), spec.command }, parent);
    case TransportSpec::Kind::WebSocket:
    case TransportSpec::Kind::CliProxy:
        break; // the source's: it holds the token
    }
    return nullptr;
}

} // namespace keyport
