#include "settings.h"

#include "paths.h"

#include <QSettings>

namespace keyport {

QString AppSettings::path()
{
    return paths::configDir() + QStringLiteral("/settings.ini");
}

AppSettings AppSettings::load()
{
    const QSettings s(path(), QSettings::IniFormat);
    AppSettings a;
    a.terminal = s.value(QStringLiteral("terminal/id")).toString();
    a.terminalTemplate = s.value(QStringLiteral("terminal/template")).toString();
    a.editor = s.value(QStringLiteral("editor/default"), a.editor).toString();
    a.defaultKey = s.value(QStringLiteral("keys/default")).toString();
    a.agentLifetimeMinutes = qBound(0, s.value(QStringLiteral("agent/lifetimeMinutes"), 60).toInt(), 24 * 60 * 7);
    a.sshConfigIntegration = s.value(QStringLiteral("sshConfig/integration"), false).toBool();
    a.agentForwardingDefault = s.value(QStringLiteral("agent/forwardingDefault"), false).toBool();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    a.keepProxiesOnClose = s.value(QStringLiteral("ui/keepProxiesOnClose"), true).toBool();
    a.favourites = s.value(QStringLiteral("workspaces/favourites")).toStringList();
    a.recent = s.value(QStringLiteral("workspaces/recent")).toStringList().mid(0, kMaxRecent);
    return a;
}

void AppSettings::save() const
{
    QSettings s(path(), QSettings::IniFormat);
    s.setValue(QStringLiteral("terminal/id"), terminal);
    s.setValue(QStringLiteral("terminal/template"), terminalTemplate);
    s.setValue(QStringLiteral("editor/default"), editor);
    s.setValue(QStringLiteral("keys/default"), defaultKey);
    s.setValue(QStringLiteral("agent/lifetimeMinutes"), agentLifetimeMinutes);
    s.setValue(QStringLiteral("sshConfig/integration"), sshConfigIntegration);
    s.setValue(QStringLiteral("agent/forwardingDefault"), agentForwardingDefault);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("ui/keepProxiesOnClose"), keepProxiesOnClose);
    s.setValue(QStringLiteral("workspaces/favourites"), favourites);
    s.setValue(QStringLiteral("workspaces/recent"), recent);
}

void AppSettings::touchRecent(const QString &id)
{
    recent.removeAll(id);
    recent.prepend(id);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
}

} // namespace keyport
