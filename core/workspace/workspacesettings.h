#pragma once

#include "workspace.h"

#include "common/result.h"

#include <QJsonObject>
#include <QMap>
#include <optional>

namespace keyport {

// What the user set for one workspace, over what its source says.
struct WorkspaceOverride {
    std::optional<QString> identityFile; // "" clears the source's key
    std::optional<bool> agentForwarding;
    std::optional<QString> user;
};

// A host the user added in Keyport (not in ~/.ssh/config): listed by the
// "ssh" source as ssh.<name>, with a project and tags.
struct UserHost {
    QString name;
    QString host;
    quint16 port = 22;
    QString user;
    QString identityFile;
    QString project;
    QStringList tags;

    QJsonObject toJson() const; // also the --json shape of `hosts list`
    static UserHost fromJson(const QJsonObject &o);
};

// Both live in <config>/workspaces.json (no secrets).
namespace workspacesettings {

QString path();
QMap<QString, WorkspaceOverride> overrides();
Status setOverride(const QString &id, const WorkspaceOverride &change);
// Applies the user's overrides to workspaces as their sources listed them.
QList<Workspace> apply(QList<Workspace> workspaces);

QList<UserHost> hosts();
Status addHost(const UserHost &host);
Status removeHost(const QString &name);

} // namespace workspacesettings

} // namespace keyport
