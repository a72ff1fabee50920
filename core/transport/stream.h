#pragma once

#include "model/workspace.h"

#include "common/result.h"

#include <QByteArray>
#include <QObject>

class QAbstractSocket;
class QIODevice;
class QProcess;
class QSocketNotifier;

namespace keyport {

// A byte stream to (or from) an sshd: TCP, a tunnel, a process, stdio.
// Writes queue, also before the stream is open (they go out once it is);
// pendingWrite() tells how much is still queued, and drained() fires when it
// falls low again, never before opened(): callers pause reading the other side
// while it is high, which bounds memory end to end.
class ByteStream : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    static constexpr qint64 kHighWater = 1 << 20;
    static constexpr qint64 kLowWater = 256 << 10;

    virtual void open() = 0;
    virtual void write(const QByteArray &data) = 0;
    virtual qint64 pendingWrite() const = 0;
    virtual void setReadPaused(bool paused) = 0;
    // Closes after the queued bytes are written.
    virtual void close() = 0;
    bool isClosed() const { return m_closed; }

Q_SIGNALS:
    void opened();
    void received(const QByteArray &data);
    void drained();
    // Exactly once; an error when the stream failed rather than ended.
    void closed(const keyport::Error &error);

protected:
    void reportClosed(const Error &error = {});

private:
    bool m_closed = false;
};

// The reading and writing shared by streams over a QIODevice.
class DeviceStream : public ByteStream {
    Q_OBJECT
public:
    void write(const QByteArray &data) override;
    qint64 pendingWrite() const override;
    void setReadPaused(bool paused) override;

protected:
    // Takes ownership of the device.
    DeviceStream(QIODevice *device, QObject *parent);
    void pump();
    QIODevice *m_device;
    bool m_paused = false;
};

// A connected or connecting QAbstractSocket (TCP: tunnels and proxy clients).
class SocketStream : public DeviceStream {
    Q_OBJECT
public:
    // Takes ownership. With host/port it connects on open(); else it is connected.
    SocketStream(QAbstractSocket *socket, QString host = {}, quint16 port = 0, QObject *parent = nullptr);
    void open() override;
    void close() override;

private:
    QAbstractSocket *m_socket;
    QString m_host;
    quint16 m_port;
};

// A child process's stdin/stdout (ProxyCommand, ssh -W for jump hosts).
class ProcessStream : public DeviceStream {
    Q_OBJECT
public:
    // stderr goes to ours (the user's terminal, where ssh's own words belong)
    // unless `keepErrors`: then its last lines are kept, and a failed exit's
    // error says them (ssh's "Permission denied" for a Files view).
    ProcessStream(QString program, QStringList args, QObject *parent = nullptr, bool keepErrors = false);
    // Ends the process: its stdin closed first (ssh then ends the session
    // cleanly), killed when it does not go within a moment.
    ~ProcessStream() override;
    void open() override;
    void close() override;
    QString errorTail() const;

private:
    QProcess *m_process;
    QString m_program;
    QStringList m_args;
    QByteArray m_errors;
};

// This process's stdin and stdout: the ProxyCommand side of the forwarder.
class StdioStream : public ByteStream {
    Q_OBJECT
public:
    explicit StdioStream(QObject *parent = nullptr);
    void open() override;
    void write(const QByteArray &data) override;
    qint64 pendingWrite() const override { return 0; }
    void setReadPaused(bool paused) override;
    void close() override;

private:
    void readStdin();
    QSocketNotifier *m_notifier = nullptr;
};

// Opens a stream for a transport that needs no credentials (TCP, jump host,
// command). Tunnels with tokens are opened by their source.
ByteStream *openTransportStream(const TransportSpec &spec, QObject *parent);

} // namespace keyport
