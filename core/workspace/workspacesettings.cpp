#include "workspacesettings.h"

#include "common/jsonfile.h"
#include "common/paths.h"
#include "common/text.h"
#include "sshconfig/managedconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace keyport {

QJsonObject UserHost::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), QStringLiteral("ssh.") + name },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("host"), host },
                         { QStringLiteral("port"), port },
                         { QStringLiteral("user"), user },
                         { QStringLiteral("identity_file"), identityFile },
                         { QStringLiteral("project"), project },
                         { QStringLiteral("tags"), QJsonArray::fromStringList(tags) } };
}

UserHost UserHost::fromJson(const QJsonObject &o)
{
    UserHost h;
    h.name = o.value(QStringLiteral("name")).toString();
    h.host = o.value(QStringLiteral("host")).toString();
    h.port = quint16(o.value(QStringLiteral("port")).toInt(22));
    h.user = o.value(QStringLiteral("user")).toString();
    h.identityFile = o.value(QStringLiteral("identity_file")).toString();
    h.project = o.value(QStringLiteral("project")).toString();
    for (const auto &t : o.value(QStringLiteral("tags")).toArray())
        h.tags << t.toString();
    return h;
}

} // namespace keyport

namespace keyport::workspacesettings {

KEYPORT_NAMESPACE_TR("keyport::workspacesettings")

namespace {

QJsonObject load()
{
    return readJsonObject(path());
}

Status save(const QJsonObject &o)
{
    return writeJsonObject(path(), o);
}

} // namespace

QString path()
{
    return QDir(paths::configDir()).filePath(QStringLiteral("workspaces.json"));
}

QMap<QString, WorkspaceOverride> overrides()
{
    QMap<QString, WorkspaceOverride> out;
    const QJsonObject all = load().value(QStringLiteral("overrides")).toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        WorkspaceOverride w;
        if (o.contains(QStringLiteral("identity_file")))
            w.identityFile = o.value(QStringLiteral("identity_file")).toString();
        if (o.contains(QStringLiteral("agent_forwarding")))
            w.agentForwarding = o.value(QStringLiteral("agent_forwarding")).toBool();
        if (o.contains(QStringLiteral("user")))
            w.user = o.value(QStringLiteral("user")).toString();
        out.insert(it.key(), w);
    }
    return out;
}

Status setOverride(const QString &id, const WorkspaceOverride &change)
{
    if (change.user && !change.user->isEmpty())
        if (auto ok = validateConfigValue(id, QStringLiteral("user"), *change.user); !ok)
            return ok;
    QJsonObject root = load();
    QJsonObject all = root.value(QStringLiteral("overrides")).toObject();
    QJsonObject o = all.value(id).toObject();
    if (change.identityFile)
        o[QStringLiteral("identity_file")] = *change.identityFile;
    if (change.agentForwarding)
        o[QStringLiteral("agent_forwarding")] = *change.agentForwarding;
    if (change.user)
        o[QStringLiteral("user")] = *change.user;
    all[id] = o;
    root[QStringLiteral("overrides")] = all;
    return save(root);
}

QList<Workspace> apply(QList<Workspace> workspaces)
{
    const auto all = overrides();
    for (Workspace &w : workspaces) {
        const auto it = all.constFind(w.id());
        if (it == all.constEnd())
            continue;
        if (it->identityFile)
            w.identityFile = *it->identityFile;
        if (it->agentForwarding)
            w.agentForwarding = *it->agentForwarding;
        if (it->user && !it->user->isEmpty())
            w.user = *it->user;
    }
    return workspaces;
}

QList<UserHost> hosts()
{
    QList<UserHost> out;
    for (const auto &v : load().value(QStringLiteral("hosts")).toArray())
        out << UserHost::fromJson(v.toObject());
    return out;
}

Status addHost(const UserHost &h)
{
    const QString id = QStringLiteral("ssh.") + h.name;
    if (auto ok = validateAlias(id); !ok)
        return ok;
    if (auto ok = validateConfigValue(id, QStringLiteral("host"), h.host); !ok)
        return ok;
    if (!h.user.isEmpty())
        if (auto ok = validateConfigValue(id, QStringLiteral("user"), h.user); !ok)
            return ok;
    if (h.port == 0)
        return Error(ErrorCode::InvalidArgument, tr("The port must be between 1 and 65535."));
    for (const QString &t : h.tags)
        if (t.isEmpty() || hasControlCharacters(t) || t.contains(QLatin1Char(',')))
            return Error(ErrorCode::InvalidArgument, tr("The tag \"%1\" is not allowed.").arg(printable(t, 40)));
    QJsonObject root = load();
    QJsonArray arr = root.value(QStringLiteral("hosts")).toArray();
    for (const auto &v : arr)
        if (v.toObject().value(QStringLiteral("name")).toString() == h.name)
            return Error(ErrorCode::AlreadyExists, tr("A host named %1 exists already; remove it first.").arg(h.name));
    arr.append(h.toJson());
    root[QStringLiteral("hosts")] = arr;
    return save(root);
}

Status removeHost(const QString &name)
{
    QJsonObject root = load();
    QJsonArray arr = root.value(QStringLiteral("hosts")).toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        if (arr[i].toObject().value(QStringLiteral("name")).toString() != name)
            continue;
        arr.removeAt(i);
        root[QStringLiteral("hosts")] = arr;
        return save(root);
    }
    return Error(ErrorCode::NotFound, tr("There is no host named %1.").arg(printable(name, 60)));
}

} // namespace keyport::workspacesettings
