#include "jupyterhubsource.h"

#include "common/log.h"
#include "common/text.h"
#include "sources/keylines.h"
#include "transport/redaction.h"
#include "workspace/sourcekind.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace keyport {

namespace {
constexpr char kDefaultServer[] = "default";

QString encoded(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

// /user/<u>[/<s>]/
QString userServerPath(const QString &hubUser, const QString &server)
{
    QString p = QStringLiteral("/user/%1/").arg(encoded(hubUser));
    if (!server.isEmpty())
        p += encoded(server) + QLatin1Char('/');
    return p;
}

QString hubMessage(const HttpResponse &r)
{
    return JupyterHubSource::parseErrorMessage(r.body);
}

// Longer server names are not JupyterHub's; more servers than this are not a user's.
constexpr qsizetype kMaxName = 255;
constexpr qsizetype kMaxServers = 10000;
} // namespace

JupyterHubSource::JupyterHubSource(SourceConfig config, QObject *parent)
    : Source(parent)
    , m_config(std::move(config))
    , m_api(new HttpApi(QUrl(m_config.url), m_config.tokenKey(), "token", m_config.insecure, this))
{
}

QString JupyterHubSource::serverName(const Workspace &w) const
{
    return w.name == QLatin1String(kDefaultServer) ? QString() : w.name;
}

QString JupyterHubSource::serverPath(const QString &server) const
{
    return userServerPath(m_config.hubUser, server);
}

QString JupyterHubSource::apiPath(const QString &server) const
{
    return server.isEmpty()
               ? QStringLiteral("/hub/api/users/%1/server").arg(encoded(m_config.hubUser))
               : QStringLiteral("/hub/api/users/%1/servers/%2").arg(encoded(m_config.hubUser), encoded(server));
}

ListJob *JupyterHubSource::list()
{
    return new ListJob([this](ListJob *job) { listInto(job); }, this);
}

void JupyterHubSource::listInto(ListJob *guard)
{
    // Stopped servers are listed only when asked; 3.0 lists the default one even before its first start.
    guard->follow(m_api->request("GET", QStringLiteral("/hub/api/user?include_stopped_servers")),
                  [this, guard](HttpJob *r) {
                      if (r->failed()) {
                          guard->fail(r->error());
                          return;
                      }
                      Result<QList<Workspace>> out = parseUser(r->response().body, m_config);
                      if (out)
                          qCDebug(lcJupyterHub) << m_config.name << "lists" << out->size() << "servers";
                      guard->complete(std::move(out));
                  });
}

Result<QList<Workspace>> JupyterHubSource::parseUser(const QByteArray &body, const SourceConfig &config)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return Error(ErrorCode::BadFormat, tr("JupyterHub's answer about the user is not JSON; is this a JupyterHub?"));
    const QJsonObject user = doc.object();
    if (user.value(QStringLiteral("name")).toString() != config.hubUser)
        return Error(ErrorCode::PermissionDenied,
                     tr("This token belongs to hub user \"%1\", not %2.")
                         .arg(printable(user.value(QStringLiteral("name")).toString(), 60), config.hubUser));
    QJsonObject servers = user.value(QStringLiteral("servers")).toObject();
    if (servers.isEmpty()) // old hubs without named servers: "server" is the URL of the running one, or null
        servers.insert(QString(), QJsonObject { { QStringLiteral("ready"),
                                                  !user.value(QStringLiteral("server")).toString().isEmpty() } });
    if (servers.size() > kMaxServers)
        return Error(ErrorCode::BadFormat, tr("JupyterHub's answer about the user is not JSON; is this a JupyterHub?"),
                     QStringLiteral("more than %1 servers").arg(kMaxServers));
    const QUrl base(config.url);
    QList<Workspace> out;
    for (auto it = servers.constBegin(); it != servers.constEnd(); ++it) {
        if (it.key().size() > kMaxName)
            continue;
        const QJsonObject s = it.value().toObject();
        Workspace w;
        w.source = config.name;
        w.name = it.key().isEmpty() ? QString::fromLatin1(kDefaultServer) : it.key();
        w.project = config.hubUser;
        w.tags = { QStringLiteral("jupyterhub") };
        const QString pending = s.value(QStringLiteral("pending")).toString();
        if (pending == QLatin1String("spawn"))
            w.state = WorkspaceState::Starting;
        else if (pending == QLatin1String("stop"))
            w.state = WorkspaceState::Stopping;
        else
            w.state = s.value(QStringLiteral("ready")).toBool() ? WorkspaceState::Running : WorkspaceState::Stopped;
        // sshd runs as the notebook's Unix user, not the hub user.
        w.user = config.loginUser.isEmpty() ? QStringLiteral("jovyan") : config.loginUser;
        w.identityFile = config.identityFile;
        w.transport.kind = TransportSpec::Kind::WebSocket;
        QUrl url = base;
        url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
        const QString prefix = url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path();
        url.setPath(prefix + userServerPath(config.hubUser, it.key()) + QStringLiteral("sshd/"), QUrl::TolerantMode);
        w.transport.url = url;
        w.transport.insecureTls = config.insecure;
        out << w;
    }
    return out;
}

Result<bool> JupyterHubSource::parseStopped(const QByteArray &body, const QString &server)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return Error(ErrorCode::BadFormat, tr("JupyterHub's answer about the user is not JSON; is this a JupyterHub?"));
    // Without include_stopped_servers, a stopped server is not listed at all.
    const QJsonValue s = doc.object().value(QStringLiteral("servers")).toObject().value(server);
    return !s.isObject() || s.toObject().value(QStringLiteral("pending")).isNull()
           || s.toObject().value(QStringLiteral("pending")).isUndefined();
}

Result<QString> JupyterHubSource::parseContents(const QByteArray &body)
{
    const QJsonObject file = QJsonDocument::fromJson(body).object();
    const QJsonValue content = file.value(QStringLiteral("content"));
    const QJsonValue format = file.value(QStringLiteral("format"));
    // Anything else would be merged into nothing and written over the keys that are there.
    if (!content.isString() || (!format.isUndefined() && format.toString() != QLatin1String("text")))
        return Error(ErrorCode::BadFormat,
                     tr("The hub's server sent ~/.ssh/authorized_keys in a form Keyport does not read; it was left "
                        "as it is."));
    return content.toString();
}

QString JupyterHubSource::parseErrorMessage(const QByteArray &body)
{
    const QString message = QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
    return printable(redactSecrets(message.left(4096)), 200);
}

StatusJob *JupyterHubSource::start(const Workspace &w)
{
    return new StatusJob(
        [this, w](StatusJob *job) {
            const QString server = serverName(w);
            job->follow(m_api->request("POST", apiPath(server)), [this, job, server, w](HttpJob *r) {
                const int status = r->response().status;
                if (status == 201) {
                    job->succeed();
                    return;
                }
                if (status != 202) {
                    job->fail(status == 400
                                  ? Error(ErrorCode::InvalidArgument,
                                          tr("JupyterHub will not start %1: %2").arg(w.id(), hubMessage(r->response())))
                                  : r->error());
                    return;
                }
                // Pending: follow the progress stream as it comes, to its last event.
                followProgress(job, server, w);
            });
        },
        this);
}

void JupyterHubSource::followProgress(StatusJob *job, const QString &server, const Workspace &w)
{
    HttpStreamJob *events = m_api->stream("GET", apiPath(server) + QStringLiteral("/progress"));
    auto last = std::make_shared<QString>(); // the last message, for a stream that ends without a result
    connect(events, &HttpStreamJob::line, job, [job, events, w, last](const QByteArray &line) {
        const Result<ProgressEvent> event = parseProgressEvent(line);
        if (!event) {
            // One bad event does not end a start that may still succeed.
            qCInfo(lcJupyterHub) << "skipping a progress event of" << w.id() << ":" << event.error().message;
            return;
        }
        if (event->kind == ProgressEvent::Kind::None)
            return;
        qCDebug(lcJupyterHub).noquote() << w.id() << "progress" << event->percent << event->message;
        if (!event->message.isEmpty()) {
            *last = event->message;
            Q_EMIT job->progress(event->message);
        }
        if (event->kind == ProgressEvent::Kind::Ready) {
            job->succeed();
            events->cancel(); // the hub ends the stream itself; nothing more to wait for
        } else if (event->kind == ProgressEvent::Kind::Failed) {
            job->fail(Error(ErrorCode::Network, tr("JupyterHub could not start %1: %2").arg(w.id(), event->message)));
            events->cancel();
        }
    });
    job->follow(events, [job, w, last](HttpStreamJob *ended) {
        if (ended->failed())
            job->fail(ended->error());
        else // the stream ended without its last event
            job->fail(Error(ErrorCode::Network, tr("JupyterHub could not start %1: %2").arg(w.id(), *last)));
    });
}

Result<JupyterHubSource::ProgressEvent> JupyterHubSource::parseProgressEvent(const QByteArray &line)
{
    ProgressEvent out;
    if (!line.startsWith("data:"))
        return out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.mid(5).trimmed(), &error);
    if (!doc.isObject())
        return Error(ErrorCode::BadFormat, tr("JupyterHub sent a progress event that is not a JSON object."),
                     error.error != QJsonParseError::NoError ? error.errorString() : QString());
    const QJsonObject event = doc.object();
    // Only true booleans count: "failed": "no" is not a failure.
    if (event.value(QStringLiteral("failed")).toBool())
        out.kind = ProgressEvent::Kind::Failed;
    else if (event.value(QStringLiteral("ready")).toBool())
        out.kind = ProgressEvent::Kind::Ready;
    else
        out.kind = ProgressEvent::Kind::Progress;
    const QJsonValue percent = event.value(QStringLiteral("progress"));
    if (percent.isDouble())
        out.percent = int(qBound(0.0, percent.toDouble(), 100.0));
    // A failed spawn's message may quote the spawner's environment (with its API token).
    out.message = printable(redactSecrets(event.value(QStringLiteral("message")).toString().left(4096)), 200);
    return out;
}

void JupyterHubSource::waitUntilStopped(StatusJob *job, const QString &server, int attempts)
{
    job->follow(m_api->request("GET", QStringLiteral("/hub/api/user")), [this, job, server, attempts](HttpJob *r) {
        const Result<bool> stopped = r->failed() ? Result<bool>(r->error()) : parseStopped(r->response().body, server);
        if (stopped && *stopped) {
            job->succeed();
        } else if (attempts <= 0) {
            job->fail(Error(ErrorCode::Timeout, tr("JupyterHub is still stopping the server; check again later.")));
        } else {
            QPointer<StatusJob> guard(job);
            QTimer::singleShot(500, this, [this, guard, server, attempts] {
                if (guard && !guard->isFinished())
                    waitUntilStopped(guard, server, attempts - 1);
            });
        }
    });
}

StatusJob *JupyterHubSource::stop(const Workspace &w)
{
    return new StatusJob(
        [this, w](StatusJob *job) {
            const QString server = serverName(w);
            job->follow(m_api->request("DELETE", apiPath(server)), [this, job, server, w](HttpJob *r) {
                const int status = r->response().status;
                if (status == 204)
                    job->succeed();
                else if (status == 202)
                    waitUntilStopped(job, server, 120);
                else
                    job->fail(status == 400
                                  ? Error(ErrorCode::InvalidArgument,
                                          tr("JupyterHub will not stop %1: %2").arg(w.id(), hubMessage(r->response())))
                                  : r->error());
            });
        },
        this);
}

QString JupyterHubSource::manualCommands(const PublicKey &key)
{
    // The key without its comment: nothing in it needs quoting.
    const QString line = QString::fromUtf8(key.toOpenSshLine({}).trimmed());
    return QStringLiteral("mkdir -p ~/.ssh && chmod 700 ~/.ssh && echo '%1 keyport' >> ~/.ssh/authorized_keys && "
                          "chmod 600 ~/.ssh/authorized_keys")
        .arg(line);
}

JupyterHubSource::AuthorizedKeysJob *JupyterHubSource::readAuthorizedKeys(const QString &noServer,
                                                                          const QString &hidden)
{
    return new AuthorizedKeysJob(
        [this, noServer, hidden](AuthorizedKeysJob *job) {
            // The contents API lives in a running server: find one.
            job->follow(list(), [this, job, noServer, hidden](ListJob *listing) {
                if (listing->failed()) {
                    job->fail(listing->error());
                    return;
                }
                std::optional<QString> server;
                for (const Workspace &w : listing->value())
                    if (w.state == WorkspaceState::Running && !server)
                        server = serverName(w);
                if (!server) {
                    job->fail(Error(ErrorCode::InvalidArgument, noServer));
                    return;
                }
                const QString dir = serverPath(*server) + QStringLiteral("api/contents/.ssh");
                const QString file = dir + QStringLiteral("/authorized_keys");
                job->follow(m_api->request("GET", file + QStringLiteral("?type=file&format=text&content=1")),
                            [this, job, dir, file, hidden](HttpJob *read) {
                                if (read->response().status != 404) {
                                    if (read->failed()) {
                                        job->fail(read->error());
                                        return;
                                    }
                                    const Result<QString> text = parseContents(read->response().body);
                                    text ? job->succeed({ file, *text }) : job->fail(text.error());
                                    return;
                                }
                                // A server that refuses hidden files answers 404 for them too (jupyter_server
                                // unless ContentsManager.allow_hidden is set): creating ~/.ssh, which writing
                                // needs anyway (an existing one is left as it is), tells the two apart.
                                job->follow(m_api->request("PUT", dir, QByteArrayLiteral("{\"type\":\"directory\"}")),
                                            [job, file, hidden](HttpJob *mkdir) {
                                                const int status = mkdir->response().status;
                                                if (status == 400 || status == 403)
                                                    job->fail(Error(ErrorCode::Unsupported, hidden,
                                                                    hubMessage(mkdir->response())));
                                                else if (mkdir->failed())
                                                    job->fail(mkdir->error());
                                                else
                                                    job->succeed({ file, std::nullopt });
                                            });
                            });
            });
        },
        this);
}

StatusJob *JupyterHubSource::writeAuthorizedKeys(const QString &path, const QString &text)
{
    return new StatusJob(
        [this, path, text](StatusJob *job) {
            const QJsonObject body { { QStringLiteral("type"), QStringLiteral("file") },
                                     { QStringLiteral("format"), QStringLiteral("text") },
                                     { QStringLiteral("content"), text } };
            job->follow(m_api->request("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact)),
                        [job](HttpJob *write) { write->failed() ? job->fail(write->error()) : job->succeed(); });
        },
        this);
}

StatusJob *JupyterHubSource::registerKey(const PublicKey &key, const QString &comment)
{
    return new StatusJob(
        [this, key, comment](StatusJob *job) {
            const QString manual = tr("In a terminal of your hub server, run: %1").arg(manualCommands(key));
            const QString noServer = tr("No server of %1 is running, so Keyport cannot write your key. Start one "
                                        "(keyport-cli workspaces start %2.default) and try again. %3")
                                         .arg(m_config.hubUser, m_config.name, manual);
            const QString hidden =
                tr("The hub's server refuses to write ~/.ssh (hidden files are not allowed there). %1").arg(manual);
            job->follow(readAuthorizedKeys(noServer, hidden), [this, job, key, comment](AuthorizedKeysJob *read) {
                if (read->failed()) {
                    job->fail(read->error());
                    return;
                }
                // Never overwrite other keys: read, merge, write.
                QString keys = read->value().text.value_or(QString());
                if (keyLinesContain(keys, key)) {
                    job->succeed();
                    return;
                }
                if (!keys.isEmpty() && !keys.endsWith(QLatin1Char('\n')))
                    keys += QLatin1Char('\n');
                keys += QString::fromUtf8(key.toOpenSshLine(comment));
                job->follow(writeAuthorizedKeys(read->value().path, keys),
                            [job](StatusJob *write) { write->failed() ? job->fail(write->error()) : job->succeed(); });
            });
        },
        this);
}

QString JupyterHubSource::noServerToRead() const
{
    return tr("No server of %1 is running, so Keyport cannot read ~/.ssh/authorized_keys. Start one "
              "(keyport-cli workspaces start %2.default) and try again.")
        .arg(m_config.hubUser, m_config.name);
}

RegisteredKeysJob *JupyterHubSource::registeredKeys()
{
    return new RegisteredKeysJob(
        [this](RegisteredKeysJob *job) {
            const QString hidden = tr("The hub's server does not show ~/.ssh (hidden files are not allowed there). "
                                      "In a terminal of your hub server, `ssh-keygen -lf ~/.ssh/authorized_keys` "
                                      "lists the keys.");
            job->follow(readAuthorizedKeys(noServerToRead(), hidden), [job](AuthorizedKeysJob *read) {
                if (read->failed())
                    job->fail(read->error());
                else
                    job->succeed(keylines::registered(read->value().text.value_or(QString())));
            });
        },
        this);
}

StatusJob *JupyterHubSource::unregisterKey(const QString &fingerprint)
{
    return new StatusJob(
        [this, fingerprint](StatusJob *job) {
            const QString hidden =
                tr("The hub's server does not show ~/.ssh (hidden files are not allowed there). In a terminal of "
                   "your hub server, remove the key's line from ~/.ssh/authorized_keys (`ssh-keygen -lf "
                   "~/.ssh/authorized_keys` shows which it is).");
            job->follow(readAuthorizedKeys(noServerToRead(), hidden), [this, job,
                                                                       fingerprint](AuthorizedKeysJob *read) {
                if (read->failed()) {
                    job->fail(read->error());
                    return;
                }
                const std::optional<QString> &text = read->value().text;
                const std::optional<QString> rest = text ? keylines::without(*text, fingerprint) : std::nullopt;
                if (!rest) {
                    job->fail(keylines::notRegistered(fingerprint, m_config.name));
                    return;
                }
                job->follow(writeAuthorizedKeys(read->value().path, *rest),
                            [job](StatusJob *write) { write->failed() ? job->fail(write->error()) : job->succeed(); });
            });
        },
        this);
}

ByteStream *JupyterHubSource::openStream(const Workspace &w, QObject *parent)
{
    return m_api->openWebSocket(w.transport.url, parent);
}

} // namespace keyport

KEYPORT_SOURCE_KIND(jupyterhub, { .id = QStringLiteral("jupyterhub"),
                                  .create = [](const keyport::SourceConfig &c,
                                               QObject *parent) { return new keyport::JupyterHubSource(c, parent); },
                                  .builtInName = {},
                                  .order = 100 })
