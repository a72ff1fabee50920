#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace keyport {

enum class WorkspaceState { Running, Starting, Stopping, Stopped, Unknown };
QString workspaceStateName(WorkspaceState s);
WorkspaceState workspaceStateFromName(const QString &name);

// How to reach a workspace's sshd. Holds no secrets: tokens are looked up in
// the keychain by source when the transport is opened.
struct TransportSpec {
    enum class Kind { Tcp, WebSocket, Jump, Command };
    Kind kind = Kind::Tcp;
    QString host; // Tcp, Jump (target)
    quint16 port = 22;
    QUrl url; // WebSocket
    bool insecureTls = false;
    QString jump; // Jump: the ProxyJump value
    QString command; // Command: a ProxyCommand line

    QJsonObject toJson() const;
    static TransportSpec fromJson(const QJsonObject &o);
    QString describe() const;
};

// A workspace is a value; sources produce them, everything else reads them.
struct Workspace {
    QString source; // source name, e.g. "knot-work"
    QString name; // name within the source
    QString project;
    QString service;
    QStringList tags;
    WorkspaceState state = WorkspaceState::Unknown;
    QString user; // login user
    QString identityFile; // absolute path of the private key, or empty
    bool agentForwarding = false;
    TransportSpec transport;
    // For hosts of the user's own ssh config: the alias ssh already knows.
    QString existingAlias;

    // "<source>.<name>": the name used everywhere (CLI, ssh alias, GUI).
    QString id() const { return source + QLatin1Char('.') + name; }
    // The host alias ssh, scp, rsync and the editors use.
    QString sshAlias() const { return existingAlias.isEmpty() ? id() : existingAlias; }

    QJsonObject toJson() const;
    static Workspace fromJson(const QJsonObject &o);
};

} // namespace keyport
