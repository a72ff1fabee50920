// A stand-in for Northflank's CLI (`northflank`, @northflank/cli 0.10.x; see
// shared/design/protocols.md "The CLI"), installed as `northflank` on the
// PATH of the tests. What Keyport relies on, as the real one does it:
//   northflank --version
//   northflank ssh service --projectId P --serviceId S --proxyOnly [--user U]
// reads the current context of $HOME/.northflank/config.json (token, host),
// asks the API for the service's port-forwarding info with that token (so a
// wrong or missing login, SSH off, a paused service fail as the API says),
// prints "SSH proxy started on endpoint: 127.24.x.y:PORT, stop with Ctrl+C"
// (in colour) and its example lines, and relays every connection to the
// info's targetDomain: the tests' peer names their real sshd there, where
// the real CLI would open a WebSocket to Northflank's tunnel. Runs until
// SIGINT. A missing id is asked for on stdin, as the real CLI prompts.
//
// With NORTHFLANK_STANDIN_LOG set, appends one JSON line per start
// ({"event":"start", pid, home, contexts, current, host, project, service}),
// connection and stop, so that tests see which login it ran with and that it
// was stopped.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

int g_logFd = -1;
QByteArray g_stopLine;

void log(const QJsonObject &o)
{
    if (g_logFd < 0)
        return;
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    if (::write(g_logFd, line.constData(), size_t(line.size())) < 0)
        std::perror("northflank: log");
}

void onSigint(int)
{
    if (g_logFd >= 0 && ::write(g_logFd, g_stopLine.constData(), size_t(g_stopLine.size())) < 0) {
        // Nothing to do in a signal handler.
    }
    ::_exit(0);
}

[[noreturn]] void die(const QString &message)
{
    // The real CLI's errors are red.
    std::fprintf(stderr, "\x1b[31mError: %s\x1b[39m\n", message.toUtf8().constData());
    if (g_logFd >= 0 && ::write(g_logFd, g_stopLine.constData(), size_t(g_stopLine.size())) < 0)
        std::perror("northflank: log");
    std::exit(1);
}

void relay(QTcpSocket *client, const QString &target)
{
    auto *upstream = new QTcpSocket(client);
    const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
    upstream->connectToHost(target.left(colon), quint16(target.mid(colon + 1).toUInt()));
    QObject::connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
        if (upstream->state() == QAbstractSocket::ConnectedState)
            upstream->write(client->readAll());
    });
    QObject::connect(upstream, &QTcpSocket::connected, client,
                     [client, upstream] { upstream->write(client->readAll()); });
    QObject::connect(upstream, &QTcpSocket::readyRead, client,
                     [client, upstream] { client->write(upstream->readAll()); });
    QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
    QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
    QObject::connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
}

// The first free 127.24.x.y, as the real CLI binds on Linux.
QTcpServer *bindLoopback(QObject *parent)
{
    auto *server = new QTcpServer(parent);
    for (int y = 1; y < 255; ++y)
        if (server->listen(QHostAddress(QStringLiteral("127.24.1.%1").arg(y)), 0))
            return server;
    if (server->listen(QHostAddress::LocalHost, 0))
        return server;
    return nullptr;
}

QString option(const QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

// The real CLI asks for a missing id; with stdin closed there is no answer.
QString askFor(const char *what)
{
    std::printf("? Select a %s: (Use arrow keys)\n", what);
    std::fflush(stdout);
    QTextStream in(stdin);
    const QString answer = in.readLine();
    if (answer.isNull())
        die(QStringLiteral("User force closed the prompt with 0 null"));
    return answer.trimmed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--version")) {
        std::printf("0.10.4\n");
        return 0;
    }
    if (args.value(0) != QLatin1String("ssh") || args.value(1) != QLatin1String("service")
        || !args.contains(QStringLiteral("--proxyOnly")))
        die(QStringLiteral("the stand-in knows only `ssh service ... --proxyOnly` and --version"));

    if (const QByteArray path = qgetenv("NORTHFLANK_STANDIN_LOG"); !path.isEmpty())
        g_logFd = ::open(path.constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    g_stopLine = QJsonDocument(QJsonObject { { QStringLiteral("event"), QStringLiteral("stop") },
                                             { QStringLiteral("pid"), qint64(::getpid()) } })
                     .toJson(QJsonDocument::Compact)
                 + '\n';
    std::signal(SIGINT, onSigint);

    const QString home = QDir::homePath();
    QFile file(home + QStringLiteral("/.northflank/config.json"));
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("No context found, log in with `northflank login`"));
    const QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
    const QString current = config.value(QStringLiteral("current")).toString();
    const QJsonArray contexts = config.value(QStringLiteral("contexts")).toArray();
    QJsonObject context;
    for (const QJsonValue &c : contexts)
        if (c.toObject().value(QStringLiteral("name")).toString() == current)
            context = c.toObject();
    if (context.isEmpty())
        die(QStringLiteral("No context found, log in with `northflank login`"));

    QString project = option(args, QStringLiteral("--projectId"));
    if (project.isEmpty())
        project = askFor("project");
    QString service = option(args, QStringLiteral("--serviceId"));
    if (service.isEmpty())
        service = askFor("service");
    log({ { QStringLiteral("event"), QStringLiteral("start") },
          { QStringLiteral("pid"), qint64(::getpid()) },
          { QStringLiteral("home"), home },
          { QStringLiteral("contexts"), contexts.size() },
          { QStringLiteral("current"), current },
          { QStringLiteral("host"), context.value(QStringLiteral("host")).toString() },
          { QStringLiteral("project"), project },
          { QStringLiteral("service"), service } });

    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(context.value(QStringLiteral("host")).toString()
             + QStringLiteral("/v1/port-forwarding/info/projects/%1/services/%2").arg(project, service)));
    request.setRawHeader("Authorization", "Bearer " + context.value(QStringLiteral("token")).toString().toUtf8());
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::finished, &app, [&] {
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError) {
            const QString message = body.value(QStringLiteral("error"))
                                        .toObject()
                                        .value(QStringLiteral("message"))
                                        .toString(reply->errorString());
            die(message);
        }
        const QString target =
            body.value(QStringLiteral("data")).toObject().value(QStringLiteral("targetDomain")).toString();
        QTcpServer *server = bindLoopback(&app);
        if (!server)
            die(QStringLiteral("could not bind a local port"));
        QObject::connect(server, &QTcpServer::newConnection, &app, [server, target] {
            while (QTcpSocket *client = server->nextPendingConnection()) {
                log({ { QStringLiteral("event"), QStringLiteral("connection") },
                      { QStringLiteral("pid"), qint64(::getpid()) } });
                relay(client, target);
            }
        });
        const QByteArray host = server->serverAddress().toString().toUtf8();
        const QByteArray port = QByteArray::number(server->serverPort());
        const QByteArray user = option(args, QStringLiteral("--user")).toUtf8();
        const QByteArray login = user.isEmpty() ? QByteArray("root") : user;
        std::printf("\x1b[32mSSH proxy started on endpoint: %s:%s, stop with Ctrl+C\x1b[39m\n"
                    "Use with any SSH compatible client. Example usages:\n"
                    "  ssh -p %s %s@%s\n  sftp -P %s %s@%s\n  rsync -e 'ssh -p %s' ./local %s@%s:/remote\n"
                    "  scp -P %s ./local %s@%s:/remote\n",
                    host.constData(), port.constData(), port.constData(), login.constData(), host.constData(),
                    port.constData(), login.constData(), host.constData(), port.constData(), login.constData(),
                    host.constData(), port.constData(), login.constData(), host.constData());
        std::fflush(stdout);
    });
    return app.exec();
}
