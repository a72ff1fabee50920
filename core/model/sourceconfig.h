#pragma once

#include <QJsonObject>
#include <QString>

namespace keyport {

// What the user configured for a source; tokens live in the keychain only.
struct SourceConfig {
    QString name;
    QString kind; // "knot", "jupyterhub"
    QString url;
    QString hubUser; // JupyterHub
    QString loginUser; // JupyterHub: the notebook's Unix user
    bool insecure = false;
    QString identityFile;

    QJsonObject toJson() const;
    static SourceConfig fromJson(const QJsonObject &o);
    // The keychain key of this source's token.
    QString tokenKey() const { return QStringLiteral("source-token/") + name; }
};

} // namespace keyport
