#pragma once

#include <QStringList>

namespace keyport {

// The user's preferences, shared by the app and the CLI. Stored as an ini
// file in Keyport's config directory; never holds a secret.
struct AppSettings {
    QString terminal; // a detected terminal id, "custom", or empty for the first detected
    QString terminalTemplate; // for "custom": `prog --flag {command}`
    QString editor = QStringLiteral("code");
    QString defaultKey; // absolute path of a private key, or empty
    int agentLifetimeMinutes = 60;
    bool sshConfigIntegration = false; // the Include line in ~/.ssh/config
    bool agentForwardingDefault = false;
    QString language; // empty: follow the system; "en", "de", "fr"
    bool keepProxiesOnClose = true; // closing the window hides it while proxies run
    QStringList favourites; // workspace ids
    QStringList recent; // workspace ids, most recent first

    static constexpr int kMaxRecent = 6;
    static QString path();
    static AppSettings load();
    void save() const;
    // Moves `id` to the front of the recent list.
    void touchRecent(const QString &id);
};

} // namespace keyport
