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
    QString loginUser; // JupyterHub: the notebook's Unix user; spaces: the entry host's user and principal
    bool insecure = false;
    QString identityFile;
    QString email; // spaces: the account
    QString sshHost; // spaces: the entry host (empty: the URL's host)
    quint16 sshPort = 0; // spaces: the entry host's port (0: 22)
    QString certTtl; // spaces: a certificate's lifetime, a Go duration ("5m"); empty: the default
    QString team; // Northflank: the team whose paths an org token uses (/v1/teams/TEAM/...)

    QJsonObject toJson() const;
    static SourceConfig fromJson(const QJsonObject &o);
    // The keychain key of this source's token.
    QString tokenKey() const { return QStringLiteral("source-token/") + name; }
};

} // namespace keyport
