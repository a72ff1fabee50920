// Keyport's own JSON files (settings.json, sources.json, workspaces.json,
// workspace-cache.json) after a hand edit, a crash or a sync tool.

#include "fuzzsupport.h"

#include "common/jsonfile.h"
#include "common/settings.h"
#include "model/sourceconfig.h"
#include "model/workspace.h"
#include "workspace/workspacesettings.h"

#include <QJsonArray>

using namespace keyport;

KEYPORT_FUZZ_TARGET(keyportjson)
{
    auto root = parseJsonObject(data.toByteArray(), QStringLiteral("fuzz.json"));
    if (!root) {
        // An unreadable file is named, so that the user can find it.
        KEYPORT_FUZZ_CHECK(root.error().path == QLatin1String("fuzz.json"));
        return;
    }
    AppSettings::fromJson(*root);
    for (const auto &v : root->value(QStringLiteral("sources")).toArray()) {
        const SourceConfig c = SourceConfig::fromJson(v.toObject());
        // Saving what was read and reading it again changes nothing.
        const SourceConfig again = SourceConfig::fromJson(c.toJson());
        KEYPORT_FUZZ_CHECK(again.toJson() == c.toJson());
    }
    QList<Workspace> workspaces;
    for (const auto &v : root->value(QStringLiteral("workspaces")).toArray()) {
        const Workspace w = Workspace::fromJson(v.toObject());
        const Workspace again = Workspace::fromJson(w.toJson());
        KEYPORT_FUZZ_CHECK(again.toJson() == w.toJson());
        workspaces << w;
    }
    for (const auto &v : root->value(QStringLiteral("hosts")).toArray()) {
        const UserHost h = UserHost::fromJson(v.toObject());
        KEYPORT_FUZZ_CHECK(UserHost::fromJson(h.toJson()).toJson() == h.toJson());
    }
    // A cached workspace, however odd, is written into the ssh config as
    // exactly one host.
    fuzz::checkRenderedBlocks(workspaces);
}
