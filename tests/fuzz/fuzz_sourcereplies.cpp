// What knot's, JupyterHub's, spaces' and Northflank's APIs answer (or a server pretending to be
// one): names, states and messages a hostile server chose.

#include "fuzzsupport.h"

#include "common/text.h"
#include "identity/certificate.h"
#include "model/sourceconfig.h"
#include "sources/jupyterhub/jupyterhubsource.h"
#include "sources/keylines.h"
#include "sources/knot/knotsource.h"
#include "sources/northflank/northflankproxy.h"
#include "sources/northflank/northflanksource.h"
#include "sources/spaces/spacessource.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <QUrl>

using namespace keyport;

KEYPORT_FUZZ_TARGET(sourcereplies)
{
    const QByteArray body = data.toByteArray();

    if (auto user = KnotSource::parseWhoami(body))
        KEYPORT_FUZZ_CHECK(!user->userId.isEmpty());
    QList<Workspace> all;
    if (auto spaces = KnotSource::parseSpaces(body, QStringLiteral("knot"),
                                              QUrl(QStringLiteral("https://knot.example")), false)) {
        KEYPORT_FUZZ_CHECK(spaces->size() <= KnotSource::kMaxSpaces);
        for (const Workspace &w : *spaces)
            KEYPORT_FUZZ_CHECK(w.source == QLatin1String("knot") && !w.name.isEmpty());
        all << *spaces;
    }

    SourceConfig hub;
    hub.name = QStringLiteral("hub");
    hub.kind = QStringLiteral("jupyterhub");
    hub.url = QStringLiteral("https://hub.example");
    hub.hubUser = QStringLiteral("alice");
    hub.loginUser = QStringLiteral("jovyan");
    if (auto servers = JupyterHubSource::parseUser(body, hub)) {
        for (const Workspace &w : *servers)
            KEYPORT_FUZZ_CHECK(w.source == QLatin1String("hub"));
        all << *servers;
    }
    JupyterHubSource::parseStopped(body, QString());
    JupyterHubSource::parseStopped(body, QStringLiteral("gpu"));
    JupyterHubSource::parseContents(body);
    // Messages are shown: printable, whatever the server sent.
    KEYPORT_FUZZ_CHECK(!hasControlCharacters(JupyterHubSource::parseErrorMessage(body)));
    for (const QByteArray &line : body.split('\n')) {
        if (auto event = JupyterHubSource::parseProgressEvent(line)) {
            KEYPORT_FUZZ_CHECK(event->percent >= -1 && event->percent <= 100);
            KEYPORT_FUZZ_CHECK(!hasControlCharacters(event->message));
        }
    }
    SourceConfig spaces;
    spaces.name = QStringLiteral("spaces");
    spaces.kind = QStringLiteral("spaces");
    spaces.url = QStringLiteral("https://spaces.example");
    spaces.email = QStringLiteral("alice@example.com");
    if (auto rooms = SpacesSource::parseSpaces(body, spaces)) {
        KEYPORT_FUZZ_CHECK(rooms->size() <= SpacesSource::kMaxSpaces);
        for (const Workspace &w : *rooms) {
            // Either reachable by a command the entry host takes, or saying why not.
            KEYPORT_FUZZ_CHECK(w.remoteCommand.isEmpty() != w.unreachable.isEmpty());
            for (const Workspace::Detail &d : w.details)
                KEYPORT_FUZZ_CHECK(!hasControlCharacters(d.value));
        }
        all << *rooms;
    }
    if (auto keys = SpacesSource::parseKeys(body))
        for (const RegisteredKey &k : *keys)
            KEYPORT_FUZZ_CHECK(!k.fingerprint.isEmpty() && !hasControlCharacters(k.name));
    if (auto line = SpacesSource::parseKnownHosts(body, QStringLiteral("spaces.example"), 22))
        KEYPORT_FUZZ_CHECK(PublicKey::fromOpenSshLine(line->toUtf8()).ok());
    SpacesSource::parseLogin(body);
    SpacesSource::parseDuration(QString::fromUtf8(body.left(64)));
    if (auto key = PublicKey::fromOpenSshLine(
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBoAbuNvcTHe+3fIgyhJTA8KqokIpVNCaCPy6vdt80nZ"))
        if (auto cert =
                SpacesSource::parseIssued(body, *key, QStringLiteral("spaces-user"), QDateTime::currentDateTimeUtc()))
            KEYPORT_FUZZ_CHECK(Certificate::fromOpenSshLine(*cert).ok());
    // Key lines (knot's ssh_public_key, authorized_keys): a key has its fingerprint, a name shows as it is.
    const QString lines = QString::fromUtf8(body);
    for (const RegisteredKey &k : keylines::registered(lines))
        KEYPORT_FUZZ_CHECK(k.key.has_value() != k.fingerprint.isEmpty() && !hasControlCharacters(k.name));
    for (const QByteArray &line : body.split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (auto key = PublicKey::fromAuthorizedKeysLine(text.toUtf8()))
            KEYPORT_FUZZ_CHECK(keylines::without(text, key->fingerprint()).has_value());
    }
    keylines::without(lines, QStringLiteral("SHA256:x"));

    // Northflank: a page of any list, and services as workspaces of a project the server named.
    for (const QString &key : { QStringLiteral("projects"), QStringLiteral("services") })
        if (auto page = NorthflankSource::parsePage(body, key)) {
            KEYPORT_FUZZ_CHECK(!page->next || (!page->next->isEmpty() && !hasControlCharacters(*page->next)));
            SourceConfig nf;
            nf.name = QStringLiteral("nf");
            nf.kind = QStringLiteral("northflank");
            const QJsonObject project = page->items.isEmpty()
                                            ? QJsonObject { { QStringLiteral("id"), QStringLiteral("p") } }
                                            : page->items.first().toObject();
            for (Workspace w : NorthflankSource::servicesToWorkspaces(page->items, project, nf)) {
                // A service's own GET may say anything: paused or SSH off only ever take reachability away.
                const bool wasReachable = w.unreachable.isEmpty();
                NorthflankSource::applyServiceDetails(w, project);
                KEYPORT_FUZZ_CHECK(wasReachable || !w.unreachable.isEmpty());
                for (const Workspace::Detail &d : w.details)
                    KEYPORT_FUZZ_CHECK(!hasControlCharacters(d.value));
                // Reachable only through the CLI, with ids that are one plain word each.
                const bool proxied = w.transport.kind == TransportSpec::Kind::CliProxy;
                KEYPORT_FUZZ_CHECK(w.source == QLatin1String("nf") && (proxied || !w.unreachable.isEmpty()));
                if (proxied)
                    for (const QString &id : { w.transport.projectId, w.transport.serviceId })
                        KEYPORT_FUZZ_CHECK(!id.isEmpty() && !id.contains(QLatin1Char('.'))
                                           && !id.contains(QLatin1Char('/')) && !hasControlCharacters(id));
                KEYPORT_FUZZ_CHECK(!hasControlCharacters(w.project) && !hasControlCharacters(w.service));
                for (const QString &tag : w.tags)
                    KEYPORT_FUZZ_CHECK(!hasControlCharacters(tag));
                all << w;
            }
        }
    // The CLI's output, whatever it printed: an endpoint is a host and a port,
    // and a failure one printable line without the token.
    if (auto endpoint = NorthflankCliProxy::parseEndpoint(body))
        KEYPORT_FUZZ_CHECK(endpoint->port != 0 && !endpoint->host.isEmpty() && !hasControlCharacters(endpoint->host));
    const Error failed = NorthflankCliProxy::failure(QStringLiteral("nf.p.s"), body, "secret-token-1234");
    KEYPORT_FUZZ_CHECK(!hasControlCharacters(failed.message)
                       && !failed.message.contains(QLatin1String("secret-token-1234")));
    // Whatever the names, each workspace is one host in the ssh config.
    fuzz::checkRenderedBlocks(all);
}
