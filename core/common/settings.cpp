#include "settings.h"

#include "jsonfile.h"
#include "paths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSettings>

namespace keyport {

namespace {

constexpr int kMaxLifetimeMinutes = 24 * 60 * 7;

// Keyport 0.1 wrote an ini file; read once, then settings.json takes over.
AppSettings fromIni(const QString &path)
{
    const QSettings s(path, QSettings::IniFormat);
    AppSettings a;
    a.terminal = s.value(QStringLiteral("terminal/id")).toString();
    a.terminalTemplate = s.value(QStringLiteral("terminal/template")).toString();
    a.editor = s.value(QStringLiteral("editor/default"), a.editor).toString();
    a.defaultKey = s.value(QStringLiteral("keys/default")).toString();
    a.agentLifetimeMinutes = s.value(QStringLiteral("agent/lifetimeMinutes"), 60).toInt();
    a.sshConfigIntegration = s.value(QStringLiteral("sshConfig/integration"), false).toBool();
    a.agentForwardingDefault = s.value(QStringLiteral("agent/forwardingDefault"), false).toBool();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    a.keepProxiesOnClose = s.value(QStringLiteral("ui/keepProxiesOnClose"), true).toBool();
    a.favourites = s.value(QStringLiteral("workspaces/favourites")).toStringList();
    a.recent = s.value(QStringLiteral("workspaces/recent")).toStringList();
    return a;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &s : v.toArray())
        if (s.isString())
            out << s.toString();
    return out;
}

} // namespace

AppSettings AppSettings::fromJson(const QJsonObject &o)
{
    AppSettings a;
    a.terminal = o.value(QStringLiteral("terminal")).toString();
    a.terminalTemplate = o.value(QStringLiteral("terminal_template")).toString();
    a.editor = o.value(QStringLiteral("editor")).toString(a.editor);
    a.defaultKey = o.value(QStringLiteral("default_key")).toString();
    a.agentLifetimeMinutes = o.value(QStringLiteral("agent_lifetime_minutes")).toInt(a.agentLifetimeMinutes);
    a.agentConfirm = o.value(QStringLiteral("agent_confirm")).toBool();
    a.sshConfigIntegration = o.value(QStringLiteral("ssh_config_integration")).toBool();
    a.agentForwardingDefault = o.value(QStringLiteral("agent_forwarding_default")).toBool();
    a.language = o.value(QStringLiteral("language")).toString();
    a.appearance = o.value(QStringLiteral("appearance")).toString();
    a.keepProxiesOnClose = o.value(QStringLiteral("keep_proxies_on_close")).toBool(true);
    a.transfersAtOnce = o.value(QStringLiteral("transfers_at_once")).toInt(a.transfersAtOnce);
    a.favourites = strings(o.value(QStringLiteral("favourites")));
    a.recent = strings(o.value(QStringLiteral("recent")));
    return a;
}

Result<AppSettings> AppSettings::load()
{
    const QString path = paths::settingsPath();
    const QString ini = QDir(paths::configDir()).filePath(QStringLiteral("settings.ini"));
    AppSettings a;
    if (!QFile::exists(path) && QFile::exists(ini)) {
        a = fromIni(ini);
    } else {
        auto file = readJsonFile(path);
        if (!file)
            return file.error();
        a = fromJson(*file);
    }
    a.agentLifetimeMinutes = qBound(0, a.agentLifetimeMinutes, kMaxLifetimeMinutes);
    a.recent = a.recent.mid(0, kMaxRecent);
    a.transfersAtOnce = qBound(1, a.transfersAtOnce, kMostTransfersAtOnce);
    return a;
}

Status AppSettings::save() const
{
    const QJsonObject o { { QStringLiteral("terminal"), terminal },
                          { QStringLiteral("terminal_template"), terminalTemplate },
                          { QStringLiteral("editor"), editor },
                          { QStringLiteral("default_key"), defaultKey },
                          { QStringLiteral("agent_lifetime_minutes"), agentLifetimeMinutes },
                          { QStringLiteral("agent_confirm"), agentConfirm },
                          { QStringLiteral("ssh_config_integration"), sshConfigIntegration },
                          { QStringLiteral("agent_forwarding_default"), agentForwardingDefault },
                          { QStringLiteral("language"), language },
                          { QStringLiteral("appearance"), appearance },
                          { QStringLiteral("keep_proxies_on_close"), keepProxiesOnClose },
                          { QStringLiteral("transfers_at_once"), transfersAtOnce },
                          { QStringLiteral("favourites"), QJsonArray::fromStringList(favourites) },
                          { QStringLiteral("recent"), QJsonArray::fromStringList(recent) } };
    // Never over a file that cannot be read: it may hold what the user meant.
    if (auto existing = readJsonFile(paths::settingsPath()); !existing)
        return existing.error();
    if (auto ok = writeJsonFile(paths::settingsPath(), o); !ok)
        return ok;
    // Taken over: the old file would only confuse.
    QFile::remove(QDir(paths::configDir()).filePath(QStringLiteral("settings.ini")));
    return {};
}

void AppSettings::touchRecent(const QString &id)
{
    recent.removeAll(id);
    recent.prepend(id);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
}

} // namespace keyport
