#include "workspace.h"

#include <QJsonArray>

#include <iterator>

namespace keyport {

namespace {
const char *const kStateNames[] = { "running", "starting", "stopping", "stopped", "unknown" };
const char *const kKindNames[] = { "tcp", "websocket", "jump", "command", "cli-proxy" };
} // namespace

QString workspaceStateName(WorkspaceState s)
{
    return QString::fromLatin1(kStateNames[int(s)]);
}

WorkspaceState workspaceStateFromName(const QString &name)
{
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(kStateNames[i]))
            return WorkspaceState(i);
    return WorkspaceState::Unknown;
}

QJsonObject TransportSpec::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), QString::fromLatin1(kKindNames[int(kind)]) } };
    switch (kind) {
    case Kind::Tcp:
        o[QStringLiteral("host")] = host;
        o[QStringLiteral("port")] = port;
        break;
    case Kind::WebSocket:
        o[QStringLiteral("url")] = url.toString();
        o[QStringLiteral("insecure_tls")] = insecureTls;
        break;
    case Kind::Jump:
        o[QStringLiteral("host")] = host;
        o[QStringLiteral("port")] = port;
        o[QStringLiteral("jump")] = jump;
        break;
    case Kind::Command:
        o[QStringLiteral("command")] = command;
        break;
    case Kind::CliProxy:
        o[QStringLiteral("project_id")] = projectId;
        o[QStringLiteral("service_id")] = serviceId;
        break;
    }
    return o;
}

TransportSpec TransportSpec::fromJson(const QJsonObject &o)
{
    TransportSpec t;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    for (int i = 0; i < int(std::size(kKindNames)); ++i)
        if (kind == QLatin1String(kKindNames[i]))
            t.kind = Kind(i);
    t.host = o.value(QStringLiteral("host")).toString();
    t.port = quint16(o.value(QStringLiteral("port")).toInt(22));
    t.url = QUrl(o.value(QStringLiteral("url")).toString());
    t.insecureTls = o.value(QStringLiteral("insecure_tls")).toBool();
    t.jump = o.value(QStringLiteral("jump")).toString();
    t.command = o.value(QStringLiteral("command")).toString();
    t.projectId = o.value(QStringLiteral("project_id")).toString();
    t.serviceId = o.value(QStringLiteral("service_id")).toString();
    return t;
}

QString TransportSpec::describe() const
{
    switch (kind) {
    case Kind::Tcp:
        return QStringLiteral("tcp %1:%2").arg(host).arg(port);
    case Kind::WebSocket:
        return QStringLiteral("websocket %1%2")
            .arg(url.toString(), insecureTls ? QStringLiteral(" (TLS not verified)") : QString());
    case Kind::Jump:
        return QStringLiteral("jump via %1 to %2:%3").arg(jump, host).arg(port);
    case Kind::Command:
        return QStringLiteral("command %1").arg(command);
    case Kind::CliProxy:
        return QStringLiteral("CLI proxy to project %1, service %2").arg(projectId, serviceId);
    }
    return {};
}

QJsonObject Workspace::toJson() const
{
    QJsonObject o { { QStringLiteral("id"), id() },
                    { QStringLiteral("source"), source },
                    { QStringLiteral("name"), name },
                    { QStringLiteral("project"), project },
                    { QStringLiteral("service"), service },
                    { QStringLiteral("tags"), QJsonArray::fromStringList(tags) },
                    { QStringLiteral("state"), workspaceStateName(state) },
                    { QStringLiteral("user"), user },
                    { QStringLiteral("identity_file"), identityFile },
                    { QStringLiteral("agent_forwarding"), agentForwarding },
                    { QStringLiteral("ssh_alias"), sshAlias() },
                    { QStringLiteral("existing_alias"), existingAlias },
                    { QStringLiteral("transport"), transport.toJson() } };
    // Only when set: most workspaces have none of these.
    if (!identity.isEmpty())
        o[QStringLiteral("identity")] = identity;
    if (!remoteCommand.isEmpty())
        o[QStringLiteral("remote_command")] = remoteCommand;
    if (certified)
        o[QStringLiteral("certified")] = true;
    if (!vouchedHostKey.isEmpty())
        o[QStringLiteral("vouched_host_key")] = vouchedHostKey;
    if (!unreachable.isEmpty())
        o[QStringLiteral("unreachable")] = unreachable;
    if (!details.isEmpty()) {
        QJsonArray list;
        for (const Detail &d : details)
            list.append(QJsonArray { d.label, d.value });
        o[QStringLiteral("details")] = list;
    }
    return o;
}

Workspace Workspace::fromJson(const QJsonObject &o)
{
    Workspace w;
    w.source = o.value(QStringLiteral("source")).toString();
    w.name = o.value(QStringLiteral("name")).toString();
    w.project = o.value(QStringLiteral("project")).toString();
    w.service = o.value(QStringLiteral("service")).toString();
    for (const auto &t : o.value(QStringLiteral("tags")).toArray())
        w.tags << t.toString();
    w.state = workspaceStateFromName(o.value(QStringLiteral("state")).toString());
    w.user = o.value(QStringLiteral("user")).toString();
    w.identityFile = o.value(QStringLiteral("identity_file")).toString();
    w.identity = o.value(QStringLiteral("identity")).toString();
    w.agentForwarding = o.value(QStringLiteral("agent_forwarding")).toBool();
    w.existingAlias = o.value(QStringLiteral("existing_alias")).toString();
    w.transport = TransportSpec::fromJson(o.value(QStringLiteral("transport")).toObject());
    w.remoteCommand = o.value(QStringLiteral("remote_command")).toString();
    w.certified = o.value(QStringLiteral("certified")).toBool();
    w.vouchedHostKey = o.value(QStringLiteral("vouched_host_key")).toString();
    w.unreachable = o.value(QStringLiteral("unreachable")).toString();
    for (const auto &d : o.value(QStringLiteral("details")).toArray())
        w.details << Detail { d.toArray().at(0).toString(), d.toArray().at(1).toString() };
    return w;
}

} // namespace keyport
