#pragma once

// What the HTTP peers (knotpeer, spacespeer) share: one request read off a
// socket, and the listening server (plain, or TLS with --tls-cert/--tls-key).

#include <QByteArray>
#include <QCommandLineParser>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace peerhttp {

struct Request {
    QByteArray method;
    QByteArray target; // as sent: path segments still percent-encoded
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// The request once all of it has arrived (consumed from the socket); false
// while it has not.
bool read(QTcpSocket *sock, Request *request);

// The options listen() reads: --port, --tls-cert, --tls-key.
void addServerOptions(QCommandLineParser &parser);
// Listens on 127.0.0.1 and calls `handle` on every readyRead of every
// connection; prints "LISTENING <port>" when ready. Null when it cannot.
QTcpServer *listen(QObject *parent, const QCommandLineParser &parser, std::function<void(QTcpSocket *)> handle);

} // namespace peerhttp
