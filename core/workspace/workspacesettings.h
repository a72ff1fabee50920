#pragma once

#include "model/sshidentity.h"
#include "model/workspace.h"

#include "common/result.h"

#include <QJsonObject>
#include <QMap>
#include <optional>

namespace keyport {

// What the user set for one workspace, over what its source says. Unset
// fields follow the source (and, for agent forwarding, the user's default).
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

// Both live in workspaces.json in Keyport's config directory (no secrets).
// Reading it is a Result: a file that cannot be parsed is named in the
// error and never written over.
namespace workspacesettings {

Result<QMap<QString, WorkspaceOverride>> overrides();
Status setOverride(const QString &id, const WorkspaceOverride &change);
// The user's settings over workspaces as their sources listed them; agent
// forwarding not set for a workspace follows `forwardAgentByDefault`. The key:
// the workspace's own setting, else the one a platform's SSH identity chose
// while it was listed (Workspace::identity set), else the first of Keyport's
// identities that admits it, else the source's.
QList<Workspace> apply(QList<Workspace> workspaces, const QMap<QString, WorkspaceOverride> &overrides,
                       bool forwardAgentByDefault, const QList<SshIdentity> &identities = {});

Result<QList<UserHost>> hosts();
Status addHost(const UserHost &host);
Status removeHost(const QString &name);

} // namespace workspacesettings

} // namespace keyport
