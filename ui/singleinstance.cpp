#include "singleinstance.h"

#include "uilog.h"

#include <QLocalServer>
#include <QLocalSocket>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace keyport {

namespace {
QString defaultName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("keyport-") + qEnvironmentVariable("USERNAME");
#else
    return QStringLiteral("keyport-%1").arg(::getuid());
#endif
}
} // namespace

SingleInstance::SingleInstance(QString name, QObject *parent)
    : QObject(parent)
    , m_name(name.isEmpty() ? defaultName() : std::move(name))
{
}

bool SingleInstance::forwardToRunning(const QString &message)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(500))
        return false;
    socket.write(message.toUtf8() + '\n');
    socket.waitForBytesWritten(1000);
    // Wait for the running instance to confirm, so a dying one does not swallow the link.
    if (!socket.waitForReadyRead(2000))
        return false;
    return socket.readAll().startsWith("ok");
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    // Only this user may talk to us.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A stale socket from a crashed instance: nobody answered above.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            qCWarning(lcUi) << "single instance: cannot listen:" << m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (!client->canReadLine())
                    return;
                const QString message = QString::fromUtf8(client->readLine(64 * 1024)).trimmed();
                client->write("ok\n");
                client->flush();
                Q_EMIT messageReceived(message);
            });
        }
    });
    return true;
}

} // namespace keyport
