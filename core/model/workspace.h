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
    // CliProxy: a platform CLI's local proxy mode, run by the source (Northflank).
    enum class Kind { Tcp, WebSocket, Jump, Command, CliProxy };
    Kind kind = Kind::Tcp;
    QString host; // Tcp, Jump (target)
    quint16 port = 22;
    QUrl url; // WebSocket
    bool insecureTls = false;
    QString jump; // Jump: the ProxyJump value
    QString command; // Command: a ProxyCommand line
    QString projectId, serviceId; // CliProxy: what the CLI is asked to reach

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
    // The identity that chose identityFile (Keyport's own or the platform's
    // SSH identity, by name); empty when something else did.
    QString identity;
    bool agentForwarding = false;
    TransportSpec transport;
    // For hosts of the user's own ssh config: the alias ssh already knows.
    QString existingAlias;
    // An entry host that picks the workspace by the command it is asked to
    // run (spaces: `sp_123`, or `sp_123 -- CMD`). It serves a shell and
    // commands only: no SFTP subsystem, no editor server, no proxy port.
    QString remoteCommand;
    // The source issues short-lived certificates for the key: the managed
    // config names `<key>-cert.pub` and renews it before ssh reads it.
    bool certified = false;
    // The host key the source vouches for (an OpenSSH public key line, sent
    // over its authenticated TLS API): pinned without asking.
    QString vouchedHostKey;
    // Why it cannot be connected (a name that cannot be an ssh alias, an id
    // the entry host would not take): shown, never written to a config.
    QString unreachable;
    // What the source says about it beyond the above (resources, role):
    // label and value, already in the user's words.
    struct Detail {
        QString label, value;
    };
    QList<Detail> details;

    // "<source>.<name>": the name used everywhere (CLI, ssh alias, GUI).
    QString id() const { return source + QLatin1Char('.') + name; }
    // The host alias ssh, scp, rsync and the editors use.
    QString sshAlias() const { return existingAlias.isEmpty() ? id() : existingAlias; }
    // Only a shell or a command: the entry host routes by the command.
    bool commandsOnly() const { return !remoteCommand.isEmpty(); }

    QJsonObject toJson() const;
    static Workspace fromJson(const QJsonObject &o);
};

} // namespace keyport
