#pragma once

#include "sources/httpapi.h"
#include "sources/northflank/northflankproxy.h"
#include "workspace/source.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

#include <optional>

namespace keyport {

// Northflank (its public REST API, shared/design/protocols.md "Northflank"):
// every service of every project as `<source>.<project>.<service>`, grouped
// by project, with its tags and deployment state. An org-scoped token uses
// the team's paths (/v1/teams/TEAM/...).
class NorthflankSource : public Source {
    Q_OBJECT
public:
    NorthflankSource(SourceConfig config, QObject *parent);
    QString name() const override { return m_config.name; }
    QString kind() const override { return QStringLiteral("northflank"); }
    QString describe() const override;

    // Listing, and the SSH path through Northflank's CLI (NorthflankCliProxy).
    Capabilities capabilities() const override { return Capability::Tunnel | Capability::Identities; }
    ListJob *list() override;
    ByteStream *openStream(const Workspace &w, QObject *parent) override;
    QString hostKeyChangeHint(const Workspace &w) const override;
    // Its SSH identities (/v1/integrations/ssh-identities): the list, then
    // each one's own GET for its keys, which the list leaves out.
    ValueJob<QList<SshIdentity>> *identities() override;
    // What the last identities() said while it is younger than
    // kKeptMaxAgeSecs (each listing would cost 1 + N requests of the hourly
    // limit otherwise); Keyport's own changes drop it at once.
    ValueJob<QList<SshIdentity>> *recentIdentities() override;
    ValueJob<SshIdentity> *addIdentity(const SshIdentity &identity) override;
    StatusJob *removeIdentity(const QString &nameOrId) override;
    // The API's identity object (a list's or a GET's) and the body of a
    // POST: {name, description?, sshPublicKeys: [{key}], restrictions:
    // {projects: {enabled, items}, tags: {enabled, items, matchCondition}}}.
    static SshIdentity parseIdentity(const QJsonObject &o, const QString &source);
    static QJsonObject identityBody(const SshIdentity &identity);
    void presetToken(const QByteArray &token) override { m_api->setToken(token); }

    static constexpr const char *kDefaultUrl = "https://api.northflank.com";
    // A team id, when given, is one path segment of the API's own pattern.
    static Status validate(const SourceConfig &config);

    // The API's replies, parsed without side effects (and fuzzed): hostile
    // input gives an Error or safe values.

    // One page of a list: `data.<key>` and the cursor of the next page
    // (nullopt on the last page, which has none).
    struct Page {
        QJsonArray items;
        std::optional<QString> next;
    };
    static Result<Page> parsePage(const QByteArray &body, const QString &key);
    // The services of one project (GET /v1/projects/P/services, all pages)
    // as workspaces of `source`. An id that cannot be part of an ssh alias
    // is listed with Workspace::unreachable saying so.
    static QList<Workspace> servicesToWorkspaces(const QJsonArray &services, const QJsonObject &project,
                                                 const SourceConfig &config);
    // What a service's own GET adds (GET /v1/projects/P/services/S): paused
    // (then stopped, and reachable only once resumed) and whether SSH is
    // enabled (optional in the API: unsaid is not "off").
    static void applyServiceDetails(Workspace &w, const QJsonObject &details);
    // A failed answer in the user's words: {"error": {status, message, id}}
    // shown with its status and id; 401 says the token is not valid (any
    // more) and how to give a new one; 429 when to retry.
    static Error replyError(const QString &source, const HttpResponse &r, const Error &fallback, const QString &doing);

    // Pages followed per list before Keyport stops (a server that never
    // ends its cursors); items in all.
    static constexpr int kMaxPages = 1000;
    static constexpr qsizetype kMaxItems = 100000;
    // How long a service's own GET and the SSH identities are taken as said.
    static constexpr qint64 kKeptMaxAgeSecs = 600;

private:
    // "/v1/..." or "/v1/teams/TEAM/...".
    QString path(const QString &rest) const;
    // Every page of a list, following the cursors to the end.
    ValueJob<QJsonArray> *fetchAll(const QString &path, const QString &key, const QString &doing);
    struct Paging {
        QString path, key, doing;
        QJsonArray all;
        QSet<QString> cursors; // seen: a cursor that comes round again ends the list
        int pages = 0;
    };
    void fetchPage(ValueJob<QJsonArray> *job, std::shared_ptr<Paging> paging, const QString &cursor);
    // The services of projects[index...], appended to `out`.
    void listServices(ListJob *job, const QJsonArray &projects, qsizetype index, QList<Workspace> out);
    // Each service's own GET (a few at a time, and only when the last one is
    // older than kKeptMaxAgeSecs: the API counts each against its hourly
    // limit), then `done` with them.
    struct Detailing {
        QList<Workspace> workspaces;
        qsizetype next = 0;
        int inFlight = 0;
        std::function<void(QList<Workspace>)> done;
    };
    void detailNext(ListJob *job, std::shared_ptr<Detailing> d);
    // Every SSH identity as the list has it (without keys).
    ValueJob<QJsonArray> *listIdentities();
    // Each one's own GET for its keys, then the answer kept and parsed.
    void withKeys(ValueJob<QList<SshIdentity>> *job, std::shared_ptr<QJsonArray> objects, qsizetype index);
    QList<SshIdentity> parseIdentities(const QJsonArray &objects) const;
    // The last identities(): {checked, identities: [the API's objects with keys]}.
    QString identitiesCachePath() const;
    void forgetIdentities(Job *job, std::function<void()> then);
    static constexpr int kDetailsInFlight = 4;
    // What the services' own GETs said, by "project/service": {servicePaused,
    // deployment.ssh, checked (epoch seconds)}; kept in the state folder.
    QString detailsCachePath() const;
    QJsonObject m_details;
    SourceConfig m_config;
    HttpApi *m_api;
    // One CLI run per service, shared by its streams (a proxy port's many
    // connections) while any is open.
    QHash<QString, QPointer<NorthflankCliProxy>> m_proxies;
};

} // namespace keyport
