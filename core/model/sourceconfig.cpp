#include "sourceconfig.h"

namespace keyport {

QJsonObject SourceConfig::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("kind"), kind },
                    { QStringLiteral("url"), url },
                    { QStringLiteral("hub_user"), hubUser },
                    { QStringLiteral("login_user"), loginUser },
                    { QStringLiteral("insecure"), insecure },
                    { QStringLiteral("identity_file"), identityFile } };
    if (!email.isEmpty())
        o[QStringLiteral("email")] = email;
    if (!sshHost.isEmpty())
        o[QStringLiteral("ssh_host")] = sshHost;
    if (sshPort != 0)
        o[QStringLiteral("ssh_port")] = sshPort;
    if (!certTtl.isEmpty())
        o[QStringLiteral("cert_ttl")] = certTtl;
    if (!team.isEmpty())
        o[QStringLiteral("team")] = team;
    return o;
}

SourceConfig SourceConfig::fromJson(const QJsonObject &o)
{
    SourceConfig c;
    c.name = o.value(QStringLiteral("name")).toString();
    c.kind = o.value(QStringLiteral("kind")).toString();
    c.url = o.value(QStringLiteral("url")).toString();
    c.hubUser = o.value(QStringLiteral("hub_user")).toString();
    c.loginUser = o.value(QStringLiteral("login_user")).toString();
    c.insecure = o.value(QStringLiteral("insecure")).toBool();
    c.identityFile = o.value(QStringLiteral("identity_file")).toString();
    c.email = o.value(QStringLiteral("email")).toString();
    c.sshHost = o.value(QStringLiteral("ssh_host")).toString();
    c.sshPort = quint16(o.value(QStringLiteral("ssh_port")).toInt());
    c.certTtl = o.value(QStringLiteral("cert_ttl")).toString();
    c.team = o.value(QStringLiteral("team")).toString();
    return c;
}

} // namespace keyport
