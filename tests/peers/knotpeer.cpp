// A protocol-faithful stand-in for a knot server (v0.31/0.32, see
// shared/design/protocols.md), bridging its SSH WebSocket endpoint to a real
// sshd. REST: whoami, spaces by user_id, start/stop (423/404), SSH keys (both
// fields overwritten, 16 KiB cap, each line must be a key). Faults are driven
// through /_peer/*: revoke the token, slow answers, huge lists, dropped tunnels,
// a whoami without the key lines; /_peer/state also counts the key PUTs.
//
// knotpeer --token T --sshd-port N --authorized-keys FILE [--port P]
//          [--tls-cert C --tls-key K]
// prints "LISTENING <port>" when ready.
#include "peerhttp.h"

#include "transport/websocketcodec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>

namespace {

using keyport::WebSocketCodec;
using Opcode = WebSocketCodec::Opcode;

class Tunnel;

struct Space {
    QString id, name, templateName, zone;
    bool deployed = false, pending = false, hasSsh = true;
};

struct Peer {
    QByteArray token;
    quint16 sshdPort = 0;
    QString authorizedKeys;
    bool revoked = false;
    bool hideKeys = false; // whoami without ssh_public_key
    int keyPuts = 0; // PUTs of the key lines that were taken
    int delayMs = 0;
    QJsonObject user { { QStringLiteral("user_id"), QStringLiteral("u-1") },
                       { QStringLiteral("username"), QStringLiteral("alice") },
                       { QStringLiteral("email"), QStringLiteral("alice@example.com") },
                       { QStringLiteral("ssh_public_key"), QString() },
                       { QStringLiteral("github_username"), QStringLiteral("alice-gh") } };
    QList<Space> spaces;
    QList<Tunnel *> tunnels;
} g;

// One SSH tunnel: knot's agent forwards raw bytes, binary frames both ways,
// no handshake. Reading either side pauses while the other has a lot queued.
class Tunnel : public QObject {
public:
    static constexpr qint64 kChunk = 256 << 10;
    static constexpr qint64 kHighWater = 1 << 20;

    // Takes the client's socket, upgraded, with its request read.
    explicit Tunnel(QTcpSocket *client)
        : m_client(client)
        , m_sshd(new QTcpSocket(this))
    {
        m_client->setParent(this);
        g.tunnels << this;
        m_client->setReadBufferSize(kChunk);
        m_sshd->setReadBufferSize(kChunk);
        connect(m_client, &QTcpSocket::readyRead, this, &Tunnel::fromClient);
        connect(m_sshd, &QTcpSocket::readyRead, this, &Tunnel::fromSshd);
        connect(m_client, &QTcpSocket::bytesWritten, this, &Tunnel::fromSshd);
        connect(m_sshd, &QTcpSocket::bytesWritten, this, &Tunnel::fromClient);
        // Bytes can arrive before the connection to sshd is up: hold them until it is.
        connect(m_sshd, &QTcpSocket::connected, this, [this] {
            m_sshd->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_sshd->write(std::exchange(m_pending, {}));
            fromClient();
        });
        connect(m_sshd, &QTcpSocket::disconnected, this, &Tunnel::sshdEnded);
        connect(m_client, &QTcpSocket::disconnected, this, [this] {
            m_sshd->disconnectFromHost();
            deleteLater();
        });
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_sshd->connectToHost(QStringLiteral("127.0.0.1"), g.sshdPort);
        if (m_client->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &Tunnel::fromClient);
    }
    ~Tunnel() override { g.tunnels.removeAll(this); }

    // Drops the connection without a close frame.
    void drop() { m_client->abort(); }

private:
    void fromClient()
    {
        const bool up = m_sshd->state() == QAbstractSocket::ConnectedState;
        while (!m_closeReceived && (up ? m_sshd->bytesToWrite() : qint64(m_pending.size())) < kHighWater) {
            QByteArray data;
            const WebSocketCodec::Event e = m_codec.read(m_client, &data, kChunk);
            if (!up) {
                m_pending += data;
            } else if (!data.isEmpty()) {
                m_sshd->write(data);
                m_sshd->flush(); // now rather than on the next write notification
            }
            using Kind = WebSocketCodec::Event::Kind;
            switch (e.kind) {
            case Kind::NeedMore:
                return;
            case Kind::DataFull:
            case Kind::Pong:
                break;
            case Kind::Ping:
                m_client->write(WebSocketCodec::encode(Opcode::Pong, e.payload, WebSocketCodec::Role::Server));
                break;
            case Kind::Close:
                // Answer, then close TCP first, as a server does.
                m_closeReceived = true;
                sendClose(e.closeCode == WebSocketCodec::kCloseNoStatus ? WebSocketCodec::kCloseNormal : e.closeCode);
                m_client->disconnectFromHost();
                return;
            case Kind::Text:
            case Kind::TooBig:
            case Kind::Error:
                std::fprintf(stderr, "knotpeer: bad frame from the client: %s\n", qPrintable(e.error));
                sendClose(WebSocketCodec::kCloseProtocolError);
                m_client->disconnectFromHost();
                return;
            }
        }
    }

    void fromSshd()
    {
        // Each read goes out as one frame, read straight in behind its header.
        while (!m_closeSent && m_client->bytesToWrite() < kHighWater) {
            const qint64 n = qMin(m_sshd->bytesAvailable(), kChunk);
            if (n <= 0)
                return;
            const qsizetype header = WebSocketCodec::headerSize(n, false);
            QByteArray frame(header + n, Qt::Uninitialized);
            WebSocketCodec::writeHeader(frame.data(), Opcode::Binary, n, true, nullptr);
            m_sshd->read(frame.data() + header, n);
            m_client->write(frame);
            m_client->flush();
        }
    }

    void sshdEnded()
    {
        if (m_client->state() != QAbstractSocket::ConnectedState)
            return; // the client left first
        // What sshd said last goes out before the close frame.
        while (!m_closeSent && m_sshd->bytesAvailable() > 0)
            m_client->write(WebSocketCodec::encodeBinary(m_sshd->read(kChunk), WebSocketCodec::Role::Server));
        sendClose(WebSocketCodec::kCloseNormal);
        QTimer::singleShot(2000, this, [this] { m_client->abort(); });
    }

    void sendClose(quint16 code)
    {
        if (m_closeSent)
            return;
        m_closeSent = true;
        m_client->write(
            WebSocketCodec::encode(Opcode::Close, WebSocketCodec::closePayload(code), WebSocketCodec::Role::Server));
    }

    QTcpSocket *m_client;
    QTcpSocket *m_sshd;
    WebSocketCodec m_codec { WebSocketCodec::Role::Server };
    QByteArray m_pending;
    bool m_closeSent = false;
    bool m_closeReceived = false;
};

QJsonObject spaceJson(const Space &s)
{
    return QJsonObject { { QStringLiteral("space_id"), s.id },
                         { QStringLiteral("name"), s.name },
                         { QStringLiteral("description"), QString() },
                         { QStringLiteral("note"), QString() },
                         { QStringLiteral("username"), QStringLiteral("alice") },
                         { QStringLiteral("user_id"), QStringLiteral("u-1") },
                         { QStringLiteral("template_id"), QStringLiteral("t-") + s.templateName },
                         { QStringLiteral("template_name"), s.templateName },
                         { QStringLiteral("platform"), QStringLiteral("docker") },
                         { QStringLiteral("zone"), s.zone },
                         { QStringLiteral("is_deployed"), s.deployed },
                         { QStringLiteral("is_pending"), s.pending },
                         { QStringLiteral("is_deleting"), false },
                         { QStringLiteral("has_state"), false },
                         { QStringLiteral("started_at"), QString() },
                         { QStringLiteral("healthy"), s.deployed },
                         { QStringLiteral("has_ssh"), s.deployed && s.hasSsh },
                         { QStringLiteral("template_has_ssh"), s.hasSsh },
                         { QStringLiteral("has_terminal"), true },
                         { QStringLiteral("has_code_server"), false },
                         { QStringLiteral("tcp_ports"), QJsonObject() },
                         { QStringLiteral("http_ports"), QJsonObject() },
                         { QStringLiteral("shares"), QJsonArray() } };
}

Space *findSpace(const QString &idOrName)
{
    for (Space &s : g.spaces)
        if (s.id == idOrName || s.name == idOrName)
            return &s;
    return nullptr;
}

void respond(QTcpSocket *sock, int status, const QByteArray &body, const QByteArray &type = "application/json")
{
    auto send = [sock, status, body, type] {
        static const QHash<int, QByteArray> reasons { { 200, "OK" },          { 201, "Created" },
                                                      { 400, "Bad Request" }, { 401, "Unauthorized" },
                                                      { 403, "Forbidden" },   { 404, "Not Found" },
                                                      { 423, "Locked" },      { 500, "Internal Server Error" } };
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Status") + "\r\n";
        head += "Content-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
                + "\r\nConnection: close\r\n\r\n";
        sock->write(head + body);
        sock->disconnectFromHost();
    };
    if (g.delayMs > 0)
        QTimer::singleShot(g.delayMs, sock, send);
    else
        send();
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool validKeyLine(const QString &line)
{
    const QStringList parts = line.trimmed().split(QLatin1Char(' '));
    return parts.size() >= 2
           && (parts[0].startsWith(QLatin1String("ssh-")) || parts[0].startsWith(QLatin1String("ecdsa-")))
           && !QByteArray::fromBase64(parts[1].toLatin1()).isEmpty();
}

void writeAuthorizedKeys()
{
    QFile f(g.authorizedKeys);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(g.user.value(QStringLiteral("ssh_public_key")).toString().toUtf8() + '\n');
}

void handleControl(QTcpSocket *sock, const QString &path, const QUrlQuery &query)
{
    if (path == QLatin1String("/_peer/revoke")) {
        g.revoked = true;
    } else if (path == QLatin1String("/_peer/restore")) {
        g.revoked = false;
        g.hideKeys = false;
        g.delayMs = 0;
    } else if (path == QLatin1String("/_peer/hide-keys")) {
        g.hideKeys = true;
    } else if (path == QLatin1String("/_peer/slow")) {
        g.delayMs = query.queryItemValue(QStringLiteral("ms")).toInt();
    } else if (path == QLatin1String("/_peer/big")) {
        const int n = query.queryItemValue(QStringLiteral("count")).toInt();
        for (int i = 0; i < n; ++i)
            g.spaces << Space { QStringLiteral("bulk-%1").arg(i), QStringLiteral("bulk-%1").arg(i),
                                QStringLiteral("bulk-template-with-a-long-name-%1").arg(i % 50),
                                QStringLiteral("zone-%1").arg(i % 7) };
    } else if (path == QLatin1String("/_peer/close-tunnels")) {
        for (Tunnel *t : QList<Tunnel *>(g.tunnels))
            t->drop();
    } else if (path == QLatin1String("/_peer/state")) {
        QJsonObject state = g.user;
        state[QStringLiteral("key_puts")] = g.keyPuts;
        respond(sock, 200, json(state));
        return;
    }
    respond(sock, 200, "{}");
}

void handle(QTcpSocket *sock)
{
    peerhttp::Request req;
    if (!peerhttp::read(sock, &req))
        return;
    QObject::disconnect(sock, &QTcpSocket::readyRead, nullptr, nullptr);
    const auto &headers = req.headers;
    const QByteArray &method = req.method;
    const QUrl url(QString::fromUtf8(req.target));
    const QString path = url.path();
    const QUrlQuery query(url);
    const bool authorized = !g.revoked && headers.value("authorization") == "Bearer " + g.token;

    if (path.startsWith(QLatin1String("/_peer/"))) {
        handleControl(sock, path, query);
        return;
    }
    if (path.startsWith(QLatin1String("/proxy/spaces/")) && headers.value("upgrade").toLower() == "websocket") {
        const QString name = path.section(QLatin1Char('/'), 3, 3);
        const Space *s = findSpace(name);
        if (!authorized) {
            respond(sock, 401, "{\"error\":\"unauthorized\"}");
        } else if (name == QLatin1String("noperm")) {
            respond(sock, 403, "{\"error\":\"forbidden\"}");
        } else if (!s || !s->deployed || !path.endsWith(QLatin1String("/ssh/"))) {
            respond(sock, 404, "{\"error\":\"not found\"}");
        } else if (headers.value("sec-websocket-version") != "13" || headers.value("sec-websocket-key").isEmpty()
                   || !headers.value("connection").toLower().contains("upgrade")) {
            respond(sock, 400, "{\"error\":\"not a WebSocket upgrade\"}");
        } else {
            QObject::disconnect(sock, &QTcpSocket::disconnected, sock, &QObject::deleteLater);
            sock->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        "Sec-WebSocket-Accept: "
                        + WebSocketCodec::acceptKey(headers.value("sec-websocket-key")) + "\r\n\r\n");
            new Tunnel(sock);
        }
        return;
    }
    const QByteArray &body = req.body;
    if (!authorized) {
        respond(sock, 401, "{\"error\":\"unauthorized\"}");
        return;
    }
    if (method == "GET" && path == QLatin1String("/api/ping")) {
        respond(sock, 200,
                json({ { QStringLiteral("status"), true }, { QStringLiteral("version"), QStringLiteral("0.31.0") } }));
    } else if (method == "GET" && path == QLatin1String("/api/users/whoami")) {
        QJsonObject user = g.user;
        if (g.hideKeys)
            user.remove(QStringLiteral("ssh_public_key"));
        respond(sock, 200, json(user));
    } else if (method == "GET" && path == QLatin1String("/api/spaces")) {
        QJsonArray arr;
        if (query.queryItemValue(QStringLiteral("user_id")) == QLatin1String("u-1"))
            for (const Space &s : std::as_const(g.spaces))
                arr.append(spaceJson(s));
        respond(sock, 200, json({ { QStringLiteral("count"), arr.size() }, { QStringLiteral("spaces"), arr } }));
    } else if (method == "POST" && path.startsWith(QLatin1String("/api/spaces/"))) {
        const QString name = path.section(QLatin1Char('/'), 3, 3), verb = path.section(QLatin1Char('/'), 4, 4);
        Space *s = findSpace(name);
        if (!s)
            respond(sock, 404, "{}");
        else if (verb == QLatin1String("start") && (s->deployed || s->pending))
            respond(sock, 423, "{}");
        else if (verb == QLatin1String("stop") && !s->deployed)
            respond(sock, 423, "{}");
        else {
            s->deployed = verb == QLatin1String("start");
            respond(sock, 200, QByteArray());
        }
    } else if (method == "PUT" && path == QLatin1String("/api/users/whoami/ssh-public-key")) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        const QString keys = o.value(QStringLiteral("ssh_public_key")).toString();
        bool ok = keys.toUtf8().size() <= 16 * 1024;
        for (const QString &l : keys.split(QLatin1Char('\n')))
            ok = ok && (l.trimmed().isEmpty() || validKeyLine(l));
        if (!ok) {
            respond(sock, 400, "{\"error\":\"invalid ssh key\"}");
            return;
        }
        // Both fields are overwritten, as knot does.
        g.user[QStringLiteral("ssh_public_key")] = keys;
        g.user[QStringLiteral("github_username")] = o.value(QStringLiteral("github_username")).toString();
        ++g.keyPuts;
        writeAuthorizedKeys();
        respond(sock, 200, "{}");
    } else {
        respond(sock, 404, "{}");
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    peerhttp::addServerOptions(p);
    p.addOptions({ { QStringLiteral("token"), QStringLiteral("token"), QStringLiteral("token") },
                   { QStringLiteral("sshd-port"), QStringLiteral("sshd port"), QStringLiteral("port") },
                   { QStringLiteral("authorized-keys"), QStringLiteral("file"), QStringLiteral("file") },
                   { QStringLiteral("initial-key"), QStringLiteral("key line"), QStringLiteral("line") },
                   // Spaces a real team might have, without the tests' hostile names (screenshots).
                   { QStringLiteral("demo"), QStringLiteral("realistic spaces only") } });
    p.process(app);
    g.token = p.value(QStringLiteral("token")).toUtf8();
    g.sshdPort = quint16(p.value(QStringLiteral("sshd-port")).toUInt());
    g.authorizedKeys = p.value(QStringLiteral("authorized-keys"));
    g.user[QStringLiteral("ssh_public_key")] = p.value(QStringLiteral("initial-key"));
    g.spaces = {
        Space { QStringLiteral("s-1"), QStringLiteral("dev"), QStringLiteral("python"), QStringLiteral("eu"), true },
        Space { QStringLiteral("s-2"), QStringLiteral("idle"), QStringLiteral("go"), QStringLiteral("eu"), false },
        Space { QStringLiteral("s-3"), QStringLiteral("noperm"), QStringLiteral("go"), QStringLiteral("us"), true },
        // A hostile server can send any name; Keyport must never write it into a config.
        Space { QStringLiteral("s-4"), QStringLiteral("evil\nProxyCommand touch /tmp/pwned"), QStringLiteral("x"),
                QStringLiteral("eu"), true }
    };
    if (p.isSet(QStringLiteral("demo")))
        g.spaces = {
            Space { QStringLiteral("s-1"), QStringLiteral("dev"), QStringLiteral("python"), QStringLiteral("eu"),
                    true },
            Space { QStringLiteral("s-2"), QStringLiteral("data-pipeline"), QStringLiteral("python"),
                    QStringLiteral("eu"), true },
            Space { QStringLiteral("s-3"), QStringLiteral("frontend"), QStringLiteral("node"), QStringLiteral("us"),
                    false },
            Space { QStringLiteral("s-4"), QStringLiteral("payments-api"), QStringLiteral("go"), QStringLiteral("eu"),
                    true },
        };
    writeAuthorizedKeys();

    if (!peerhttp::listen(&app, p, handle))
        return 1;
    return app.exec();
}
