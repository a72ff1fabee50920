#include "peerhttp.h"

#include <QFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>

#include <cstdio>

namespace peerhttp {

bool read(QTcpSocket *sock, Request *request)
{
    const QByteArray peeked = sock->peek(1 << 20);
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = peeked.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype c = lines[i].indexOf(':');
        if (c > 0)
            headers.insert(lines[i].left(c).trimmed().toLower(), lines[i].mid(c + 1).trimmed());
    }
    const qsizetype length = headers.value("content-length").toLongLong();
    if (peeked.size() < end + 4 + length)
        return false; // wait for the body
    request->method = first.value(0);
    request->target = first.value(1);
    request->headers = headers;
    request->body = sock->read(end + 4 + length).mid(end + 4);
    return true;
}

void addServerOptions(QCommandLineParser &parser)
{
    parser.addOptions({ { QStringLiteral("port"), QStringLiteral("port"), QStringLiteral("port"), QStringLiteral("0") },
                        { QStringLiteral("tls-cert"), QStringLiteral("cert"), QStringLiteral("file") },
                        { QStringLiteral("tls-key"), QStringLiteral("key"), QStringLiteral("file") } });
}

QTcpServer *listen(QObject *parent, const QCommandLineParser &parser, std::function<void(QTcpSocket *)> handle)
{
    QTcpServer *server = nullptr;
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        auto *ssl = new QSslServer(parent);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        QFile cert(parser.value(QStringLiteral("tls-cert"))), key(parser.value(QStringLiteral("tls-key")));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read the TLS certificate or key\n");
            return nullptr;
        }
        conf.setLocalCertificate(QSslCertificate(cert.readAll()));
        conf.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
        ssl->setSslConfiguration(conf);
        server = ssl;
    } else {
        server = new QTcpServer(parent);
    }
    QObject::connect(server, &QTcpServer::pendingConnectionAvailable, parent, [server, handle] {
        while (QTcpSocket *sock = server->nextPendingConnection()) {
            QObject::connect(sock, &QTcpSocket::readyRead, sock, [sock, handle] { handle(sock); });
            QObject::connect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
            if (sock->bytesAvailable())
                handle(sock);
        }
    });
    if (!server->listen(QHostAddress::LocalHost, quint16(parser.value(QStringLiteral("port")).toUInt()))) {
        std::fprintf(stderr, "cannot listen: %s\n", qPrintable(server->errorString()));
        return nullptr;
    }
    std::printf("LISTENING %u\n", server->serverPort());
    std::fflush(stdout);
    return server;
}

} // namespace peerhttp
