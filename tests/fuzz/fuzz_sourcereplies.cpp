// What knot's and JupyterHub's APIs answer (or a server pretending to be
// one): names, states and messages a hostile server chose.

#include "fuzzsupport.h"

#include "common/text.h"
#include "model/sourceconfig.h"
#include "sources/jupyterhub/jupyterhubsource.h"
#include "sources/knot/knotsource.h"

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
    // Whatever the names, each workspace is one host in the ssh config.
    fuzz::checkRenderedBlocks(all);
}
