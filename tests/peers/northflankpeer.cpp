// A protocol-faithful stand-in for Northflank's public REST API (shared/design/
// protocols.md "Northflank", from the API reference, the js-client's typings
// and what @northflank/cli calls). API tokens are JWT-shaped but only compared
// as strings: --token is a team token, good on /v1/... and on the
// /v1/teams/{teamId}/... twins; --team-token is an org token, good only on the
// twins (403 elsewhere: a team must be chosen).
//
// Serves login, projects, services (list and details), containers, SSH
// identities (list without keys; create, get, replace, merge, delete, checked
// against the API's schema: name, description and item patterns, OpenSSH key
// lines, "and"/"or", unknown fields refused) and port-forwarding info (a
// running service with SSH enabled, else 409). Bodies are {"data": ...}, with
// "pagination" on lists; errors {"error": {status, message, id}}. Lists page by
// per_page (default 50, at most --per-page-max, more is a 400) and the opaque
// 24-character cursors this peer issues (anything else is a 400); the last
// page has no cursor. Every answer carries x-ratelimit-limit/-remaining/-reset
// (1000 an hour, as Northflank's default).
//
// The default data holds what a hostile server could send (a name with a
// newline and a ProxyCommand, quotes and spaces, an id with "../") and a
// project of 120 services (three pages of 50); --demo swaps it all for
// realistic data (screenshots).
//
// Faults through /_peer/* (no token): rate-limit?for=N (the next N /v1 calls
// answer 429, Retry-After: 37), revoke and restore the tokens,
// set-ssh?project=P&service=S&enabled=0|1, redeploy?target=HOST:PORT (the
// services' SSH moves to another sshd, with another host key, as after a
// redeploy), and state (the identities as
// stored, the requests per path, the last per_page values).
//
// northflankpeer --token T [--team-token T2 --team-id TEAM] [--port N]
//                [--tls-cert C --tls-key K] [--demo] [--per-page-max 100]
//                [--target-domain HOST]
// prints "LISTENING <port>" when ready.
#include "peerhttp.h"

#include "identity/publickey.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>
#include <optional>

namespace {

constexpr int kRateLimit = 1000; // calls an hour
constexpr qint64 kRateWindow = 3600;
constexpr qint64 kFaultReset = 37; // what the 429s of /_peer/rate-limit say to wait
constexpr int kDefaultPerPage = 50;
constexpr qsizetype kPerPageKept = 50; // per_page values /_peer/state reports

struct Container {
    QString name, status; // TASK_RUNNING, TASK_STARTING, TASK_FAILED, ...
};

struct Service {
    QString id, name, description;
    QStringList tags;
    QString serviceType = QStringLiteral("combined");
    QString deployment = QStringLiteral("COMPLETED"), reason;
    bool paused = false;
    bool ssh = true;
    QList<Container> containers;
    QJsonArray ports; // the user's ports: 22 is SSH's and never listed
};

struct Project {
    QString id, name, description;
    QList<Service> services;
};

struct Cursor {
    QString list; // the one list it pages
    qsizetype offset = 0;
};

struct Peer {
    QByteArray token, orgToken;
    QString teamId;
    QString targetDomain;
    int perPageMax = 100;
    bool revoked = false;
    int faulted = 0; // the next this many /v1 calls answer 429
    QDateTime windowStart;
    int windowUsed = 0;
    QList<Project> projects;
    // As stored: id, name, description?, sshPublicKeys, restrictions, createdAt, updatedAt.
    QList<QJsonObject> identities;
    QHash<QString, Cursor> cursors;
    QJsonObject requests, routes; // counts
    int teamPathRequests = 0;
    QJsonArray perPageSeen;
    qulonglong errors = 0;
} g;

struct Reply {
    int status = 200;
    QJsonObject body;
    QByteArray headers; // extra lines, each with its \r\n
};

Reply ok(const QJsonObject &data)
{
    return { 200, { { QStringLiteral("data"), data } }, {} };
}

Reply fail(int status, const QString &message)
{
    const QJsonObject error { { QStringLiteral("status"), status },
                              { QStringLiteral("message"), message },
                              { QStringLiteral("id"),
                                QStringLiteral("nf-%1").arg(++g.errors, 8, 10, QLatin1Char('0')) } };
    return { status, { { QStringLiteral("error"), error } }, {} };
}

QByteArray rateHeaders(qint64 remaining, qint64 reset)
{
    return "x-ratelimit-limit: " + QByteArray::number(kRateLimit)
           + "\r\nx-ratelimit-remaining: " + QByteArray::number(qMax<qint64>(0, remaining))
           + "\r\nx-ratelimit-reset: " + QByteArray::number(reset) + "\r\n";
}

// The seconds left of this hour's window, starting the next one when it is over.
qint64 windowLeft()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!g.windowStart.isValid() || g.windowStart.secsTo(now) >= kRateWindow) {
        g.windowStart = now;
        g.windowUsed = 0;
    }
    return kRateWindow - g.windowStart.secsTo(now);
}

void send(QTcpSocket *sock, const Reply &r, const QByteArray &limits)
{
    static const QHash<int, QByteArray> reasons {
        { 200, "OK" },        { 400, "Bad Request" }, { 401, "Unauthorized" },     { 403, "Forbidden" },
        { 404, "Not Found" }, { 409, "Conflict" },    { 429, "Too Many Requests" }
    };
    const QByteArray data = QJsonDocument(r.body).toJson(QJsonDocument::Compact);
    sock->write("HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasons.value(r.status, "Status") + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\nContent-Length: " + QByteArray::number(data.size())
                + "\r\n" + limits + r.headers + "Connection: close\r\n\r\n" + data);
    sock->disconnectFromHost();
}

QString hexOf(const QString &text, int chars)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(chars));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// --- data ---

Project *findProject(const QString &id)
{
    for (Project &p : g.projects)
        if (p.id == id)
            return &p;
    return nullptr;
}

Service *findService(Project *p, const QString &id)
{
    for (Service &s : p->services)
        if (s.id == id)
            return &s;
    return nullptr;
}

// As Kubernetes names a Deployment's pods: the service, a template hash, a suffix.
QString podName(const QString &serviceId)
{
    return serviceId + QLatin1Char('-') + hexOf(serviceId, 9) + QLatin1Char('-')
           + hexOf(serviceId + QLatin1Char('.'), 5);
}

// A service with one container in state `container` (none when empty); the
// reference holds until the next service is added.
Service &addService(Project &p, const QString &id, const QString &name, const QStringList &tags,
                    const QString &deployment, const QString &container)
{
    Service s;
    s.id = id;
    s.name = name;
    s.tags = tags;
    s.deployment = deployment;
    if (!container.isEmpty())
        s.containers << Container { podName(id), container };
    p.services << s;
    return p.services.last();
}

QJsonObject httpPort(const QString &name, int port)
{
    return { { QStringLiteral("id"), name },
             { QStringLiteral("name"), name },
             { QStringLiteral("internalPort"), port },
             { QStringLiteral("public"), true },
             { QStringLiteral("protocol"), QStringLiteral("HTTP") } };
}

const QString kRunning = QStringLiteral("TASK_RUNNING");
const QString kCompleted = QStringLiteral("COMPLETED");

void testData()
{
    Project shop { QStringLiteral("shop"), QStringLiteral("shop"), QStringLiteral("The online shop"), {} };
    Service &api = addService(shop, QStringLiteral("api"), QStringLiteral("api"),
                              { QStringLiteral("api"), QStringLiteral("prod") }, kCompleted, kRunning);
    api.description = QStringLiteral("Public REST API");
    api.ports << httpPort(QStringLiteral("p01"), 8080);
    Service &worker = addService(shop, QStringLiteral("worker"), QStringLiteral("worker"), { QStringLiteral("jobs") },
                                 QStringLiteral("IN_PROGRESS"), QStringLiteral("TASK_STARTING"));
    worker.serviceType = QStringLiteral("deployment");
    Service &legacy = addService(shop, QStringLiteral("legacy"), QStringLiteral("legacy"), {}, kCompleted, {});
    legacy.paused = true;
    legacy.ssh = false;
    Service &broken = addService(shop, QStringLiteral("broken"), QStringLiteral("broken"), { QStringLiteral("prod") },
                                 QStringLiteral("FAILED"), QStringLiteral("TASK_FAILED"));
    broken.reason = QStringLiteral("Container exited with code 1: CrashLoopBackOff");

    // An identity's project restriction takes ids of 3 characters or more, as a real project's.
    Project ml { QStringLiteral("ml-lab"), QStringLiteral("ml"), QStringLiteral("Model training"), {} };
    addService(ml, QStringLiteral("trainer"), QStringLiteral("trainer"),
               { QStringLiteral("gpu"), QStringLiteral("prod") }, kCompleted, kRunning);

    Project big { QStringLiteral("big"), QStringLiteral("big"), QStringLiteral("120 services: lists page"), {} };
    for (int i = 1; i <= 120; ++i) {
        const QString id = QStringLiteral("svc-%1").arg(i, 3, 10, QLatin1Char('0'));
        QStringList tags { QStringLiteral("bulk") };
        if (i % 10 == 0)
            tags << QStringLiteral("prod");
        addService(big, id, id, tags, kCompleted, kRunning).ssh = i % 2 == 1;
    }

    // A hostile server can send any name, tag or id; none may reach a config or a path.
    Project edge { QStringLiteral("edge"),
                   QStringLiteral("edge \"cases\""),
                   QStringLiteral("What a hostile server could send\nHost *"),
                   {} };
    Service &evil = addService(edge, QStringLiteral("evil"), QStringLiteral("evil\nProxyCommand touch /tmp/pwned"),
                               { QStringLiteral("prod") }, kCompleted, kRunning);
    evil.description = QStringLiteral("x\n  ProxyCommand touch /tmp/pwned");
    addService(edge, QStringLiteral("quoted"), QStringLiteral("name with spaces \"double\" 'single' `back`"),
               { QStringLiteral("has space"), QStringLiteral("quo\"te") }, kCompleted, kRunning);
    addService(edge, QStringLiteral("../evil"), QStringLiteral("dotdot"), { QStringLiteral("prod") }, kCompleted,
               kRunning);

    g.projects = { shop, ml, big, edge };
}

void demoData()
{
    Project store {
        QStringLiteral("storefront"), QStringLiteral("Storefront"), QStringLiteral("Customer-facing shop"), {}
    };
    addService(store, QStringLiteral("web"), QStringLiteral("web"),
               { QStringLiteral("frontend"), QStringLiteral("prod") }, kCompleted, kRunning)
            .ports
        << httpPort(QStringLiteral("p01"), 3000);
    addService(store, QStringLiteral("api"), QStringLiteral("api"),
               { QStringLiteral("backend"), QStringLiteral("prod") }, kCompleted, kRunning)
            .ports
        << httpPort(QStringLiteral("p01"), 8080);
    addService(store, QStringLiteral("worker"), QStringLiteral("worker"), { QStringLiteral("jobs") }, kCompleted,
               kRunning)
        .ssh = false;

    Project analytics {
        QStringLiteral("analytics"), QStringLiteral("Analytics"), QStringLiteral("Notebooks and nightly jobs"), {}
    };
    addService(analytics, QStringLiteral("notebook"), QStringLiteral("notebook"),
               { QStringLiteral("gpu"), QStringLiteral("research") }, kCompleted, kRunning)
            .ports
        << httpPort(QStringLiteral("jupyter"), 8888);
    addService(analytics, QStringLiteral("etl"), QStringLiteral("etl"),
               { QStringLiteral("jobs"), QStringLiteral("nightly") }, QStringLiteral("IN_PROGRESS"),
               QStringLiteral("TASK_STARTING"))
        .serviceType = QStringLiteral("deployment");

    Project tools {
        QStringLiteral("internal-tools"), QStringLiteral("Internal tools"), QStringLiteral("Back office"), {}
    };
    Service &admin = addService(tools, QStringLiteral("admin-panel"), QStringLiteral("admin-panel"),
                                { QStringLiteral("internal") }, kCompleted, {});
    admin.paused = true;
    admin.ssh = false;

    g.projects = { store, analytics, tools };

    auto identity = [](const QString &id, const QString &name, const QString &key, const QJsonObject &restrictions) {
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("name"), name },
                             { QStringLiteral("sshPublicKeys"),
                               QJsonArray { QJsonObject { { QStringLiteral("key"), key } } } },
                             { QStringLiteral("restrictions"), restrictions },
                             { QStringLiteral("createdAt"), QStringLiteral("2026-10-14T08:12:40.118Z") },
                             { QStringLiteral("updatedAt"), QStringLiteral("2026-10-14T08:12:40.118Z") } };
    };
    auto restriction = [](bool enabled, const QStringList &items) {
        return QJsonObject { { QStringLiteral("enabled"), enabled },
                             { QStringLiteral("items"), QJsonArray::fromStringList(items) } };
    };
    QJsonObject anyTags = restriction(false, {}), prodTags = restriction(true, { QStringLiteral("prod") });
    anyTags[QStringLiteral("matchCondition")] = QStringLiteral("or");
    prodTags[QStringLiteral("matchCondition")] = QStringLiteral("and");
    g.identities = {
        identity(QStringLiteral("alice-laptop"), QStringLiteral("alice laptop"),
                 QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEqYMFjhE1rjrHFVgfbNr5y3lTY3lZrcNnDps13Eyr+V "
                                "alice@laptop"),
                 { { QStringLiteral("projects"), restriction(false, {}) }, { QStringLiteral("tags"), anyTags } }),
        identity(QStringLiteral("ci-deploy"), QStringLiteral("ci deploy"),
                 QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILiFGnqXot6mYMGQoLUhEk8PF1uFpSFJZllP8zt4uR08 "
                                "ci@deploy"),
                 { { QStringLiteral("projects"), restriction(true, { QStringLiteral("storefront") }) },
                   { QStringLiteral("tags"), prodTags } }),
    };
}

// --- JSON ---

QJsonObject projectJson(const Project &p)
{
    return { { QStringLiteral("id"), p.id },
             { QStringLiteral("uid"), hexOf(p.id, 24) },
             { QStringLiteral("name"), p.name },
             { QStringLiteral("description"), p.description },
             { QStringLiteral("lifecycleStatus"), QStringLiteral("created") } };
}

QJsonObject serviceJson(const Project &p, const Service &s)
{
    QJsonObject deployment { { QStringLiteral("status"), s.deployment } };
    if (!s.reason.isEmpty())
        deployment[QStringLiteral("reason")] = s.reason;
    QJsonObject status { { QStringLiteral("deployment"), deployment } };
    if (s.serviceType != QLatin1String("deployment"))
        status[QStringLiteral("build")] = QJsonObject { { QStringLiteral("status"), QStringLiteral("SUCCESS") } };
    QJsonObject o { { QStringLiteral("id"), s.id },
                    { QStringLiteral("appId"), QStringLiteral("/%1/%2").arg(p.id, s.id) },
                    { QStringLiteral("projectId"), p.id },
                    { QStringLiteral("name"), s.name },
                    { QStringLiteral("tags"), QJsonArray::fromStringList(s.tags) },
                    { QStringLiteral("serviceType"), s.serviceType },
                    { QStringLiteral("disabledCI"), false },
                    { QStringLiteral("disabledCD"), false },
                    { QStringLiteral("status"), status } };
    if (!s.description.isEmpty())
        o[QStringLiteral("description")] = s.description;
    return o;
}

QJsonObject serviceDetails(const Project &p, const Service &s)
{
    QJsonObject o = serviceJson(p, s);
    o[QStringLiteral("servicePaused")] = s.paused;
    o[QStringLiteral("deployment")] =
        QJsonObject { { QStringLiteral("instances"), s.paused ? 0 : 1 },
                      { QStringLiteral("ssh"), QJsonObject { { QStringLiteral("enabled"), s.ssh } } } };
    o[QStringLiteral("ports")] = s.ports;
    return o;
}

QJsonObject containerJson(const Container &c)
{
    return { { QStringLiteral("name"), c.name },
             { QStringLiteral("status"), c.status },
             { QStringLiteral("createdAt"), QStringLiteral("2026-11-02T09:00:00.000Z") },
             { QStringLiteral("updatedAt"), QStringLiteral("2026-11-02T09:01:30.000Z") } };
}

// --- pagination ---

QString newCursor()
{
    QByteArray bytes;
    for (int i = 0; i < 3; ++i) {
        const quint32 n = QRandomGenerator::global()->generate();
        bytes.append(reinterpret_cast<const char *>(&n), sizeof n);
    }
    return QString::fromLatin1(bytes.toHex());
}

// One page of `items` as data.<field>, of the list named `list` (its cursors
// page nothing else).
Reply page(const QUrlQuery &query, const QString &list, const QString &field, const QJsonArray &items)
{
    const QString perPageKey = QStringLiteral("per_page"), cursorKey = QStringLiteral("cursor"),
                  pageKey = QStringLiteral("page");
    const bool hasPerPage = query.hasQueryItem(perPageKey);
    const QString perPageText = query.queryItemValue(perPageKey, QUrl::FullyDecoded);
    g.perPageSeen.append(hasPerPage ? QJsonValue(perPageText) : QJsonValue(QJsonValue::Null));
    while (g.perPageSeen.size() > kPerPageKept)
        g.perPageSeen.removeFirst();
    int perPage = kDefaultPerPage;
    if (hasPerPage) {
        bool isNumber = false;
        perPage = perPageText.toInt(&isNumber);
        if (!isNumber || perPage < 1)
            return fail(400, QStringLiteral("\"per_page\" must be a positive integer"));
        if (perPage > g.perPageMax)
            return fail(400, QStringLiteral("\"per_page\" must be less than or equal to %1").arg(g.perPageMax));
    }
    qsizetype offset = 0;
    if (query.hasQueryItem(cursorKey)) {
        const auto it = g.cursors.constFind(query.queryItemValue(cursorKey, QUrl::FullyDecoded));
        if (it == g.cursors.cend() || it->list != list)
            return fail(400, QStringLiteral("Invalid \"cursor\": use the cursor of this list's previous page"));
        offset = it->offset;
    } else if (query.hasQueryItem(pageKey)) {
        bool isNumber = false;
        const int n = query.queryItemValue(pageKey).toInt(&isNumber);
        if (!isNumber || n < 1)
            return fail(400, QStringLiteral("\"page\" must be a positive integer"));
        offset = qsizetype(n - 1) * perPage;
    }
    QJsonArray slice;
    for (qsizetype i = offset; i < items.size() && slice.size() < perPage; ++i)
        slice.append(items[i]);
    const bool more = offset + slice.size() < items.size();
    QJsonObject pagination { { QStringLiteral("hasNextPage"), more }, { QStringLiteral("count"), slice.size() } };
    if (more) {
        const QString cursor = newCursor();
        g.cursors.insert(cursor, Cursor { list, offset + slice.size() });
        pagination[QStringLiteral("cursor")] = cursor;
    }
    Reply r = ok({ { field, slice } });
    r.body[QStringLiteral("pagination")] = pagination;
    return r;
}

// --- SSH identities ---

enum class Write { Create, Replace, Update }; // POST, PUT, PATCH

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

const QString kItemPattern = QStringLiteral("^[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*$");
const QString kIdPattern = QStringLiteral("^[a-zA-Z](-?[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*)?$");

void checkKeys(const QString &where, const QJsonObject &o, const QStringList &allowed, QStringList *problems)
{
    for (const QString &k : o.keys())
        if (!allowed.contains(k))
            *problems << QStringLiteral("\"%1%2\" is not allowed").arg(where, k);
}

void checkRestriction(const QString &which, const QJsonValue &v, QStringList *problems)
{
    const QString where = QStringLiteral("restrictions.%1").arg(which);
    if (!v.isObject()) {
        *problems << QStringLiteral("\"%1\" must be an object").arg(where);
        return;
    }
    const QJsonObject o = v.toObject();
    QStringList allowed { QStringLiteral("enabled"), QStringLiteral("items") };
    if (which == QLatin1String("tags"))
        allowed << QStringLiteral("matchCondition");
    checkKeys(where + QLatin1Char('.'), o, allowed, problems);
    if (o.contains(QStringLiteral("enabled")) && !o.value(QStringLiteral("enabled")).isBool())
        *problems << QStringLiteral("\"%1.enabled\" must be a boolean").arg(where);
    if (o.contains(QStringLiteral("items"))) {
        const QJsonValue items = o.value(QStringLiteral("items"));
        if (!items.isArray())
            *problems << QStringLiteral("\"%1.items\" must be an array").arg(where);
        const QJsonArray array = items.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString item = array[i].toString();
            if (!array[i].isString() || item.size() < 3 || item.size() > 100 || !matches(kItemPattern, item))
                *problems << QStringLiteral("\"%1.items[%2]\" must be 3 to 100 letters and digits in words joined by "
                                            "single hyphens (%3)")
                                 .arg(where)
                                 .arg(i)
                                 .arg(kItemPattern);
        }
    }
    if (o.contains(QStringLiteral("matchCondition"))) {
        const QString condition = o.value(QStringLiteral("matchCondition")).toString();
        if (condition != QLatin1String("and") && condition != QLatin1String("or"))
            *problems << QStringLiteral("\"%1.matchCondition\" must be one of [and, or]").arg(where);
    }
}

// What is wrong with a request body, one message a problem, after the API's schema.
QStringList checkIdentity(const QJsonObject &in, Write mode)
{
    QStringList problems;
    QStringList allowed { QStringLiteral("description"), QStringLiteral("sshPublicKeys"),
                          QStringLiteral("restrictions") };
    if (mode != Write::Update) // PATCH cannot rename
        allowed << QStringLiteral("name");
    if (mode == Write::Replace) // the schema of PUT lists them; they are ignored
        allowed << QStringLiteral("createdAt") << QStringLiteral("updatedAt");
    checkKeys({}, in, allowed, &problems);
    if (mode != Write::Update) {
        const QJsonValue name = in.value(QStringLiteral("name"));
        const QString text = name.toString();
        if (name.isUndefined())
            problems << QStringLiteral("\"name\" is required");
        else if (!name.isString() || text.size() < 3 || text.size() > 100
                 || !matches(QStringLiteral("^[a-zA-Z0-9]+((-|\\s)[a-zA-Z0-9]+)*$"), text))
            problems << QStringLiteral("\"name\" must be 3 to 100 letters and digits in words joined by single "
                                       "hyphens or spaces");
    }
    if (in.contains(QStringLiteral("description"))) {
        const QJsonValue description = in.value(QStringLiteral("description"));
        const QString text = description.toString();
        if (!description.isString() || text.size() > 200
            || (!text.isEmpty() && !matches(QStringLiteral(R"re(^[a-zA-Z0-9.,?\s\\/'"()[\];`%^&*\-_:!]+$)re"), text)))
            problems << QStringLiteral("\"description\" must be at most 200 characters of letters, digits, blanks "
                                       "and .,?\\/'\"()[];`%^&*-_:!");
    }
    if (in.contains(QStringLiteral("sshPublicKeys"))) {
        const QJsonValue keys = in.value(QStringLiteral("sshPublicKeys"));
        if (!keys.isArray())
            problems << QStringLiteral("\"sshPublicKeys\" must be an array");
        const QJsonArray array = keys.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = QStringLiteral("sshPublicKeys[%1]").arg(i);
            if (!array[i].isObject()) {
                problems << QStringLiteral("\"%1\" must be an object").arg(where);
                continue;
            }
            const QJsonObject entry = array[i].toObject();
            checkKeys(where + QLatin1Char('.'), entry, { QStringLiteral("key") }, &problems);
            const QJsonValue key = entry.value(QStringLiteral("key"));
            if (!key.isString() || !keyport::PublicKey::fromOpenSshLine(key.toString().toUtf8()))
                problems << QStringLiteral("\"%1.key\" is not a valid SSH public key").arg(where);
        }
    }
    if (in.contains(QStringLiteral("restrictions"))) {
        const QJsonValue restrictions = in.value(QStringLiteral("restrictions"));
        if (!restrictions.isObject()) {
            problems << QStringLiteral("\"restrictions\" must be an object");
        } else {
            const QJsonObject o = restrictions.toObject();
            checkKeys(QStringLiteral("restrictions."), o, { QStringLiteral("projects"), QStringLiteral("tags") },
                      &problems);
            for (const QString &which : { QStringLiteral("projects"), QStringLiteral("tags") })
                if (o.contains(which))
                    checkRestriction(which, o.value(which), &problems);
        }
    }
    return problems;
}

// Restrictions as stored: every field there, "or" and disabled by default.
QJsonObject restrictionsOf(const QJsonObject &in)
{
    const QJsonObject projects = in.value(QStringLiteral("projects")).toObject();
    const QJsonObject tags = in.value(QStringLiteral("tags")).toObject();
    return { { QStringLiteral("projects"),
               QJsonObject { { QStringLiteral("enabled"), projects.value(QStringLiteral("enabled")).toBool(false) },
                             { QStringLiteral("items"), projects.value(QStringLiteral("items")).toArray() } } },
             { QStringLiteral("tags"),
               QJsonObject { { QStringLiteral("enabled"), tags.value(QStringLiteral("enabled")).toBool(false) },
                             { QStringLiteral("items"), tags.value(QStringLiteral("items")).toArray() },
                             { QStringLiteral("matchCondition"),
                               tags.value(QStringLiteral("matchCondition")).toString(QStringLiteral("or")) } } } };
}

// A checked body over `base`: what the body names replaces the whole field.
QJsonObject stored(const QJsonObject &in, QJsonObject base)
{
    for (const QString &field :
         { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("sshPublicKeys") })
        if (in.contains(field))
            base[field] = in.value(field);
    if (in.contains(QStringLiteral("restrictions")))
        base[QStringLiteral("restrictions")] = restrictionsOf(in.value(QStringLiteral("restrictions")).toObject());
    if (!base.contains(QStringLiteral("sshPublicKeys")))
        base[QStringLiteral("sshPublicKeys")] = QJsonArray();
    if (!base.contains(QStringLiteral("restrictions")))
        base[QStringLiteral("restrictions")] = restrictionsOf({});
    base[QStringLiteral("updatedAt")] = now();
    return base;
}

// The id Northflank derives from a name: "My laptop" -> "my-laptop".
QString idFor(const QString &name)
{
    QString id = name.toLower();
    id.replace(QRegularExpression(QStringLiteral("\\s")), QStringLiteral("-"));
    if (!id.at(0).isLetter())
        id.prepend(QStringLiteral("id-"));
    id = id.left(39);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id;
}

qsizetype findIdentity(const QString &id)
{
    for (qsizetype i = 0; i < g.identities.size(); ++i)
        if (g.identities[i].value(QStringLiteral("id")).toString() == id)
            return i;
    return -1;
}

Reply identities(const QByteArray &method, const QString &id, const QByteArray &contentType, const QByteArray &body,
                 const QUrlQuery &query)
{
    const bool one = !id.isNull();
    if (!one && method == "GET") {
        QJsonArray list;
        for (QJsonObject o : std::as_const(g.identities)) {
            o.remove(QStringLiteral("sshPublicKeys"));
            list.append(o);
        }
        return page(query, QStringLiteral("ssh-identities"), QStringLiteral("identities"), list);
    }
    const qsizetype at = one ? findIdentity(id) : -1;
    if (one && method == "GET")
        return at < 0 ? fail(404, QStringLiteral("SSH identity not found")) : ok(g.identities[at]);
    if (one && method == "DELETE") {
        if (at < 0)
            return fail(404, QStringLiteral("SSH identity not found"));
        g.identities.removeAt(at);
        return ok({});
    }
    std::optional<Write> write;
    if (!one && method == "POST")
        write = Write::Create;
    else if (one && method == "PUT")
        write = Write::Replace;
    else if (one && method == "PATCH")
        write = Write::Update;
    else
        return fail(404, QStringLiteral("Route not found"));
    const Write mode = *write;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!contentType.startsWith("application/json") || error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(400, QStringLiteral("The request body must be a JSON object sent as application/json"));
    const QJsonObject in = doc.object();
    if (const QStringList problems = checkIdentity(in, mode); !problems.isEmpty())
        return fail(400, QStringLiteral("Validation failed: %1").arg(problems.join(QStringLiteral("; "))));
    if (mode == Write::Update) {
        if (at < 0)
            return fail(404, QStringLiteral("SSH identity not found"));
        g.identities[at] = stored(in, g.identities[at]);
        return ok(g.identities[at]);
    }
    if (mode == Write::Replace) { // creates the identity when there is none of that id
        if (at < 0 && (id.size() < 3 || id.size() > 39 || !matches(kIdPattern, id)))
            return fail(400, QStringLiteral("Invalid SSH identity ID: 3 to 39 letters, digits and hyphens, "
                                            "starting with a letter"));
        const QString created = at < 0 ? now() : g.identities[at].value(QStringLiteral("createdAt")).toString();
        const QJsonObject o = stored(in, { { QStringLiteral("id"), id }, { QStringLiteral("createdAt"), created } });
        if (at < 0)
            g.identities << o;
        else
            g.identities[at] = o;
        return ok(o);
    }
    const QString newId = idFor(in.value(QStringLiteral("name")).toString());
    if (findIdentity(newId) >= 0)
        return fail(409, QStringLiteral("An SSH identity with the ID %1 already exists").arg(newId));
    const QJsonObject o = stored(in, { { QStringLiteral("id"), newId }, { QStringLiteral("createdAt"), now() } });
    g.identities << o;
    return ok(o);
}

// --- routes ---

// The route a path (team prefix taken off, segments decoded) names, "" for none.
QString routeOf(const QStringList &s)
{
    const qsizetype n = s.size();
    auto is = [&s](qsizetype i, const char *word) {
        return s.value(i) == QLatin1String(word);
    };
    if (n == 2 && is(1, "login"))
        return QStringLiteral("/v1/login");
    if (n == 2 && is(1, "projects"))
        return QStringLiteral("/v1/projects");
    if (n == 4 && is(1, "projects") && is(3, "services"))
        return QStringLiteral("/v1/projects/{projectId}/services");
    if (n == 5 && is(1, "projects") && is(3, "services"))
        return QStringLiteral("/v1/projects/{projectId}/services/{serviceId}");
    if (n == 6 && is(1, "projects") && is(3, "services") && is(5, "containers"))
        return QStringLiteral("/v1/projects/{projectId}/services/{serviceId}/containers");
    if (n == 3 && is(1, "integrations") && is(2, "ssh-identities"))
        return QStringLiteral("/v1/integrations/ssh-identities");
    if (n == 4 && is(1, "integrations") && is(2, "ssh-identities"))
        return QStringLiteral("/v1/integrations/ssh-identities/{identityId}");
    if (n == 7 && is(1, "port-forwarding") && is(2, "info") && is(3, "projects") && is(5, "services"))
        return QStringLiteral("/v1/port-forwarding/info/projects/{projectId}/services/{serviceId}");
    return {};
}

Reply portForwarding(const Project &p, const Service &s)
{
    if (!s.ssh)
        return fail(409, QStringLiteral("SSH is not enabled on this service: enable it on the service's Resources "
                                        "page, then restart it"));
    if (s.paused)
        return fail(409, QStringLiteral("The service is paused"));
    QJsonArray instances;
    for (const Container &c : s.containers)
        if (c.status == kRunning)
            instances.append(QJsonObject { { QStringLiteral("podName"), c.name } });
    if (instances.isEmpty())
        return fail(409, QStringLiteral("The service has no running instance"));
    QJsonArray ports;
    for (qsizetype i = 0; i < s.ports.size(); ++i) {
        const QJsonObject port = s.ports[i].toObject();
        ports.append(QJsonObject { { QStringLiteral("internalPort"), port.value(QStringLiteral("internalPort")) },
                                   { QStringLiteral("name"), port.value(QStringLiteral("name")) },
                                   { QStringLiteral("protocol"), QStringLiteral("TCP") } });
    }
    ports.append(QJsonObject { { QStringLiteral("internalPort"), 22 },
                               { QStringLiteral("name"), QStringLiteral("ssh") },
                               { QStringLiteral("protocol"), QStringLiteral("TCP") } });
    return ok({ { QStringLiteral("namespace"), QStringLiteral("ns-") + hexOf(p.id, 12) },
                { QStringLiteral("targetDomain"), g.targetDomain },
                { QStringLiteral("instances"), instances },
                { QStringLiteral("ports"), ports } });
}

Reply dispatch(const peerhttp::Request &req, const QStringList &s, const QString &route, const QUrlQuery &query)
{
    if (route == QLatin1String("/v1/integrations/ssh-identities"))
        return identities(req.method, {}, req.headers.value("content-type"), req.body, query);
    if (route == QLatin1String("/v1/integrations/ssh-identities/{identityId}"))
        return identities(req.method, s[3], req.headers.value("content-type"), req.body, query);
    if (route.isEmpty() || req.method != "GET")
        return fail(404, QStringLiteral("Route not found"));
    if (route == QLatin1String("/v1/login"))
        return ok({});
    if (route == QLatin1String("/v1/projects")) {
        QJsonArray list;
        for (const Project &p : std::as_const(g.projects))
            list.append(projectJson(p));
        return page(query, QStringLiteral("projects"), QStringLiteral("projects"), list);
    }
    const bool forwarding = route.startsWith(QLatin1String("/v1/port-forwarding/"));
    Project *p = findProject(s[forwarding ? 4 : 2]);
    if (!p)
        return fail(404, QStringLiteral("Project not found"));
    if (route == QLatin1String("/v1/projects/{projectId}/services")) {
        QJsonArray list;
        for (const Service &service : std::as_const(p->services))
            list.append(serviceJson(*p, service));
        return page(query, QStringLiteral("services of ") + p->id, QStringLiteral("services"), list);
    }
    const Service *service = findService(p, s[forwarding ? 6 : 4]);
    if (!service)
        return fail(404, QStringLiteral("Service not found"));
    if (forwarding)
        return portForwarding(*p, *service);
    if (route.endsWith(QLatin1String("/containers"))) {
        QJsonArray list;
        for (const Container &c : service->containers)
            list.append(containerJson(c));
        return page(query, QStringLiteral("containers of %1/%2").arg(p->id, service->id), QStringLiteral("containers"),
                    list);
    }
    return ok(serviceDetails(*p, *service));
}

Reply control(const QString &what, const QUrlQuery &query)
{
    if (what == QLatin1String("revoke")) {
        g.revoked = true;
    } else if (what == QLatin1String("restore")) {
        g.revoked = false;
        g.faulted = 0;
        g.windowStart = {};
    } else if (what == QLatin1String("rate-limit")) {
        const QString n = query.queryItemValue(QStringLiteral("for"));
        g.faulted = n.isEmpty() ? 1 : n.toInt();
    } else if (what == QLatin1String("redeploy")) {
        g.targetDomain = query.queryItemValue(QStringLiteral("target"), QUrl::FullyDecoded);
    } else if (what == QLatin1String("set-ssh")) {
        Project *p = findProject(query.queryItemValue(QStringLiteral("project"), QUrl::FullyDecoded));
        Service *s = p ? findService(p, query.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded)) : nullptr;
        if (!s)
            return fail(404, QStringLiteral("no such service"));
        s->ssh = query.queryItemValue(QStringLiteral("enabled")) == QLatin1String("1");
    } else if (what == QLatin1String("state")) {
        QJsonArray stored;
        for (const QJsonObject &o : std::as_const(g.identities))
            stored.append(o);
        return { 200,
                 { { QStringLiteral("identities"), stored },
                   { QStringLiteral("requests"), g.requests },
                   { QStringLiteral("routes"), g.routes },
                   { QStringLiteral("teamPathRequests"), g.teamPathRequests },
                   { QStringLiteral("perPage"), g.perPageSeen },
                   { QStringLiteral("revoked"), g.revoked },
                   { QStringLiteral("rateLimitedCalls"), g.faulted },
                   { QStringLiteral("windowUsed"), g.windowUsed } },
                 {} };
    } else {
        return fail(404, QStringLiteral("no such fault"));
    }
    return { 200, {}, {} };
}

void count(QJsonObject *counts, const QString &key)
{
    (*counts)[key] = counts->value(key).toInt() + 1;
}

void handle(QTcpSocket *sock)
{
    peerhttp::Request req;
    if (!peerhttp::read(sock, &req))
        return;
    QObject::disconnect(sock, &QTcpSocket::readyRead, nullptr, nullptr);
    // Segments decode one by one: an id's '/' arrives as %2F and stays in its segment.
    const qsizetype q = req.target.indexOf('?');
    const QUrlQuery query(QString::fromUtf8(q < 0 ? QByteArray() : req.target.mid(q + 1)));
    QStringList s;
    for (const QByteArray &segment : req.target.left(q < 0 ? req.target.size() : q).split('/'))
        s << QUrl::fromPercentEncoding(segment);
    s.removeFirst(); // before the leading '/'

    const qint64 left = windowLeft();
    if (s.value(0) == QLatin1String("_peer"))
        return send(sock, control(s.value(1), query), rateHeaders(kRateLimit - g.windowUsed, left));
    if (s.value(0) != QLatin1String("v1"))
        return send(sock, fail(404, QStringLiteral("Route not found")), rateHeaders(kRateLimit - g.windowUsed, left));
    const bool teamPath = s.value(1) == QLatin1String("teams") && s.size() >= 3;
    const QString team = teamPath ? s[2] : QString();
    if (teamPath) {
        s.remove(1, 2);
        ++g.teamPathRequests;
    }
    const QString route = routeOf(s);
    count(&g.requests, QStringLiteral("/v1/") + s.value(1));
    count(&g.routes,
          QString::fromLatin1(req.method) + QLatin1Char(' ') + (route.isEmpty() ? QStringLiteral("(none)") : route));

    if (g.faulted > 0) {
        --g.faulted;
        Reply r = fail(429, QStringLiteral("Too many requests: the API rate limit is exceeded"));
        r.headers = "Retry-After: " + QByteArray::number(kFaultReset) + "\r\n";
        return send(sock, r, rateHeaders(0, kFaultReset));
    }
    if (++g.windowUsed > kRateLimit) {
        Reply r = fail(429, QStringLiteral("Too many requests: the API rate limit is exceeded"));
        r.headers = "Retry-After: " + QByteArray::number(left) + "\r\n";
        return send(sock, r, rateHeaders(0, left));
    }
    const QByteArray limits = rateHeaders(kRateLimit - g.windowUsed, left);
    const QByteArray auth = req.headers.value("authorization");
    const bool teamToken = !g.token.isEmpty() && auth == "Bearer " + g.token;
    const bool orgToken = !g.orgToken.isEmpty() && auth == "Bearer " + g.orgToken;
    if (g.revoked || (!teamToken && !orgToken))
        return send(sock, fail(401, QStringLiteral("Unauthorized: the API token is missing, invalid or revoked")),
                    limits);
    if (teamPath && team != g.teamId)
        return send(sock, fail(404, QStringLiteral("Team not found")), limits);
    if (!teamPath && orgToken)
        return send(sock,
                    fail(403, QStringLiteral("This API token belongs to an organisation: choose a team and call "
                                             "/v1/teams/{teamId}/... instead")),
                    limits);
    send(sock, dispatch(req, s, route, query), limits);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    peerhttp::addServerOptions(p);
    p.addOptions(
        { { QStringLiteral("token"), QStringLiteral("team API token"), QStringLiteral("token") },
          { QStringLiteral("team-token"), QStringLiteral("org API token (team paths only)"), QStringLiteral("token") },
          { QStringLiteral("team-id"), QStringLiteral("the team of /v1/teams/{teamId}"), QStringLiteral("id"),
            QStringLiteral("keyport-team") },
          { QStringLiteral("per-page-max"), QStringLiteral("largest per_page"), QStringLiteral("n"),
            QStringLiteral("100") },
          { QStringLiteral("target-domain"), QStringLiteral("port-forwarding's targetDomain"), QStringLiteral("host") },
          // Projects a real team might have, without the tests' hostile names (screenshots).
          { QStringLiteral("demo"), QStringLiteral("realistic data only") } });
    p.process(app);
    g.token = p.value(QStringLiteral("token")).toUtf8();
    g.orgToken = p.value(QStringLiteral("team-token")).toUtf8();
    g.teamId = p.value(QStringLiteral("team-id"));
    g.perPageMax = p.value(QStringLiteral("per-page-max")).toInt();
    if (g.token.isEmpty() && g.orgToken.isEmpty()) {
        std::fprintf(stderr, "northflankpeer: --token (or --team-token) is required\n");
        return 2;
    }
    if (g.perPageMax < 1) {
        std::fprintf(stderr, "northflankpeer: --per-page-max must be a positive number\n");
        return 2;
    }
    if (p.isSet(QStringLiteral("demo")))
        demoData();
    else
        testData();

    const QTcpServer *server = peerhttp::listen(&app, p, handle);
    if (!server)
        return 1;
    g.targetDomain = p.isSet(QStringLiteral("target-domain"))
                         ? p.value(QStringLiteral("target-domain"))
                         : QStringLiteral("127.0.0.1:%1").arg(server->serverPort());
    return app.exec();
}
