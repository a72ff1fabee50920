#pragma once

#include "common/result.h"
#include "transport/stream.h"

#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <optional>

namespace keyport {

class HttpApi;

// One run of Northflank's CLI in its proxy mode
// (`northflank ssh service --projectId P --serviceId S --proxyOnly`, see
// shared/design/protocols.md "The CLI"): the SSH path to a service. It runs
// with a private HOME that holds only this source's login (the user's own
// CLI login is neither needed nor touched; the token file goes with the run),
// stdin closed so that it never waits at a prompt. Streams acquire() it; the
// first starts it, and it stops (SIGINT, its Ctrl+C) a moment after the last
// release(), so that a proxy port's scp after ssh does not wait for a new run.
class NorthflankCliProxy : public QObject {
    Q_OBJECT
public:
    NorthflankCliProxy(HttpApi *api, QString workspace, QString projectId, QString serviceId, QObject *parent);
    ~NorthflankCliProxy() override;

    void acquire();
    void release();
    bool isReady() const { return m_endpoint.has_value(); }
    // Once ready: where the CLI listens (it changes every run).
    QString host() const { return m_endpoint ? m_endpoint->host : QString(); }
    quint16 port() const { return m_endpoint ? m_endpoint->port : 0; }
    // Stopping or stopped: a new stream needs a new run.
    bool isEnding() const { return m_ending; }

    struct Endpoint {
        QString host;
        quint16 port = 0;
    };
    // "SSH proxy started on endpoint: 127.24.1.1:37071, stop with Ctrl+C" in
    // what the CLI printed so far (colour codes and all); nullopt until then.
    static std::optional<Endpoint> parseEndpoint(const QByteArray &output);
    // The CLI's own words on a failed run, without colours or the token; the
    // CLI too old to have `ssh` said as such.
    static Error failure(const QString &workspace, const QByteArray &output, const QByteArray &token);
    // What a missing CLI needs.
    static QString installText();
    // The login file of the private HOME (protocols.md: ~/.northflank/config.json).
    static QByteArray loginFile(const QByteArray &token, const QString &host);

    static int startTimeoutMs; // tests shorten it
    static int lingerMs; // after the last stream, before it stops

Q_SIGNALS:
    void ready();
    // The run failed or ended; every stream on it ends with it.
    void failed(const keyport::Error &error);

private:
    // The steps of a start: the CLI found (acquire), the login file made in
    // a private HOME, the CLI started there.
    void withLogin(const QString &program);
    void launch(const QString &program);
    void readOutput();
    void fail(const Error &e);
    void stop();
    void removeHome();

    HttpApi *m_api;
    QString m_workspace, m_projectId, m_serviceId;
    QProcess *m_process = nullptr;
    QTimer m_timeout;
    QTimer m_linger;
    QString m_home;
    QByteArray m_output;
    QByteArray m_token; // only to keep it out of errors; wiped at the end
    std::optional<Endpoint> m_endpoint;
    int m_users = 0;
    bool m_ending = false;
};

// A stream to a service's sshd through its CLI run: the run's endpoint once
// it is ready, writes queued until then.
class NorthflankStream : public ByteStream {
    Q_OBJECT
public:
    NorthflankStream(NorthflankCliProxy *proxy, QObject *parent);
    ~NorthflankStream() override;
    void open() override;
    void write(const QByteArray &data) override;
    qint64 pendingWrite() const override;
    void setReadPaused(bool paused) override;
    void close() override;

private:
    void connectToEndpoint();
    void end(const Error &e);

    QPointer<NorthflankCliProxy> m_proxy;
    ByteStream *m_inner = nullptr;
    QByteArray m_pending;
    bool m_paused = false;
    bool m_acquired = false;
};

} // namespace keyport
