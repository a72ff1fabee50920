#include "knotsource.h"

#include "common/log.h"
#include "common/text.h"
#include "sources/keylines.h"
#include "workspace/sourcekind.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace keyport {

namespace {
// Longer names and labels are not knot's (its names have at most 64 characters).
constexpr qsizetype kMaxName = 255;

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().left(kMaxName);
}

Error knotStatusError(int status, const QString &space, bool start)
{
    switch (status) {
    case 423:
        return Error(ErrorCode::InvalidArgument,
                     start
                         ? tr("knot cannot start %1 now (423): it is already running, starting or being deleted, or a "
                              "space it depends on is not running.")
                               .arg(space)
                         : tr("knot cannot stop %1 (423): it is not running.").arg(space));
    case 404:
        return Error(ErrorCode::NotFound, tr("knot does not know the space %1 (404).").arg(space));
    case 406:
        return Error(ErrorCode::InvalidArgument, tr("%1 belongs to another knot zone (406).").arg(space));
    case 507:
        return Error(ErrorCode::InvalidArgument, tr("Starting %1 would exceed your knot quota (507).").arg(space));
    case 503:
        return Error(ErrorCode::InvalidArgument, tr("%1 is outside its template's schedule (503).").arg(space));
    case 403:
        return Error(ErrorCode::PermissionDenied, tr("You may not do that to %1 (403).").arg(space));
    default:
        return Error(ErrorCode::Network, tr("knot answered %1.").arg(status));
    }
}
} // namespace

KnotSource::KnotSource(SourceConfig config, QObject *parent)
    : Source(parent)
    , m_config(std::move(config))
    , m_api(new HttpApi(QUrl(m_config.url), m_config.tokenKey(), "Bearer", m_config.insecure, this))
{
}

Result<KnotSource::User> KnotSource::parseWhoami(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue id = o.value(QStringLiteral("user_id"));
    User user;
    user.userId = id.toString();
    if (user.userId.isEmpty() || user.userId.size() > kMaxName)
        return Error(ErrorCode::BadFormat, tr("knot's whoami answer has no user_id; is this a knot server?"));
    const QJsonValue keys = o.value(QStringLiteral("ssh_public_key"));
    if (keys.isString())
        user.sshPublicKey = keys.toString();
    user.githubUsername = o.value(QStringLiteral("github_username")).toString();
    return user;
}

Result<QList<Workspace>> KnotSource::parseSpaces(const QByteArray &body, const QString &source, const QUrl &server,
                                                 bool insecure)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return Error(ErrorCode::BadFormat, tr("knot sent a space list that is not JSON."));
    const QJsonValue spaces = doc.object().value(QStringLiteral("spaces"));
    // Go sends a user without spaces as null.
    if (spaces.isNull() || spaces.isUndefined())
        return QList<Workspace>();
    if (!spaces.isArray())
        return Error(ErrorCode::BadFormat, tr("knot sent a space list that is not JSON."),
                     QStringLiteral("\"spaces\" is not a list"));
    const QJsonArray list = spaces.toArray();
    if (list.size() > kMaxSpaces)
        return Error(ErrorCode::BadFormat, tr("knot sent a space list that is not JSON."),
                     QStringLiteral("more than %1 spaces").arg(kMaxSpaces));
    QList<Workspace> out;
    out.reserve(list.size());
    for (const QJsonValue &v : list) {
        const QJsonObject space = v.toObject();
        const QJsonValue name = space.value(QStringLiteral("name"));
        if (!name.isString() || name.toString().isEmpty() || name.toString().size() > kMaxName)
            continue;
        out << toWorkspace(source, server, insecure, space);
    }
    return out;
}

Workspace KnotSource::toWorkspace(const QString &source, const QUrl &server, bool insecure, const QJsonObject &s)
{
    Workspace w;
    w.source = source;
    w.name = text(s, "name");
    w.project = text(s, "template_name");
    w.service = text(s, "description");
    const QString zone = text(s, "zone");
    if (!zone.isEmpty())
        w.tags << zone;
    const QString platform = text(s, "platform");
    if (!platform.isEmpty())
        w.tags << platform;
    // knot has no single state: deployed = running, pending = on its way.
    const bool deployed = s.value(QStringLiteral("is_deployed")).toBool();
    const bool pending = s.value(QStringLiteral("is_pending")).toBool();
    if (s.value(QStringLiteral("is_deleting")).toBool())
        w.state = WorkspaceState::Stopping;
    else if (pending)
        w.state = deployed ? WorkspaceState::Stopping : WorkspaceState::Starting;
    else
        w.state = deployed ? WorkspaceState::Running : WorkspaceState::Stopped;
    // The in-space sshd ignores the user name: leave it to ssh's default.
    w.transport.kind = TransportSpec::Kind::WebSocket;
    QUrl url = server;
    url.setScheme(server.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    // By name, trailing slash kept; encoded, so that no name (a '/', "..")
    // points the tunnel at another path of the server.
    url.setPath(server.path().chopped(server.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                    + QStringLiteral("/proxy/spaces/%1/ssh/").arg(QString::fromLatin1(QUrl::toPercentEncoding(w.name))),
                QUrl::TolerantMode);
    w.transport.url = url;
    w.transport.insecureTls = insecure;
    return w;
}

ValueJob<KnotSource::User> *KnotSource::whoami()
{
    return new ValueJob<User>(
        [this](ValueJob<User> *job) {
            job->follow(m_api->request("GET", QStringLiteral("/api/users/whoami")), [job](HttpJob *who) {
                if (who->failed()) {
                    job->fail(who->error());
                    return;
                }
                Result<User> me = parseWhoami(who->response().body);
                me ? job->succeed(std::move(me).value()) : job->fail(me.error());
            });
        },
        this);
}

ListJob *KnotSource::list()
{
    return new ListJob(
        [this](ListJob *job) {
            job->follow(whoami(), [this, job](ValueJob<User> *who) {
                if (who->failed()) {
                    job->fail(who->error());
                    return;
                }
                const User *user = &who->value();
                const QString path = QStringLiteral("/api/spaces?user_id=%1")
                                         .arg(QString::fromLatin1(QUrl::toPercentEncoding(user->userId)));
                job->follow(m_api->request("GET", path), [this, job](HttpJob *spaces) {
                    if (spaces->failed()) {
                        job->fail(spaces->error());
                        return;
                    }
                    Result<QList<Workspace>> out =
                        parseSpaces(spaces->response().body, m_config.name, m_api->base(), m_config.insecure);
                    if (!out) {
                        job->fail(out.error());
                        return;
                    }
                    for (Workspace &w : *out)
                        w.identityFile = m_config.identityFile; // the source's key
                    qCDebug(lcKnot) << m_config.name << "lists" << out->size() << "spaces";
                    job->succeed(std::move(out).value());
                });
            });
        },
        this);
}

StatusJob *KnotSource::startStop(const Workspace &w, bool start)
{
    return new StatusJob(
        [this, w, start](StatusJob *job) {
            const QString verb = start ? QStringLiteral("start") : QStringLiteral("stop");
            const QString path =
                QStringLiteral("/api/spaces/%1/%2").arg(QString::fromLatin1(QUrl::toPercentEncoding(w.name)), verb);
            job->follow(m_api->request("POST", path), [job, w, start](HttpJob *r) {
                const int status = r->response().status;
                if (!r->failed())
                    job->succeed();
                else if (status >= 400 && status != 401)
                    job->fail(knotStatusError(status, w.id(), start));
                else
                    job->fail(r->error());
            });
        },
        this);
}

StatusJob *KnotSource::start(const Workspace &w)
{
    return startStop(w, true);
}

StatusJob *KnotSource::stop(const Workspace &w)
{
    return startStop(w, false);
}

QString KnotSource::mergeKey(const QString &existing, const PublicKey &key, const QString &comment)
{
    QStringList lines;
    for (const QString &l : existing.split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            lines << l.trimmed();
    lines << QString::fromUtf8(key.toOpenSshLine(comment).trimmed());
    return lines.join(QLatin1Char('\n'));
}

StatusJob *KnotSource::editKeyLines(const QString &unknownLines, KeyLinesEdit edit)
{
    return new StatusJob(
        [this, unknownLines, edit](StatusJob *job) {
            job->follow(whoami(), [=, this](ValueJob<User> *who) {
                if (who->failed()) {
                    job->fail(who->error());
                    return;
                }
                const User me = who->value();
                if (!me.sshPublicKey) {
                    // knot overwrites the lines: without the current ones, others would be lost.
                    job->fail(Error(ErrorCode::BadFormat, unknownLines));
                    return;
                }
                const Result<std::optional<QString>> edited = edit(*me.sshPublicKey);
                if (!edited) {
                    job->fail(edited.error());
                    return;
                }
                if (!*edited) {
                    job->succeed();
                    return;
                }
                // Both fields are overwritten by knot: send the github username back as it was.
                const QJsonObject body { { QStringLiteral("ssh_public_key"), **edited },
                                         { QStringLiteral("github_username"), me.githubUsername } };
                job->follow(m_api->request("PUT", QStringLiteral("/api/users/whoami/ssh-public-key"),
                                           QJsonDocument(body).toJson(QJsonDocument::Compact)),
                            [job](HttpJob *put) { put->failed() ? job->fail(put->error()) : job->succeed(); });
            });
        },
        this);
}

StatusJob *KnotSource::registerKey(const PublicKey &key, const QString &comment)
{
    return editKeyLines(tr("knot did not send your current SSH keys, so Keyport cannot add one "
                           "without removing the others; add it in knot's web interface."),
                        [this, key, comment](const QString &existing) -> Result<std::optional<QString>> {
                            if (keyLinesContain(existing, key)) {
                                qCDebug(lcKnot) << m_config.name << "has the key already";
                                return std::optional<QString>(); // already registered, whatever its comment
                            }
                            const QString merged = mergeKey(existing, key, comment);
                            if (merged.toUtf8().size() > 16 * 1024)
                                return Error(ErrorCode::InvalidArgument, tr("knot keeps at most 16 KiB of keys per "
                                                                            "user; remove an old key in knot first."));
                            return std::optional<QString>(merged);
                        });
}

RegisteredKeysJob *KnotSource::registeredKeys()
{
    return new RegisteredKeysJob(
        [this](RegisteredKeysJob *job) {
            job->follow(whoami(), [job](ValueJob<User> *who) {
                if (who->failed())
                    job->fail(who->error());
                else if (!who->value().sshPublicKey)
                    job->fail(Error(ErrorCode::BadFormat, tr("knot did not send your SSH keys.")));
                else
                    job->succeed(keylines::registered(*who->value().sshPublicKey));
            });
        },
        this);
}

StatusJob *KnotSource::unregisterKey(const QString &fingerprint)
{
    return editKeyLines(tr("knot did not send your current SSH keys, so Keyport cannot remove one without "
                           "losing the others; remove it in knot's web interface."),
                        [this, fingerprint](const QString &existing) -> Result<std::optional<QString>> {
                            std::optional<QString> rest = keylines::without(existing, fingerprint);
                            if (!rest)
                                return keylines::notRegistered(fingerprint, m_config.name);
                            return rest;
                        });
}

ByteStream *KnotSource::openStream(const Workspace &w, QObject *parent)
{
    return m_api->openWebSocket(w.transport.url, parent);
}

} // namespace keyport

KEYPORT_SOURCE_KIND(knot, { .id = QStringLiteral("knot"),
                            .create = [](const keyport::SourceConfig &c,
                                         QObject *parent) { return new keyport::KnotSource(c, parent); },
                            .builtInName = {},
                            .order = 100 })
