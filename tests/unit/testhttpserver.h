#pragma once

// A small HTTP/1.1 server for tests, in the test process on loopback: it
// reads one request per connection and hands it to the test's handler, which
// writes exactly the answer the test needs (all at once, or over time).

#include "common/job.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace keyport::test {

struct Request {
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// HTTP/1.1 on loopback, one request per connection: the handler writes the
// answer (all at once, or over time) and closes the socket.
class TestHttpServer : public QObject {
public:
    using Handler = std::function<void(QTcpSocket *, const Request &)>;
    explicit TestHttpServer(Handler handler)
        : m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *sock = m_server.nextPendingConnection()) {
                connect(sock, &QTcpSocket::readyRead, sock, [this, sock] { read(sock); });
                connect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QList<Request> requests;

    static void answer(QTcpSocket *sock, int status, const QByteArray &body,
                       const QByteArray &type = "application/json")
    {
        sock->write("HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + type
                    + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                    + body);
        sock->disconnectFromHost();
    }

    // A 200 answer sent over time: `parts` one every `intervalMs` (the first
    // at once), as chunks or ended by closing the connection. sentAt gets
    // when each part was written, on `clock`.
    static void streamParts(QTcpSocket *sock, const QByteArrayList &parts, int intervalMs, bool chunked,
                            const QElapsedTimer &clock, QList<qint64> *sentAt, bool end = true,
                            const QByteArray &type = "text/event-stream")
    {
        sock->write("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nCache-Control: no-cache\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Connection: close\r\n") + "\r\n");
        sock->flush();
        auto next = std::make_shared<qsizetype>(0);
        auto *timer = new QTimer(sock);
        const auto send = [sock, parts, chunked, clock, sentAt, end, next, timer] {
            if (*next >= parts.size()) {
                timer->stop();
                if (!end)
                    return;
                if (chunked)
                    sock->write("0\r\n\r\n");
                sock->disconnectFromHost();
                return;
            }
            const QByteArray &part = parts[(*next)++];
            sock->write(chunked ? QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n" : part);
            sock->flush();
            if (sentAt)
                *sentAt << clock.elapsed();
        };
        QObject::connect(timer, &QTimer::timeout, sock, send);
        send();
        timer->start(intervalMs);
    }

private:
    void read(QTcpSocket *sock)
    {
        const QByteArray peeked = sock->peek(1 << 20);
        const qsizetype end = peeked.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        const QList<QByteArray> lines = peeked.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype c = lines[i].indexOf(':');
            if (c > 0)
                r.headers.insert(lines[i].left(c).trimmed().toLower(), lines[i].mid(c + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (peeked.size() < end + 4 + length)
            return;
        r.body = sock->read(end + 4 + length).mid(end + 4);
        disconnect(sock, &QTcpSocket::readyRead, nullptr, nullptr);
        requests << r;
        m_handler(sock, r);
    }

    QTcpServer m_server;
    Handler m_handler;
};

// Runs `job` to its end; returns its error.
template <typename J> keyport::Error runJob(J *job, int timeoutMs = 10000)
{
    keyport::Error error;
    bool done = false;
    QObject context;
    startJob(job, &context, [&](J *j) {
        error = j->error();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        return keyport::Error(keyport::ErrorCode::Internal, QStringLiteral("the job did not finish in time"));
    return error;
}

} // namespace keyport::test
