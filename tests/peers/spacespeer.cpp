// A protocol-faithful stand-in for a spaces control plane (shared/design/
// protocols.md "spaces", from the public CLI's source and OpenAPI contract),
// backed by real OpenSSH: certificates are signed with `ssh-keygen -s` by a
// CA the test made, and the entry host is a real sshd that trusts that CA
// and runs the entry script this peer writes (the remote command picks the
// Space: `sp_1`, or `sp_1 -- CMD`).
//
// REST: login with a one-time auth key (400 "auth key already redeemed" the
// second time), whoami, spaces (admin/member roles; up/down need admin),
// SSH keys by fingerprint, issue-cert (the key must be registered), and the
// entry host's known_hosts line. Errors are {"ok": false, "error": "..."}.
// Faults through /_peer/*: revoke sessions, rate-limit (429 + Retry-After),
// another host key, state.
//
// spacespeer --email E --auth-key K --ca-key FILE --host-key-pub FILE
//            --ssh-host H --ssh-port P --state-dir DIR [--port N]
//            [--tls-cert C --tls-key K] [--demo]
// writes DIR/entry.sh (the sshd's ForceCommand) and DIR/running, and prints
// "LISTENING <port>" when ready.
#include "peerhttp.h"

#include "identity/publickey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>

namespace {

struct Space {
    QString id, name, role;
    bool running = false;
};

struct Key {
    int id = 0;
    QString name, publicKey, fingerprint, created;
};

struct Peer {
    QString email;
    QByteArray authKey;
    bool redeemed = false;
    QSet<QByteArray> sessions;
    QString caKey, hostKeyPub, sshHost, stateDir;
    quint16 sshPort = 22;
    QList<Space> spaces;
    QList<Key> keys;
    int nextKeyId = 1;
    quint64 serial = 1000;
    int issued = 0;
    int rateLimited = 0; // the next this many API calls answer 429
    int retryAfter = 0;
    QJsonObject lastCert;
} g;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void respond(QTcpSocket *sock, int status, const QJsonObject &body, const QByteArray &extraHeaders = {})
{
    static const QHash<int, QByteArray> reasons {
        { 200, "OK" },        { 201, "Created" },   { 400, "Bad Request" },      { 401, "Unauthorized" },
        { 403, "Forbidden" }, { 404, "Not Found" }, { 429, "Too Many Requests" }
    };
    const QByteArray data = json(body);
    sock->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status, "Status") + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(data.size()) + "\r\n"
                + extraHeaders + "Connection: close\r\n\r\n" + data);
    sock->disconnectFromHost();
}

void fail(QTcpSocket *sock, int status, const QString &error, const QByteArray &extraHeaders = {})
{
    respond(sock, status, { { QStringLiteral("ok"), false }, { QStringLiteral("error"), error } }, extraHeaders);
}

void ok(QTcpSocket *sock, QJsonObject body, int status = 200)
{
    body[QStringLiteral("ok")] = true;
    respond(sock, status, body);
}

QJsonObject spaceJson(const Space &s)
{
    return { { QStringLiteral("id"), s.id },
             { QStringLiteral("name"), s.name },
             { QStringLiteral("role"), s.role },
             { QStringLiteral("owner_user_id"), QStringLiteral("usr_1") },
             { QStringLiteral("created_at"), QStringLiteral("2026-11-02T09:00:00Z") },
             { QStringLiteral("cpu_millis"), 2000 },
             { QStringLiteral("memory_mib"), 4096 },
             { QStringLiteral("disk_mb"), 20480 },
             { QStringLiteral("network_egress_mb"), 1024 },
             { QStringLiteral("llm_tokens_limit"), 1000000 },
             { QStringLiteral("llm_tokens_used"), 125000 },
             { QStringLiteral("runtime_state"), s.running ? QStringLiteral("running") : QStringLiteral("stopped") },
             { QStringLiteral("runtime_meta"), QJsonObject() } };
}

QJsonObject keyJson(const Key &k)
{
    return { { QStringLiteral("id"), QStringLiteral("key_%1").arg(k.id) },
             { QStringLiteral("user_id"), QStringLiteral("usr_1") },
             { QStringLiteral("user_email"), g.email },
             { QStringLiteral("name"), k.name },
             { QStringLiteral("public_key"), k.publicKey },
             { QStringLiteral("fingerprint"), k.fingerprint },
             { QStringLiteral("created_at"), k.created } };
}

// The entry script reads which Spaces run from this file.
void writeRunning()
{
    QFile f(QDir(g.stateDir).filePath(QStringLiteral("running")));
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    for (const Space &s : std::as_const(g.spaces))
        if (s.running)
            f.write(s.id.toUtf8() + '\n');
}

void writeEntryScript()
{
    const QString state = g.stateDir;
    const QString script =
        QStringLiteral("#!/bin/sh\n"
                       "# The spaces entry host: the remote command picks the Space.\n"
                       "cmd=\"$SSH_ORIGINAL_COMMAND\"\n"
                       "id=\"${cmd%% *}\"\n"
                       "case \"$id\" in sp_*) ;; *) echo \"spaces entry: name a Space (sp_<id>)\" >&2; "
                       "exit 1;; esac\n"
                       "grep -qx -- \"$id\" '%1/running' || { echo \"spaces entry: $id is not running\" >&2; "
                       "exit 1; }\n"
                       "mkdir -p '%1/spaces/'\"$id\" && cd '%1/spaces/'\"$id\" || exit 1\n"
                       "export SPACE_ID=\"$id\"\n"
                       "rest=\"${cmd#\"$id\"}\"\n"
                       "case \"$rest\" in\n"
                       "  '') exec /bin/sh ;;\n"
                       "  ' -- '*) exec /bin/sh -c \"${rest# -- }\" ;;\n"
                       "  *) echo 'spaces entry: expected sp_<id> or sp_<id> -- CMD' >&2; exit 1 ;;\n"
                       "esac\n")
            .arg(state);
    QFile f(QDir(g.stateDir).filePath(QStringLiteral("entry.sh")));
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(script.toUtf8());
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

Space *findSpace(const QString &id)
{
    for (Space &s : g.spaces)
        if (s.id == id)
            return &s;
    return nullptr;
}

std::optional<qint64> goDuration(const QString &text)
{
    static const QRegularExpression whole(QStringLiteral("^(?:\\d+[hms])+$")), part(QStringLiteral("(\\d+)([hms])"));
    if (!whole.match(text).hasMatch())
        return std::nullopt;
    qint64 s = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qint64 n = m.captured(1).toLongLong();
        s += m.captured(2) == QLatin1String("h") ? n * 3600 : m.captured(2) == QLatin1String("m") ? n * 60 : n;
    }
    return s;
}

QString hostKeyLine()
{
    QFile f(g.hostKeyPub);
    f.open(QIODevice::ReadOnly);
    const QStringList parts = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char(' '));
    return parts.mid(0, 2).join(QLatin1Char(' '));
}

void issueCert(QTcpSocket *sock, const QJsonObject &in)
{
    const QString line = in.value(QStringLiteral("public_key")).toString();
    const QString principal = in.value(QStringLiteral("principal")).toString();
    const auto ttl = goDuration(in.value(QStringLiteral("cert_ttl")).toString(QStringLiteral("5m")));
    auto key = keyport::PublicKey::fromOpenSshLine(line.toUtf8());
    if (!key)
        return fail(sock, 400, QStringLiteral("invalid public key"));
    if (principal.isEmpty() || principal.contains(QRegularExpression(QStringLiteral("[\\s,]"))))
        return fail(sock, 400, QStringLiteral("invalid principal"));
    if (!ttl || *ttl <= 0 || *ttl > 3600)
        return fail(sock, 400, QStringLiteral("cert_ttl must be between 1s and 1h"));
    const bool registered = std::any_of(g.keys.cbegin(), g.keys.cend(),
                                        [&key](const Key &k) { return k.fingerprint == key->fingerprint(); });
    if (!registered)
        return fail(sock, 403, QStringLiteral("public key is not registered"));
    QTemporaryDir dir;
    const QString pub = dir.filePath(QStringLiteral("key.pub"));
    QFile f(pub);
    f.open(QIODevice::WriteOnly);
    f.write(key->toOpenSshLine({}));
    f.close();
    const quint64 serial = ++g.serial;
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"),
                 { QStringLiteral("-q"), QStringLiteral("-s"), g.caKey, QStringLiteral("-I"),
                   QStringLiteral("spaces:%1:%2").arg(g.email).arg(serial), QStringLiteral("-n"), principal,
                   QStringLiteral("-V"), QStringLiteral("-1m:+%1s").arg(*ttl), QStringLiteral("-z"),
                   QString::number(serial), pub });
    keygen.waitForFinished(30000);
    QFile cert(dir.filePath(QStringLiteral("key-cert.pub")));
    if (keygen.exitCode() != 0 || !cert.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "spacespeer: ssh-keygen -s failed: %s\n", keygen.readAllStandardError().constData());
        return fail(sock, 500, QStringLiteral("signing failed"));
    }
    ++g.issued;
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(*ttl);
    g.lastCert = { { QStringLiteral("serial"), QString::number(serial) },
                   { QStringLiteral("principal"), principal },
                   { QStringLiteral("ttl"), *ttl },
                   { QStringLiteral("expires_at"), expires.toString(Qt::ISODate) } };
    ok(sock, { { QStringLiteral("fingerprint"), key->fingerprint() },
               { QStringLiteral("principal"), principal },
               { QStringLiteral("expires_at"), expires.toString(Qt::ISODate) },
               { QStringLiteral("certificate"), QString::fromUtf8(cert.readAll()).trimmed() } });
}

void handleControl(QTcpSocket *sock, const QString &path, const QUrlQuery &query)
{
    if (path == QLatin1String("/_peer/revoke")) {
        g.sessions.clear();
    } else if (path == QLatin1String("/_peer/ratelimit")) {
        g.rateLimited = query.queryItemValue(QStringLiteral("count")).toInt();
        g.retryAfter = query.queryItemValue(QStringLiteral("after")).toInt();
    } else if (path == QLatin1String("/_peer/host-key")) {
        g.hostKeyPub = query.queryItemValue(QStringLiteral("pub"));
    } else if (path == QLatin1String("/_peer/auth-key")) {
        g.authKey = query.queryItemValue(QStringLiteral("key")).toUtf8();
        g.redeemed = false;
    } else if (path == QLatin1String("/_peer/state")) {
        QJsonArray keys;
        for (const Key &k : std::as_const(g.keys))
            keys.append(keyJson(k));
        QJsonArray spaces;
        for (const Space &s : std::as_const(g.spaces))
            spaces.append(spaceJson(s));
        respond(sock, 200,
                { { QStringLiteral("issued"), g.issued },
                  { QStringLiteral("keys"), keys },
                  { QStringLiteral("spaces"), spaces },
                  { QStringLiteral("last_cert"), g.lastCert } });
        return;
    }
    respond(sock, 200, {});
}

void handle(QTcpSocket *sock)
{
    peerhttp::Request req;
    if (!peerhttp::read(sock, &req))
        return;
    QObject::disconnect(sock, &QTcpSocket::readyRead, nullptr, nullptr);
    const QByteArray &body = req.body;
    const auto &headers = req.headers;
    const QByteArray &method = req.method;
    // Path segments stay encoded: a fingerprint's '/' arrives as %2F.
    const QByteArray &target = req.target;
    const QUrl url = QUrl::fromEncoded(target);
    const QString path = url.path();
    const QString rawPath =
        QString::fromLatin1(target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')));
    const QUrlQuery query(url);
    const QJsonObject in = QJsonDocument::fromJson(body).object();

    if (path.startsWith(QLatin1String("/_peer/")))
        return handleControl(sock, path, query);
    if (!body.isEmpty() && !headers.value("content-type").startsWith("application/json"))
        return fail(sock, 400, QStringLiteral("expected application/json"));
    if (g.rateLimited > 0) {
        --g.rateLimited;
        return fail(sock, 429, QStringLiteral("rate limited"),
                    g.retryAfter > 0 ? "Retry-After: " + QByteArray::number(g.retryAfter) + "\r\n" : QByteArray());
    }
    if (method == "POST" && path == QLatin1String("/api/v1/auth/login")) {
        if (in.value(QStringLiteral("email")).toString() != g.email
            || in.value(QStringLiteral("key")).toString().toUtf8() != g.authKey)
            return fail(sock, 401, QStringLiteral("invalid email or auth key"));
        if (g.redeemed)
            return fail(sock, 400, QStringLiteral("auth key already redeemed"));
        g.redeemed = true;
        QByteArray token = "spt_";
        for (int i = 0; i < 4; ++i)
            token += QByteArray::number(QRandomGenerator::system()->generate64(), 36);
        g.sessions.insert(token);
        return ok(sock, { { QStringLiteral("email"), g.email },
                          { QStringLiteral("session_token"), QString::fromLatin1(token) } });
    }
    const QByteArray auth = headers.value("authorization");
    if (!auth.startsWith("Bearer ") || !g.sessions.contains(auth.mid(7)))
        return fail(sock, 401, QStringLiteral("session expired or revoked"));
    if (method == "GET" && path == QLatin1String("/api/v1/whoami"))
        return ok(sock,
                  { { QStringLiteral("user"), QJsonObject { { QStringLiteral("id"), QStringLiteral("usr_1") },
                                                            { QStringLiteral("email"), g.email },
                                                            { QStringLiteral("name"), QStringLiteral("Alice") } } } });
    if (method == "GET" && path == QLatin1String("/api/v1/spaces")) {
        QJsonArray arr;
        for (const Space &s : std::as_const(g.spaces))
            arr.append(spaceJson(s));
        return ok(sock, { { QStringLiteral("spaces"), arr } });
    }
    static const QRegularExpression power(QStringLiteral("^/api/v1/spaces/([^/]+)/(up|down)$"));
    if (const auto m = power.match(path); method == "POST" && m.hasMatch()) {
        Space *s = findSpace(m.captured(1));
        if (!s)
            return fail(sock, 404, QStringLiteral("space not found"));
        if (s->role != QLatin1String("admin"))
            return fail(sock, 403, QStringLiteral("admin role required"));
        s->running = m.captured(2) == QLatin1String("up");
        writeRunning();
        return ok(sock, { { QStringLiteral("space"), spaceJson(*s) } });
    }
    if (method == "GET" && path == QLatin1String("/api/v1/ssh/keys")) {
        QJsonArray arr;
        for (const Key &k : std::as_const(g.keys))
            arr.append(keyJson(k));
        return ok(sock, { { QStringLiteral("keys"), arr } });
    }
    if (method == "POST" && path == QLatin1String("/api/v1/ssh/keys")) {
        auto key = keyport::PublicKey::fromOpenSshLine(in.value(QStringLiteral("public_key")).toString().toUtf8());
        if (!key)
            return fail(sock, 400, QStringLiteral("invalid public key"));
        for (const Key &k : std::as_const(g.keys))
            if (k.fingerprint == key->fingerprint())
                return fail(sock, 400, QStringLiteral("key already registered"));
        Key k { g.nextKeyId++, in.value(QStringLiteral("name")).toString(),
                in.value(QStringLiteral("public_key")).toString(), key->fingerprint(),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODate) };
        g.keys << k;
        return ok(sock, { { QStringLiteral("key"), keyJson(k) } }, 201);
    }
    if (method == "DELETE" && rawPath.startsWith(QLatin1String("/api/v1/ssh/keys/"))) {
        // One segment: the fingerprint's '/' must come as %2F.
        const QString segment = rawPath.mid(QStringLiteral("/api/v1/ssh/keys/").size());
        if (segment.contains(QLatin1Char('/')))
            return fail(sock, 404, QStringLiteral("not found"));
        const QString fingerprint = QUrl::fromPercentEncoding(segment.toLatin1());
        for (qsizetype i = 0; i < g.keys.size(); ++i)
            if (g.keys[i].fingerprint == fingerprint) {
                g.keys.removeAt(i);
                return ok(sock, {});
            }
        return fail(sock, 404, QStringLiteral("key not found"));
    }
    if (method == "POST" && path == QLatin1String("/api/v1/ssh/issue-cert"))
        return issueCert(sock, in);
    if (method == "GET" && path == QLatin1String("/api/v1/ssh/known-hosts")) {
        const QString host = query.queryItemValue(QStringLiteral("host"));
        const int port = query.queryItemValue(QStringLiteral("port")).toInt();
        if (host != g.sshHost || port != g.sshPort)
            return fail(sock, 404, QStringLiteral("unknown ssh host"));
        const QString key = hostKeyLine();
        const QString pattern = port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
        return ok(sock, { { QStringLiteral("host"), host },
                          { QStringLiteral("port"), port },
                          { QStringLiteral("public_key"), key },
                          { QStringLiteral("known_hosts_line"), pattern + QLatin1Char(' ') + key } });
    }
    fail(sock, 404, QStringLiteral("not found"));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    peerhttp::addServerOptions(p);
    p.addOptions({ { QStringLiteral("email"), QStringLiteral("account"), QStringLiteral("email") },
                   { QStringLiteral("auth-key"), QStringLiteral("one-time key"), QStringLiteral("key") },
                   { QStringLiteral("ca-key"), QStringLiteral("CA private key"), QStringLiteral("file") },
                   { QStringLiteral("host-key-pub"), QStringLiteral("entry sshd host key"), QStringLiteral("file") },
                   { QStringLiteral("ssh-host"), QStringLiteral("entry host"), QStringLiteral("host") },
                   { QStringLiteral("ssh-port"), QStringLiteral("entry port"), QStringLiteral("port") },
                   { QStringLiteral("state-dir"), QStringLiteral("entry state"), QStringLiteral("dir") },
                   // Spaces a real team might have, without the tests' hostile names (screenshots).
                   { QStringLiteral("demo"), QStringLiteral("realistic spaces only") } });
    p.process(app);
    g.email = p.value(QStringLiteral("email"));
    g.authKey = p.value(QStringLiteral("auth-key")).toUtf8();
    g.caKey = p.value(QStringLiteral("ca-key"));
    g.hostKeyPub = p.value(QStringLiteral("host-key-pub"));
    g.sshHost = p.value(QStringLiteral("ssh-host"));
    g.sshPort = quint16(p.value(QStringLiteral("ssh-port")).toUInt());
    g.stateDir = p.value(QStringLiteral("state-dir"));
    g.spaces = {
        Space { QStringLiteral("sp_1"), QStringLiteral("my-room"), QStringLiteral("admin"), true },
        Space { QStringLiteral("sp_2"), QStringLiteral("team-room"), QStringLiteral("member"), false },
        Space { QStringLiteral("sp_3"), QStringLiteral("side-room"), QStringLiteral("admin"), false },
        // A hostile server can send any name or id; neither may reach a config.
        Space { QStringLiteral("sp_4"), QStringLiteral("evil\nProxyCommand touch /tmp/pwned"), QStringLiteral("admin"),
                true },
        Space { QStringLiteral("sp_5 -- touch /tmp/pwned"), QStringLiteral("bad-id"), QStringLiteral("admin"), true },
    };
    if (p.isSet(QStringLiteral("demo")))
        g.spaces = {
            Space { QStringLiteral("sp_101"), QStringLiteral("ml-research"), QStringLiteral("admin"), true },
            Space { QStringLiteral("sp_102"), QStringLiteral("agent-sandbox"), QStringLiteral("admin"), true },
            Space { QStringLiteral("sp_103"), QStringLiteral("team-docs"), QStringLiteral("member"), false },
        };
    QDir().mkpath(g.stateDir);
    writeRunning();
    writeEntryScript();

    if (!peerhttp::listen(&app, p, handle))
        return 1;
    return app.exec();
}
