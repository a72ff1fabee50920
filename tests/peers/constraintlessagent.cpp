// A stand-in for ssh-agents that refuse constrained keys (old gnome-keyring,
// older Pageant): it speaks draft-miller-ssh-agent on a Unix socket, accepts
// SSH_AGENTC_ADD_IDENTITY, and answers SSH_AGENT_FAILURE to
// SSH_AGENTC_ADD_ID_CONSTRAINED. It keeps the public halves it was given so
// listing works. Usage: constraintlessagent SOCKET
#include "identity/privatekey.h"
#include "identity/sshwire.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QLocalSocket>

using namespace keyport;

namespace {
struct Held {
    QByteArray blob, comment;
};
QList<Held> g_keys;

QByteArray handle(const QByteArray &msg)
{
    SshReader r(msg);
    uint8_t type = 0;
    r.u8(type);
    SshWriter w;
    if (type == 11) { // REQUEST_IDENTITIES
        w.u8(12);
        w.u32(uint32_t(g_keys.size()));
        for (const auto &k : g_keys) {
            w.string(k.blob);
            w.string(k.comment);
        }
    } else if (type == 17) { // ADD_IDENTITY
        auto key = PrivateKey::fromOpenSshFields(r);
        QByteArray comment;
        if (key && r.string(comment)) {
            g_keys << Held { key->publicKey().blob(), comment };
            w.u8(6);
        } else {
            w.u8(5);
        }
    } else { // constrained adds and everything else
        w.u8(5);
    }
    SshWriter framed;
    framed.string(w.data());
    return framed.data();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    QLocalServer::removeServer(QString::fromLocal8Bit(argv[1]));
    QLocalServer server;
    if (!server.listen(QString::fromLocal8Bit(argv[1])))
        return 1;
    QObject::connect(&server, &QLocalServer::newConnection, &server, [&server] {
        QLocalSocket *s = server.nextPendingConnection();
        QObject::connect(s, &QLocalSocket::readyRead, s, [s] {
            static QHash<QLocalSocket *, QByteArray> buffers;
            QByteArray &buf = buffers[s];
            buf += s->readAll();
            while (buf.size() >= 4) {
                SshReader r(buf);
                uint32_t len = 0;
                r.u32(len);
                if (buf.size() < 4 + qsizetype(len))
                    break;
                s->write(handle(buf.mid(4, len)));
                buf.remove(0, 4 + len);
            }
        });
        QObject::connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
    });
    return app.exec();
}
