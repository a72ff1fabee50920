#include "sourceconfig.h"

namespace keyport {

QJsonObject SourceConfig::toJson() const
{
    return QJsonObject { { QStringLiteral("name"), name },
                         { QStringLiteral("kind"), kind },
                         { QStringLiteral("url"), url },
                         { QStringLiteral("hub_user"), hubUser },
                         { QStringLiteral("login_user"), loginUser },
                         { QStringLiteral("insecure"), insecure },
                         { QStringLiteral("identity_file"), identityFile } };
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
    return c;
}

} // namespace keyport
