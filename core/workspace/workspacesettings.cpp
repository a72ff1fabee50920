#include "workspacesettings.h"

#include "common/jsonfile.h"
#include "common/paths.h"
#include "common/text.h"
#include "model/validation.h"

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

Result<QJsonObject> load()
{
    return readJsonFile(paths::workspaceSettingsPath());
}

Status save(const QJsonObject &o)
{
    return writeJsonFile(paths::workspaceSettingsPath(), o);
}

} // namespace

Result<QMap<QString, WorkspaceOverride>> overrides()
{
    auto root = load();
    if (!root)
        return root.error();
    QMap<QString, WorkspaceOverride> out;
    const QJsonObject all = root->value(QStringLiteral("overrides")).toObject();
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
    auto root = load();
    if (!root)
        return root.error();
    QJsonObject all = root->value(QStringLiteral("overrides")).toObject();
    QJsonObject o = all.value(id).toObject();
    if (change.identityFile)
        o[QStringLiteral("identity_file")] = *change.identityFile;
    if (change.agentForwarding)
        o[QStringLiteral("agent_forwarding")] = *change.agentForwarding;
    if (change.user)
        o[QStringLiteral("user")] = *change.user;
    all[id] = o;
    (*root)[QStringLiteral("overrides")] = all;
    return save(*root);
}

QList<Workspace> apply(QList<Workspace> workspaces, const QMap<QString, WorkspaceOverride> &all,
                       bool forwardAgentByDefault, const QList<SshIdentity> &identities)
{
    for (Workspace &w : workspaces) {
        const auto it = all.constFind(w.id());
        const WorkspaceOverride none;
        const WorkspaceOverride &o = it == all.constEnd() ? none : *it;
        if (o.identityFile) {
            w.identityFile = *o.identityFile;
            w.identity.clear();
        } else if (!w.identity.isEmpty()) {
            // The platform's identity chose: it is what the server honours.
        } else if (const SshIdentity *i = sshidentities::choose(identities, w)) {
            w.identityFile = i->keyPath;
            w.identity = i->name;
        }
        // A workspace set to off stays off whatever the default says.
        w.agentForwarding = o.agentForwarding.value_or(forwardAgentByDefault);
        if (o.user && !o.user->isEmpty())
            w.user = *o.user;
    }
    return workspaces;
}

Result<QList<UserHost>> hosts()
{
    auto root = load();
    if (!root)
        return root.error();
    QList<UserHost> out;
    for (const auto &v : root->value(QStringLiteral("hosts")).toArray())
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
    auto root = load();
    if (!root)
        return root.error();
    QJsonArray arr = root->value(QStringLiteral("hosts")).toArray();
    for (const auto &v : arr)
        if (v.toObject().value(QStringLiteral("name")).toString() == h.name)
            return Error(ErrorCode::AlreadyExists, tr("A host named %1 exists already; remove it first.").arg(h.name));
    arr.append(h.toJson());
    (*root)[QStringLiteral("hosts")] = arr;
    return save(*root);
}

Status removeHost(const QString &name)
{
    auto root = load();
    if (!root)
        return root.error();
    QJsonArray arr = root->value(QStringLiteral("hosts")).toArray();
    for (qsizetype i = 0; i < arr.size(); ++i) {
        if (arr[i].toObject().value(QStringLiteral("name")).toString() != name)
            continue;
        arr.removeAt(i);
        (*root)[QStringLiteral("hosts")] = arr;
        return save(*root);
    }
    return Error(ErrorCode::NotFound, tr("There is no host named %1.").arg(printable(name, 60)));
}

} // namespace keyport::workspacesettings
