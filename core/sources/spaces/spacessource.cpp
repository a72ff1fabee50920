#include "spacessource.h"

#include "common/log.h"
#include "common/paths.h"
#include "common/secret.h"
#include "common/text.h"
#include "identity/certificate.h"
#include "model/validation.h"
#include "workspace/sourcekind.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

namespace keyport {

namespace {

constexpr qsizetype kMaxText = 255;
const char kDefaultTtl[] = "5m";
const char kDefaultUser[] = "spaces-user";

QString text(const QJsonObject &o, const char *key)
{
    return printable(o.value(QLatin1String(key)).toString(), kMaxText);
}

// The entry host takes Space ids of these characters only (the CLI checks the same).
bool validSpaceId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._:-]{1,128}$"));
    return re.match(id).hasMatch();
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// What the server said in {"ok": false, "error": "..."}, safe to show.
QString serverSays(const QByteArray &body)
{
    return printable(QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString(), 200);
}

QString sizeText(double mib)
{
    return QLocale().formattedDataSize(qint64(mib * 1024 * 1024), 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

SpacesSource::SpacesSource(SourceConfig config, QObject *parent)
    : Source(parent)
    , m_config(std::move(config))
    , m_api(new HttpApi(QUrl(m_config.url), m_config.tokenKey(), "Bearer", m_config.insecure, this))
{
}

QString SpacesSource::entryHost(const SourceConfig &c)
{
    return c.sshHost.isEmpty() ? QUrl(c.url).host() : c.sshHost;
}

quint16 SpacesSource::entryPort(const SourceConfig &c)
{
    return c.sshPort == 0 ? 22 : c.sshPort;
}

QString SpacesSource::loginUser(const SourceConfig &c)
{
    return c.loginUser.isEmpty() ? QString::fromLatin1(kDefaultUser) : c.loginUser;
}

QString SpacesSource::identityFile(const SourceConfig &c)
{
    // A key of its own per source, as the spaces CLI keeps id_ed25519_spaces.
    return c.identityFile.isEmpty() ? QDir(paths::sshDir()).filePath(QStringLiteral("id_ed25519_") + c.name)
                                    : c.identityFile;
}

QString SpacesSource::certificateTtl(const SourceConfig &c)
{
    return c.certTtl.isEmpty() ? QString::fromLatin1(kDefaultTtl) : c.certTtl;
}

std::optional<qint64> SpacesSource::parseDuration(const QString &text)
{
    static const QRegularExpression whole(QStringLiteral("^(?:\\d{1,6}[hms])+$"));
    static const QRegularExpression part(QStringLiteral("(\\d{1,6})([hms])"));
    if (!whole.match(text).hasMatch())
        return std::nullopt;
    qint64 seconds = 0;
    for (auto it = part.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        seconds += unit == QLatin1Char('h') ? n * 3600 : unit == QLatin1Char('m') ? n * 60 : n;
    }
    if (seconds < 10 || seconds > 24 * 3600)
        return std::nullopt;
    return seconds;
}

Status SpacesSource::validate(const SourceConfig &c)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!email.match(c.email).hasMatch())
        return Error(ErrorCode::InvalidArgument,
                     tr("A spaces source needs the e-mail address of your account (--email)."));
    const QString alias = c.name + QStringLiteral(".x");
    if (auto ok = validateConfigValue(alias, tr("entry host"), entryHost(c)); !ok)
        return ok;
    if (auto ok = validateConfigValue(alias, tr("login user"), loginUser(c)); !ok)
        return ok;
    if (!parseDuration(certificateTtl(c)))
        return Error(ErrorCode::InvalidArgument,
                     tr("\"%1\" is not a certificate lifetime: write it as 5m, 90s or 1h30m (10 s to 24 h).")
                         .arg(printable(c.certTtl, 40)));
    return {};
}

Error SpacesSource::replyError(const QString &source, const HttpResponse &r, const Error &fallback,
                               const QString &doing)
{
    const QString said = serverSays(r.body);
    const QString detail = said.isEmpty() ? fallback.detail : said;
    switch (r.status) {
    case 401:
        return Error(ErrorCode::PermissionDenied,
                     tr("Your spaces session for %1 expired or was revoked (401). Log in again with a new auth key: "
                        "`keyport-cli sources login %1 --auth-key-stdin`, or Edit the source in Keyport.")
                         .arg(source),
                     detail);
    case 403:
        return Error(ErrorCode::PermissionDenied,
                     said.isEmpty()
                         ? tr("spaces does not let you %1 (403): your role there does not allow it.").arg(doing)
                         : tr("spaces does not let you %1 (403): %2.").arg(doing, said),
                     detail);
    case 429:
        return Error(ErrorCode::Network,
                     tr("spaces is limiting requests (429) while trying to %1; %2.").arg(doing, HttpApi::retryText(r)),
                     detail);
    case 404:
        return Error(ErrorCode::NotFound,
                     said.isEmpty() ? tr("spaces cannot %1: not found (404).").arg(doing)
                                    : tr("spaces cannot %1: %2 (404).").arg(doing, said),
                     detail);
    case 400:
        return Error(ErrorCode::InvalidArgument,
                     said.isEmpty() ? tr("spaces refused to %1 (400).").arg(doing)
                                    : tr("spaces refused to %1: %2.").arg(doing, said),
                     detail);
    default:
        return Error(fallback.code, tr("Could not %1: %2").arg(doing, fallback.message), fallback.detail);
    }
}

Result<QByteArray> SpacesSource::parseLogin(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString token = o.value(QStringLiteral("session_token")).toString();
    if (token.isEmpty() || token.size() > 4096 || hasControlCharacters(token) || token.contains(QLatin1Char(' ')))
        return Error(ErrorCode::BadFormat, tr("spaces answered the login without a session token; is this a spaces "
                                              "control plane?"));
    return token.toUtf8();
}

ValueJob<QByteArray> *SpacesSource::redeem(const SourceConfig &config, const QByteArray &authKey, QObject *parent)
{
    return new ValueJob<QByteArray>(
        [config, authKey](ValueJob<QByteArray> *job) {
            auto *api = new HttpApi(QUrl(config.url), {}, "Bearer", config.insecure, job);
            // Not wiped here: the request shares this buffer until it is sent.
            const QByteArray body = json({ { QStringLiteral("email"), config.email },
                                           { QStringLiteral("key"), QString::fromUtf8(authKey.trimmed()) } });
            auto *login = api->requestWithoutToken("POST", QStringLiteral("/api/v1/auth/login"), body, authKey);
            job->follow(login, [job, config](HttpJob *r) {
                if (r->failed()) {
                    const QString said = serverSays(r->response().body);
                    if (r->response().status == 400 && said.contains(QLatin1String("redeemed")))
                        job->fail(Error(ErrorCode::PermissionDenied,
                                        tr("This auth key was used already: spaces takes each auth key once. Ask "
                                           "your spaces admin for a new one."),
                                        said));
                    else if (r->response().status == 401 || r->response().status == 400)
                        job->fail(Error(
                            ErrorCode::PermissionDenied,
                            tr("spaces did not accept the auth key for %1: check the e-mail address and "
                               "the key (%2).")
                                .arg(config.email, said.isEmpty() ? QString::number(r->response().status) : said)));
                    else
                        job->fail(replyError(config.name, r->response(), r->error(), tr("log in")));
                    return;
                }
                auto token = parseLogin(r->response().body);
                if (!token) {
                    job->fail(token.error());
                    return;
                }
                qCInfo(lcSpaces) << config.name << "logged in as" << config.email;
                job->succeed(*token);
            });
        },
        parent);
}

Result<QList<Workspace>> SpacesSource::parseSpaces(const QByteArray &body, const SourceConfig &config)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue spaces = doc.object().value(QStringLiteral("spaces"));
    if (!doc.isObject() || !(spaces.isArray() || spaces.isNull()))
        return Error(ErrorCode::BadFormat, tr("spaces sent a Space list that is not JSON."));
    const QJsonArray list = spaces.toArray();
    if (list.size() > kMaxSpaces)
        return Error(ErrorCode::BadFormat, tr("spaces sent a Space list that is not JSON."),
                     QStringLiteral("more than %1 spaces").arg(kMaxSpaces));
    QList<Workspace> out;
    for (const QJsonValue &v : list) {
        const QJsonObject s = v.toObject();
        const QJsonValue name = s.value(QStringLiteral("name"));
        if (!name.isString() || name.toString().isEmpty())
            continue;
        Workspace w;
        w.source = config.name;
        // Kept whole (a hostile name is shown escaped, never cut into another valid one).
        w.name = name.toString().left(kMaxText);
        const QString id = s.value(QStringLiteral("id")).toString();
        const QString role = text(s, "role");
        if (!role.isEmpty())
            w.tags << role;
        const QString state = s.value(QStringLiteral("runtime_state")).toString();
        w.state = state == QLatin1String("running")   ? WorkspaceState::Running
                  : state == QLatin1String("stopped") ? WorkspaceState::Stopped
                                                      : WorkspaceState::Unknown;
        w.user = loginUser(config);
        w.identityFile = identityFile(config);
        w.certified = true;
        w.transport.kind = TransportSpec::Kind::Tcp;
        w.transport.host = entryHost(config);
        w.transport.port = entryPort(config);
        if (auto ok = validateAlias(w.id()); !ok)
            w.unreachable = ok.error().message;
        else if (!validSpaceId(id))
            w.unreachable = tr("The Space id \"%1\" is not one the entry host takes, so %2 cannot be connected.")
                                .arg(printable(id, 80), w.id());
        else
            w.remoteCommand = id;
        auto detail = [&w](const QString &label, const QString &value) {
            if (!value.isEmpty())
                w.details << Workspace::Detail { label, value };
        };
        auto number = [&s](const char *key) -> std::optional<double> {
            const QJsonValue n = s.value(QLatin1String(key));
            if (!n.isDouble() || n.toDouble() < 0)
                return std::nullopt;
            return n.toDouble();
        };
        detail(tr("Space id"), printable(id, 80));
        detail(tr("Role"), role);
        if (auto cpu = number("cpu_millis"))
            detail(tr("CPU"), tr("%1 cores").arg(QLocale().toString(*cpu / 1000.0, 'g', 3)));
        if (auto mem = number("memory_mib"))
            detail(tr("Memory"), sizeText(*mem));
        if (auto disk = number("disk_mb"))
            detail(tr("Disk"), sizeText(*disk));
        if (auto egress = number("network_egress_mb"))
            detail(tr("Network egress"), sizeText(*egress));
        const auto used = number("llm_tokens_used"), limit = number("llm_tokens_limit");
        if (used && limit && *limit > 0)
            detail(tr("Tokens used"),
                   tr("%1 of %2").arg(QLocale().toString(qint64(*used)), QLocale().toString(qint64(*limit))));
        else if (used)
            detail(tr("Tokens used"), QLocale().toString(qint64(*used)));
        out << w;
    }
    return out;
}

Result<QList<RegisteredKey>> SpacesSource::parseKeys(const QByteArray &body)
{
    const QJsonValue keys = QJsonDocument::fromJson(body).object().value(QStringLiteral("keys"));
    if (!keys.isArray() && !keys.isNull())
        return Error(ErrorCode::BadFormat, tr("spaces sent a key list that is not JSON."));
    QList<RegisteredKey> out;
    for (const QJsonValue &v : keys.toArray()) {
        const QJsonObject k = v.toObject();
        RegisteredKey r;
        r.name = text(k, "name");
        r.created = QDateTime::fromString(k.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
        auto key = PublicKey::fromOpenSshLine(k.value(QStringLiteral("public_key")).toString().toUtf8());
        if (key) {
            r.key = *key;
            r.fingerprint = key->fingerprint();
        } else {
            r.fingerprint = text(k, "fingerprint");
        }
        if (!r.fingerprint.isEmpty())
            out << r;
        if (out.size() > 10000)
            break;
    }
    return out;
}

Result<QString> SpacesSource::parseKnownHosts(const QByteArray &body, const QString &host, quint16 port)
{
    const QString line = QJsonDocument::fromJson(body).object().value(QStringLiteral("known_hosts_line")).toString();
    const QStringList fields = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString expected = port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
    if (fields.size() < 3 || fields[0].startsWith(QLatin1Char('@')))
        return Error(ErrorCode::BadFormat, tr("spaces sent no known_hosts line for its entry host."));
    if (!fields[0].split(QLatin1Char(',')).contains(expected))
        return Error(
            ErrorCode::BadFormat,
            tr("spaces sent a host key for %1, not for its entry host %2.").arg(printable(fields[0], 80), expected));
    auto key = PublicKey::fromOpenSshLine((fields[1] + QLatin1Char(' ') + fields[2]).toUtf8());
    if (!key)
        return Error(ErrorCode::BadFormat, tr("spaces sent a host key Keyport cannot read."), key.error().message);
    return QString::fromUtf8(key->toOpenSshLine({}).trimmed());
}

Result<QByteArray> SpacesSource::parseIssued(const QByteArray &body, const PublicKey &key, const QString &principal,
                                             const QDateTime &now)
{
    const QByteArray line =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("certificate")).toString().toUtf8().trimmed();
    auto cert = Certificate::fromOpenSshLine(line);
    if (!cert)
        return Error(ErrorCode::BadFormat, tr("spaces sent a certificate Keyport cannot read."), cert.error().message);
    if (cert->key != key)
        return Error(ErrorCode::BadFormat, tr("spaces sent a certificate for another key."));
    if (cert->kind != Certificate::Kind::User || !cert->principals.contains(principal))
        return Error(ErrorCode::BadFormat,
                     tr("spaces sent a certificate that is not for the login user %1.").arg(principal));
    if (!cert->isValidAt(now))
        return Error(ErrorCode::BadFormat, tr("spaces sent a certificate that is not valid now (check this "
                                              "computer's clock)."));
    return line;
}

ListJob *SpacesSource::list()
{
    return new ListJob(
        [this](ListJob *job) {
            job->follow(m_api->request("GET", QStringLiteral("/api/v1/spaces")), [this, job](HttpJob *r) {
                if (r->failed()) {
                    job->fail(replyError(m_config.name, r->response(), r->error(), tr("list your Spaces")));
                    return;
                }
                auto spaces = parseSpaces(r->response().body, m_config);
                if (!spaces) {
                    job->fail(spaces.error());
                    return;
                }
                // The entry host's pinned key, over this authenticated session.
                const QString host = entryHost(m_config);
                const quint16 port = entryPort(m_config);
                const QString path =
                    QStringLiteral("/api/v1/ssh/known-hosts?host=%1&port=%2").arg(encoded(host)).arg(port);
                job->follow(m_api->request("GET", path), [this, job, host, port, out = *spaces](HttpJob *k) mutable {
                    // Listed anyway without the key: connecting then refuses and says why (never "ask").
                    Result<QString> key = k->failed() ? Result<QString>(replyError(
                                              m_config.name, k->response(), k->error(), tr("get the entry host's key")))
                                                      : parseKnownHosts(k->response().body, host, port);
                    if (!key)
                        qCWarning(lcSpaces) << m_config.name << "sent no usable host key:" << key.error().oneLine();
                    for (Workspace &w : out)
                        w.vouchedHostKey = key.value_or(QString());
                    qCDebug(lcSpaces) << m_config.name << "lists" << out.size() << "spaces";
                    job->succeed(std::move(out));
                });
            });
        },
        this);
}

StatusJob *SpacesSource::power(const Workspace &w, bool up)
{
    return new StatusJob(
        [this, w, up](StatusJob *job) {
            if (w.remoteCommand.isEmpty()) { // an id the entry host would not take: not sent anywhere
                job->fail(Error(ErrorCode::InvalidArgument, w.unreachable));
                return;
            }
            const QString path = QStringLiteral("/api/v1/spaces/%1/%2")
                                     .arg(encoded(w.remoteCommand), up ? QStringLiteral("up") : QStringLiteral("down"));
            job->follow(m_api->request("POST", path), [this, job, w, up](HttpJob *r) {
                if (!r->failed()) {
                    job->succeed();
                    return;
                }
                const QString doing = up ? tr("start %1").arg(w.id()) : tr("stop %1").arg(w.id());
                Error e = replyError(m_config.name, r->response(), r->error(), doing);
                if (r->response().status == 403 && !w.tags.contains(QLatin1String("admin")))
                    e.message =
                        tr("Starting and stopping %1 needs the admin role on it; you are %2 (spaces answered "
                           "403).")
                            .arg(w.id(), w.tags.isEmpty() ? tr("not an admin") : tr("a %1").arg(w.tags.first()));
                job->fail(e);
            });
        },
        this);
}

StatusJob *SpacesSource::start(const Workspace &w)
{
    return power(w, true);
}

StatusJob *SpacesSource::stop(const Workspace &w)
{
    return power(w, false);
}

StatusJob *SpacesSource::registerKey(const PublicKey &key, const QString &comment)
{
    return new StatusJob(
        [this, key, comment](StatusJob *job) {
            const QJsonObject body { { QStringLiteral("name"), comment.isEmpty() ? key.fingerprint() : comment },
                                     { QStringLiteral("public_key"),
                                       QString::fromUtf8(key.toOpenSshLine(comment).trimmed()) } };
            job->follow(m_api->request("POST", QStringLiteral("/api/v1/ssh/keys"), json(body)),
                        [this, job](HttpJob *r) {
                            if (r->failed())
                                job->fail(replyError(m_config.name, r->response(), r->error(), tr("register the key")));
                            else
                                job->succeed();
                        });
        },
        this);
}

RegisteredKeysJob *SpacesSource::registeredKeys()
{
    return new RegisteredKeysJob(
        [this](RegisteredKeysJob *job) {
            job->follow(m_api->request("GET", QStringLiteral("/api/v1/ssh/keys")), [this, job](HttpJob *r) {
                if (r->failed()) {
                    job->fail(replyError(m_config.name, r->response(), r->error(), tr("list your SSH keys")));
                    return;
                }
                auto keys = parseKeys(r->response().body);
                if (keys)
                    job->succeed(*keys);
                else
                    job->fail(keys.error());
            });
        },
        this);
}

StatusJob *SpacesSource::unregisterKey(const QString &fingerprint)
{
    return new StatusJob(
        [this, fingerprint](StatusJob *job) {
            // The '/' of base64 as %2F: the fingerprint is one path segment.
            const QString path = QStringLiteral("/api/v1/ssh/keys/") + encoded(fingerprint);
            job->follow(m_api->request("DELETE", path), [this, job, fingerprint](HttpJob *r) {
                if (r->failed())
                    job->fail(replyError(m_config.name, r->response(), r->error(),
                                         tr("remove the key %1").arg(printable(fingerprint, 80))));
                else
                    job->succeed();
            });
        },
        this);
}

ValueJob<QByteArray> *SpacesSource::issueCertificate(const Workspace &w, const PublicKey &key)
{
    return new ValueJob<QByteArray>(
        [this, w, key](ValueJob<QByteArray> *job) {
            const QString principal = w.user.isEmpty() ? loginUser(m_config) : w.user;
            const QJsonObject body { { QStringLiteral("public_key"),
                                       QString::fromUtf8(key.toOpenSshLine({}).trimmed()) },
                                     { QStringLiteral("principal"), principal },
                                     { QStringLiteral("cert_ttl"), certificateTtl(m_config) } };
            job->follow(
                m_api->request("POST", QStringLiteral("/api/v1/ssh/issue-cert"), json(body)),
                [this, job, key, principal](HttpJob *r) {
                    if (r->failed()) {
                        job->fail(replyError(m_config.name, r->response(), r->error(), tr("issue a certificate")));
                        return;
                    }
                    auto line = parseIssued(r->response().body, key, principal, QDateTime::currentDateTimeUtc());
                    if (!line) {
                        job->fail(line.error());
                        return;
                    }
                    qCInfo(lcSpaces) << m_config.name << "issued a certificate for" << key.fingerprint();
                    job->succeed(*line);
                });
        },
        this);
}

} // namespace keyport

KEYPORT_SOURCE_KIND(spaces, { .id = QStringLiteral("spaces"),
                              .create = [](const keyport::SourceConfig &c,
                                           QObject *parent) { return new keyport::SpacesSource(c, parent); },
                              .builtInName = {},
                              .order = 100,
                              .validate = &keyport::SpacesSource::validate,
                              .redeem = &keyport::SpacesSource::redeem })
