#include "northflanksource.h"

#include "common/jsonfile.h"
#include "common/log.h"
#include "common/paths.h"
#include "common/text.h"
#include "model/validation.h"
#include "workspace/sourcekind.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace keyport {

namespace {

constexpr qsizetype kMaxText = 255;
constexpr int kPerPage = 100; // the API's maximum: fewest requests against its hourly limit

QString text(const QJsonObject &o, const char *key, qsizetype max = kMaxText)
{
    return printable(o.value(QLatin1String(key)).toString(), max);
}

// Northflank's own pattern for ids and tags (protocols.md).
bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$"));
    return id.size() <= 128 && re.match(id).hasMatch();
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

// "project/service": how a service is known in the details cache and to its CLI run.
QString serviceKey(const TransportSpec &t)
{
    return t.projectId + QLatin1Char('/') + t.serviceId;
}

// What Keyport kept of the API's answers in the state folder: a file that
// cannot be read only costs requests, one that cannot be written only the log.
void readKept(Job *job, const QString &path, std::function<void(const QJsonObject &)> then)
{
    job->follow(
        new TaskJob<QJsonObject>([path] { return Result(readJsonFile(path).value_or(QJsonObject())); }),
        [then = std::move(then)](TaskJob<QJsonObject> *read) { then(read->failed() ? QJsonObject() : read->value()); });
}

void keep(Job *job, const QString &path, const QJsonObject &o, const char *what, std::function<void()> then)
{
    job->follow(new TaskJob<void>([path, o] { return writeJsonFile(path, o); }),
                [what, then = std::move(then)](TaskJob<void> *written) {
                    if (written->failed())
                        qCWarning(lcNorthflank) << "could not keep" << what << written->error().message;
                    then();
                });
}

// An answer kept in the state folder is used until it is this old.
bool isRecent(qint64 checked)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return checked <= now && now - checked < NorthflankSource::kKeptMaxAgeSecs;
}

// `data` of a single object's answer.
QJsonObject dataOf(const HttpJob *r)
{
    return r->response().json().object().value(QStringLiteral("data")).toObject();
}

const QLatin1String kIdentities("/integrations/ssh-identities");

} // namespace

NorthflankSource::NorthflankSource(SourceConfig config, QObject *parent)
    : Source(parent)
    , m_config(std::move(config))
    , m_api(new HttpApi(QUrl(m_config.url.isEmpty() ? QString::fromLatin1(kDefaultUrl) : m_config.url),
                        m_config.tokenKey(), "Bearer", m_config.insecure, this))
{
}

QString NorthflankSource::describe() const
{
    return m_config.team.isEmpty() ? tr("Northflank %1").arg(m_config.url)
                                   : tr("Northflank %1, team %2").arg(m_config.url, m_config.team);
}

Status NorthflankSource::validate(const SourceConfig &c)
{
    if (!c.team.isEmpty() && !validId(c.team))
        return Error(ErrorCode::InvalidArgument,
                     tr("\"%1\" is not a Northflank team id: letters and digits, words joined by single hyphens.")
                         .arg(printable(c.team, 60)));
    return {};
}

QString NorthflankSource::path(const QString &rest) const
{
    return m_config.team.isEmpty() ? QStringLiteral("/v1") + rest
                                   : QStringLiteral("/v1/teams/") + encoded(m_config.team) + rest;
}

Error NorthflankSource::replyError(const QString &source, const HttpResponse &r, const Error &fallback,
                                   const QString &doing)
{
    const QJsonObject error = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
    const QString said = text(error, "message", 300);
    const QString id = text(error, "id", 80);
    // The error id is what Northflank's support asks for.
    const QString detail = id.isEmpty() ? fallback.detail : QStringLiteral("Northflank error id %1").arg(id);
    switch (r.status) {
    case 401:
        return Error(ErrorCode::PermissionDenied,
                     tr("Northflank does not accept the API token of %1 (401): it was revoked, expired or mistyped. "
                        "Create one at https://app.northflank.com/s/account/api/tokens (or on your team's API tokens "
                        "page) and give it to Keyport: Edit the source, or `keyport-cli sources remove %1` and add "
                        "it again.")
                         .arg(source),
                     detail);
    case 403:
        return Error(
            ErrorCode::PermissionDenied,
            said.isEmpty()
                ? tr("Northflank does not let %1 %2 (403): the token's role does not allow it.").arg(source, doing)
                : tr("Northflank does not let %1 %2 (403): %3").arg(source, doing, said),
            detail);
    case 429:
        return Error(ErrorCode::Network,
                     tr("Northflank is limiting requests (429) while %1 tried to %2; %3.")
                         .arg(source, doing, HttpApi::retryText(r)),
                     detail);
    default:
        if (!said.isEmpty())
            return Error(r.status == 404 ? ErrorCode::NotFound : ErrorCode::Network,
                         tr("Northflank could not %1 (%2): %3").arg(doing).arg(r.status).arg(said), detail);
        return Error(fallback.code, tr("Could not %1: %2").arg(doing, fallback.message), fallback.detail);
    }
}

Result<NorthflankSource::Page> NorthflankSource::parsePage(const QByteArray &body, const QString &key)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue items = o.value(QStringLiteral("data")).toObject().value(key);
    if (!items.isArray())
        return Error(ErrorCode::BadFormat, tr("Northflank sent a list Keyport does not read; is this its API?"),
                     QStringLiteral("no data.%1 array").arg(key));
    Page page { items.toArray(), std::nullopt };
    const QJsonObject pagination = o.value(QStringLiteral("pagination")).toObject();
    const QJsonValue cursor = pagination.value(QStringLiteral("cursor"));
    // The official client goes on while a cursor is there; hasNextPage says the same.
    if (cursor.isString() && !cursor.toString().isEmpty()
        && pagination.value(QStringLiteral("hasNextPage")).toBool(true)) {
        const QString next = cursor.toString();
        if (next.size() > 4096 || hasControlCharacters(next))
            return Error(ErrorCode::BadFormat, tr("Northflank sent a list Keyport does not read; is this its API?"),
                         QStringLiteral("unusable cursor"));
        page.next = next;
    }
    return page;
}

ValueJob<QJsonArray> *NorthflankSource::fetchAll(const QString &listPath, const QString &key, const QString &doing)
{
    return new ValueJob<QJsonArray>(
        [this, listPath, key, doing](ValueJob<QJsonArray> *job) {
            fetchPage(job, std::make_shared<Paging>(Paging { listPath, key, doing, {}, {}, 0 }), QString());
        },
        this);
}

void NorthflankSource::fetchPage(ValueJob<QJsonArray> *job, std::shared_ptr<Paging> paging, const QString &cursor)
{
    QString p = paging->path + QStringLiteral("?per_page=%1").arg(kPerPage);
    if (!cursor.isEmpty())
        p += QStringLiteral("&cursor=") + encoded(cursor);
    job->follow(m_api->request("GET", p), [this, job, paging](HttpJob *r) {
        if (r->failed()) {
            job->fail(replyError(m_config.name, r->response(), r->error(), paging->doing));
            return;
        }
        Result<Page> page = parsePage(r->response().body, paging->key);
        if (!page) {
            job->fail(page.error());
            return;
        }
        for (const QJsonValue &v : std::as_const(page->items))
            paging->all.append(v);
        ++paging->pages;
        if (!page->next) {
            job->succeed(paging->all);
            return;
        }
        // A server whose cursors never end (or go round) stops here, loudly.
        if (paging->pages >= kMaxPages || paging->all.size() > kMaxItems || paging->cursors.contains(*page->next)) {
            job->fail(Error(ErrorCode::BadFormat,
                            tr("Northflank kept sending more pages while Keyport tried to %1; it stopped after %n "
                               "page(s).",
                               nullptr, paging->pages)
                                .arg(paging->doing)));
            return;
        }
        paging->cursors.insert(*page->next);
        fetchPage(job, paging, *page->next);
    });
}

QList<Workspace> NorthflankSource::servicesToWorkspaces(const QJsonArray &services, const QJsonObject &project,
                                                        const SourceConfig &config)
{
    const QString projectId = project.value(QStringLiteral("id")).toString();
    const QString projectName = text(project, "name");
    QList<Workspace> out;
    for (const QJsonValue &v : services) {
        const QJsonObject s = v.toObject();
        const QString id = s.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            continue;
        Workspace w;
        w.source = config.name;
        // Kept whole: a hostile id is shown escaped, never cut into another valid one.
        w.name = (projectId + QLatin1Char('.') + id).left(kMaxText);
        w.project = projectName.isEmpty() ? printable(projectId, kMaxText) : projectName;
        w.service = text(s, "name");
        for (const QJsonValue &t : s.value(QStringLiteral("tags")).toArray())
            if (const QString tag = printable(t.toString(), 64); !tag.isEmpty() && w.tags.size() < 32)
                w.tags << tag;
        const QJsonObject deployment =
            s.value(QStringLiteral("status")).toObject().value(QStringLiteral("deployment")).toObject();
        const QString status = deployment.value(QStringLiteral("status")).toString();
        QString shown;
        if (status == QLatin1String("COMPLETED")) {
            w.state = WorkspaceState::Running;
            shown = tr("running");
        } else if (status == QLatin1String("PENDING") || status == QLatin1String("IN_PROGRESS")) {
            w.state = WorkspaceState::Starting;
            shown = tr("deploying");
        } else if (status == QLatin1String("FAILED")) {
            const QString reason = text(deployment, "reason", 200);
            shown = reason.isEmpty() ? tr("failed") : tr("failed: %1").arg(reason);
        } else {
            shown = tr("not deployed");
        }
        // What Northflank's SSH logs in as unless the source says otherwise.
        w.user = config.loginUser.isEmpty() ? QStringLiteral("root") : config.loginUser;
        w.identityFile = config.identityFile;
        w.details << Workspace::Detail { tr("Deployment"), shown };
        if (const QString type = text(s, "serviceType", 40); !type.isEmpty())
            w.details << Workspace::Detail { tr("Service type"), type };
        if (const QString about = text(s, "description", 200); !about.isEmpty())
            w.details << Workspace::Detail { tr("Description"), about };
        w.details << Workspace::Detail { tr("Service id"), printable(id, 80) };
        if (!validId(projectId) || !validId(id))
            w.unreachable = tr("The Northflank id \"%1\" is not one Keyport can put in an ssh host alias, so %2 "
                               "cannot be connected.")
                                .arg(printable(validId(projectId) ? id : projectId, 80), printable(w.id(), 120));
        else if (auto ok = validateAlias(w.id()); !ok)
            w.unreachable = ok.error().message;
        else {
            w.transport.kind = TransportSpec::Kind::CliProxy;
            w.transport.projectId = projectId;
            w.transport.serviceId = id;
        }
        out << w;
    }
    return out;
}

QString NorthflankSource::detailsCachePath() const
{
    return QDir(paths::stateDir()).filePath(QStringLiteral("northflank-%1-services.json").arg(m_config.name));
}

ListJob *NorthflankSource::list()
{
    return new ListJob(
        [this](ListJob *job) {
            const QString cache = detailsCachePath();
            readKept(job, cache, [this, job](const QJsonObject &kept) {
                m_details = kept;
                job->follow(
                    fetchAll(path(QStringLiteral("/projects")), QStringLiteral("projects"), tr("list projects")),
                    [this, job](ValueJob<QJsonArray> *projects) {
                        if (projects->failed())
                            job->fail(projects->error());
                        else
                            listServices(job, projects->value(), 0, {});
                    });
            });
        },
        this);
}

// One project after the other: the API counts every request against the hour.
void NorthflankSource::listServices(ListJob *job, const QJsonArray &projects, qsizetype index, QList<Workspace> out)
{
    while (index < projects.size() && projects.at(index).toObject().value(QStringLiteral("id")).toString().isEmpty())
        ++index;
    if (index >= projects.size()) {
        qCDebug(lcNorthflank) << m_config.name << "lists" << out.size() << "services";
        // Only what is listed now stays in the cache.
        QJsonObject kept;
        for (const Workspace &w : std::as_const(out)) {
            const QString key = serviceKey(w.transport);
            if (m_details.contains(key))
                kept.insert(key, m_details.value(key));
        }
        const QString cache = detailsCachePath();
        keep(job, cache, kept, "the services' details", [job, out] { job->succeed(out); });
        return;
    }
    const QJsonObject project = projects.at(index).toObject();
    const QString id = project.value(QStringLiteral("id")).toString();
    job->follow(fetchAll(path(QStringLiteral("/projects/") + encoded(id) + QStringLiteral("/services")),
                         QStringLiteral("services"), tr("list the services of %1").arg(printable(id, 80))),
                [this, job, projects, index, out, project](ValueJob<QJsonArray> *services) mutable {
                    if (services->failed()) {
                        job->fail(services->error());
                        return;
                    }
                    if (out.size() + services->value().size() > kMaxItems) {
                        job->fail(
                            Error(ErrorCode::BadFormat, tr("Northflank listed more than %1 services.").arg(kMaxItems)));
                        return;
                    }
                    auto d = std::make_shared<Detailing>();
                    d->workspaces = servicesToWorkspaces(services->value(), project, m_config);
                    d->done = [this, job, projects, index, out](QList<Workspace> detailed) mutable {
                        out += detailed;
                        listServices(job, projects, index + 1, std::move(out));
                    };
                    detailNext(job, d);
                });
}

void NorthflankSource::detailNext(ListJob *job, std::shared_ptr<Detailing> d)
{
    while (d->inFlight < kDetailsInFlight && d->next < d->workspaces.size()) {
        const qsizetype i = d->next++;
        const TransportSpec &t = d->workspaces[i].transport;
        if (t.kind != TransportSpec::Kind::CliProxy)
            continue; // an id Keyport does not send anywhere
        const QString key = serviceKey(t);
        const QJsonObject cached = m_details.value(key).toObject();
        if (isRecent(cached.value(QStringLiteral("checked")).toInteger())) {
            applyServiceDetails(d->workspaces[i], cached);
            continue;
        }
        ++d->inFlight;
        const QString p =
            path(QStringLiteral("/projects/%1/services/%2").arg(encoded(t.projectId), encoded(t.serviceId)));
        job->follow(m_api->request("GET", p), [this, job, d, i](HttpJob *r) {
            --d->inFlight;
            Workspace &w = d->workspaces[i];
            if (r->failed()) {
                // Listed all the same; the connect says what the CLI says.
                const Error e = replyError(m_config.name, r->response(), r->error(), tr("read %1").arg(w.id()));
                w.details << Workspace::Detail { tr("SSH"), tr("not checked: %1").arg(e.message) };
            } else {
                const QJsonObject data = dataOf(r);
                applyServiceDetails(w, data);
                // Only what applyServiceDetails reads, and when.
                QJsonObject kept { { QStringLiteral("checked"), QDateTime::currentSecsSinceEpoch() } };
                if (data.value(QStringLiteral("servicePaused")).isBool())
                    kept.insert(QStringLiteral("servicePaused"), data.value(QStringLiteral("servicePaused")));
                const QJsonValue ssh = data.value(QStringLiteral("deployment")).toObject().value(QStringLiteral("ssh"));
                if (ssh.isObject())
                    kept.insert(QStringLiteral("deployment"), QJsonObject { { QStringLiteral("ssh"), ssh } });
                m_details.insert(serviceKey(w.transport), kept);
            }
            detailNext(job, d);
        });
    }
    if (d->inFlight == 0 && d->next >= d->workspaces.size())
        d->done(std::exchange(d->workspaces, {}));
}

void NorthflankSource::applyServiceDetails(Workspace &w, const QJsonObject &details)
{
    const bool paused = details.value(QStringLiteral("servicePaused")).toBool();
    const QJsonValue ssh = details.value(QStringLiteral("deployment"))
                               .toObject()
                               .value(QStringLiteral("ssh"))
                               .toObject()
                               .value(QStringLiteral("enabled"));
    if (paused)
        for (Workspace::Detail &d : w.details)
            if (d.label == tr("Deployment"))
                d.value = tr("paused");
    if (ssh.isBool())
        w.details << Workspace::Detail { tr("SSH"), ssh.toBool() ? tr("enabled") : tr("not enabled") };
    if (!w.unreachable.isEmpty())
        return;
    if (paused) {
        w.state = WorkspaceState::Stopped;
        w.unreachable =
            tr("%1 is paused in Northflank: resume it there (the service's page, Resume), then refresh.").arg(w.id());
    } else if (ssh.isBool() && !ssh.toBool()) {
        w.unreachable = tr("SSH is not enabled on %1: enable it in Northflank (the service's SSH settings), restart "
                           "the service, then refresh.")
                            .arg(w.id());
    }
}

SshIdentity NorthflankSource::parseIdentity(const QJsonObject &o, const QString &source)
{
    SshIdentity i;
    i.source = source;
    i.id = text(o, "id", 100);
    i.name = text(o, "name", 100);
    i.description = text(o, "description", 200);
    i.keysKnown = o.value(QStringLiteral("sshPublicKeys")).isArray();
    for (const QJsonValue &k : o.value(QStringLiteral("sshPublicKeys")).toArray())
        if (const QString line = k.toObject().value(QStringLiteral("key")).toString(); !line.isEmpty())
            i.publicKeys << printable(line, 16384);
    const QJsonObject restrictions = o.value(QStringLiteral("restrictions")).toObject();
    const auto items = [](const QJsonObject &r) {
        QStringList out;
        for (const QJsonValue &v : r.value(QStringLiteral("items")).toArray())
            if (const QString item = printable(v.toString(), 100); !item.isEmpty())
                out << item;
        return out;
    };
    const QJsonObject projects = restrictions.value(QStringLiteral("projects")).toObject();
    i.projectsEnabled = projects.value(QStringLiteral("enabled")).toBool();
    i.projects = items(projects);
    const QJsonObject tags = restrictions.value(QStringLiteral("tags")).toObject();
    i.tagsEnabled = tags.value(QStringLiteral("enabled")).toBool();
    i.tags = items(tags);
    i.matchAllTags = tags.value(QStringLiteral("matchCondition")).toString() == QLatin1String("and");
    return i;
}

QJsonObject NorthflankSource::identityBody(const SshIdentity &i)
{
    QJsonArray keys;
    for (const QString &line : i.publicKeys)
        keys.append(QJsonObject { { QStringLiteral("key"), line } });
    QJsonObject body {
        { QStringLiteral("name"), i.name },
        { QStringLiteral("sshPublicKeys"), keys },
        { QStringLiteral("restrictions"),
          QJsonObject { { QStringLiteral("projects"),
                          QJsonObject { { QStringLiteral("enabled"), i.projectsEnabled },
                                        { QStringLiteral("items"), QJsonArray::fromStringList(i.projects) } } },
                        { QStringLiteral("tags"),
                          QJsonObject { { QStringLiteral("enabled"), i.tagsEnabled },
                                        { QStringLiteral("items"), QJsonArray::fromStringList(i.tags) },
                                        { QStringLiteral("matchCondition"),
                                          i.matchAllTags ? QStringLiteral("and") : QStringLiteral("or") } } } } }
    };
    if (!i.description.isEmpty())
        body[QStringLiteral("description")] = i.description;
    return body;
}

ValueJob<QJsonArray> *NorthflankSource::listIdentities()
{
    return fetchAll(path(kIdentities), QStringLiteral("identities"), tr("list SSH identities"));
}

ValueJob<QList<SshIdentity>> *NorthflankSource::identities()
{
    return new ValueJob<QList<SshIdentity>>(
        [this](ValueJob<QList<SshIdentity>> *job) {
            job->follow(listIdentities(), [this, job](ValueJob<QJsonArray> *listed) {
                if (listed->failed()) {
                    job->fail(listed->error());
                    return;
                }
                auto objects = std::make_shared<QJsonArray>();
                for (const QJsonValue &v : listed->value())
                    if (validId(parseIdentity(v.toObject(), m_config.name).id))
                        objects->append(v);
                withKeys(job, objects, 0);
            });
        },
        this);
}

// One identity after the other: each GET counts against the hour.
void NorthflankSource::withKeys(ValueJob<QList<SshIdentity>> *job, std::shared_ptr<QJsonArray> objects, qsizetype index)
{
    if (index >= objects->size()) {
        // What a listing chooses keys by until the answer is old (or Keyport changes it).
        const QString cache = identitiesCachePath();
        const QJsonObject kept { { QStringLiteral("checked"), QDateTime::currentSecsSinceEpoch() },
                                 { QStringLiteral("identities"), *objects } };
        keep(job, cache, kept, "the SSH identities", [this, job, objects] { job->succeed(parseIdentities(*objects)); });
        return;
    }
    QJsonObject o = objects->at(index).toObject();
    const QString id = o.value(QStringLiteral("id")).toString();
    job->follow(m_api->request("GET", path(kIdentities + QLatin1Char('/') + encoded(id))), [this, job, objects, index,
                                                                                            id, o](HttpJob *r) mutable {
        if (r->failed()) {
            job->fail(replyError(m_config.name, r->response(), r->error(), tr("read the SSH identity %1").arg(id)));
            return;
        }
        // The list's object with the keys only the identity's own GET has.
        o.insert(QStringLiteral("sshPublicKeys"), dataOf(r).value(QStringLiteral("sshPublicKeys")));
        (*objects)[index] = o;
        withKeys(job, objects, index + 1);
    });
}

QList<SshIdentity> NorthflankSource::parseIdentities(const QJsonArray &objects) const
{
    QList<SshIdentity> out;
    for (const QJsonValue &v : objects)
        if (SshIdentity i = parseIdentity(v.toObject(), m_config.name); validId(i.id))
            out << i;
    return out;
}

QString NorthflankSource::identitiesCachePath() const
{
    return QDir(paths::stateDir()).filePath(QStringLiteral("northflank-%1-identities.json").arg(m_config.name));
}

ValueJob<QList<SshIdentity>> *NorthflankSource::recentIdentities()
{
    return new ValueJob<QList<SshIdentity>>(
        [this](ValueJob<QList<SshIdentity>> *job) {
            const QString cache = identitiesCachePath();
            readKept(job, cache, [this, job](const QJsonObject &kept) {
                if (kept.value(QStringLiteral("identities")).isArray()
                    && isRecent(kept.value(QStringLiteral("checked")).toInteger())) {
                    job->succeed(parseIdentities(kept.value(QStringLiteral("identities")).toArray()));
                    return;
                }
                job->follow(identities(), [job](ValueJob<QList<SshIdentity>> *fresh) {
                    if (fresh->failed())
                        job->fail(fresh->error());
                    else
                        job->succeed(fresh->value());
                });
            });
        },
        this);
}

// After Keyport changed them: the next listing asks again.
void NorthflankSource::forgetIdentities(Job *job, std::function<void()> then)
{
    const QString cache = identitiesCachePath();
    job->follow(new TaskJob<void>([cache]() -> Status {
                    if (QFile::exists(cache) && !QFile::remove(cache))
                        return Error(ErrorCode::Io, tr("Could not remove %1.").arg(cache));
                    return {};
                }),
                [then = std::move(then)](TaskJob<void> *removed) {
                    if (removed->failed())
                        qCWarning(lcNorthflank) << removed->error().message;
                    then();
                });
}

ValueJob<SshIdentity> *NorthflankSource::addIdentity(const SshIdentity &identity)
{
    return new ValueJob<SshIdentity>(
        [this, identity](ValueJob<SshIdentity> *job) {
            const QByteArray body = QJsonDocument(identityBody(identity)).toJson(QJsonDocument::Compact);
            job->follow(m_api->request("POST", path(kIdentities), body), [this, job, identity](HttpJob *r) {
                if (r->response().status == 409) {
                    job->fail(Error(ErrorCode::AlreadyExists,
                                    tr("%1 has an SSH identity named like \"%2\" already: remove it "
                                       "first (keyport-cli identities remove \"%2\" --source %1), or "
                                       "choose another name.")
                                        .arg(m_config.name, identity.name)));
                    return;
                }
                if (r->failed()) {
                    job->fail(replyError(m_config.name, r->response(), r->error(),
                                         tr("create the SSH identity %1").arg(identity.name)));
                    return;
                }
                const SshIdentity made = parseIdentity(dataOf(r), m_config.name);
                forgetIdentities(job, [job, made] { job->succeed(made); });
            });
        },
        this);
}

StatusJob *NorthflankSource::removeIdentity(const QString &nameOrId)
{
    return new StatusJob(
        [this, nameOrId](StatusJob *job) {
            job->follow(listIdentities(), [this, job, nameOrId](ValueJob<QJsonArray> *listed) {
                if (listed->failed()) {
                    job->fail(listed->error());
                    return;
                }
                QString id;
                for (const QJsonValue &v : listed->value()) {
                    const SshIdentity i = parseIdentity(v.toObject(), m_config.name);
                    if ((i.id == nameOrId || i.name == nameOrId) && validId(i.id))
                        id = i.id;
                }
                if (id.isEmpty()) {
                    job->fail(Error(ErrorCode::NotFound,
                                    tr("%1 has no SSH identity \"%2\".").arg(m_config.name, printable(nameOrId, 100))));
                    return;
                }
                job->follow(m_api->request("DELETE", path(kIdentities + QLatin1Char('/') + encoded(id))),
                            [this, job, id](HttpJob *r) {
                                if (r->failed())
                                    job->fail(replyError(m_config.name, r->response(), r->error(),
                                                         tr("remove the SSH identity %1").arg(id)));
                                else
                                    forgetIdentities(job, [job] { job->succeed(); });
                            });
            });
        },
        this);
}

QString NorthflankSource::hostKeyChangeHint(const Workspace &w) const
{
    // The pin is per service (the CLI's endpoint changes every run), and a
    // redeploy gives a container a new host key unless its image brings one.
    return tr("Northflank gives a service new host keys when it is redeployed or restarted (unless its image keeps "
              "its own): if %1 (service %2) was redeployed since its key was pinned, that is the likely cause. Check "
              "its deployment history in Northflank before you replace the pin.")
        .arg(w.id(), w.service.isEmpty() ? w.transport.serviceId : w.service);
}

ByteStream *NorthflankSource::openStream(const Workspace &w, QObject *parent)
{
    if (w.transport.kind != TransportSpec::Kind::CliProxy || !validId(w.transport.projectId)
        || !validId(w.transport.serviceId))
        return nullptr;
    QPointer<NorthflankCliProxy> &proxy = m_proxies[serviceKey(w.transport)];
    if (!proxy || proxy->isEnding())
        proxy = new NorthflankCliProxy(m_api, w.id(), w.transport.projectId, w.transport.serviceId, this);
    return new NorthflankStream(proxy, parent);
}

} // namespace keyport

KEYPORT_SOURCE_KIND(northflank, { .id = QStringLiteral("northflank"),
                                  .create = [](const keyport::SourceConfig &c,
                                               QObject *parent) { return new keyport::NorthflankSource(c, parent); },
                                  .builtInName = {},
                                  .order = 100,
                                  .validate = &keyport::NorthflankSource::validate,
                                  .redeem = {} })
