#pragma once

#include "result.h"

#include <QJsonObject>
#include <QStringList>

namespace keyport {

// The user's preferences, shared by the app and the CLI, in settings.json in
// Keyport's config directory; never a secret. A file that cannot be read is
// an error (naming it) and is never written over.
struct AppSettings {
    QString terminal; // a detected terminal id, "custom", or empty for the first detected
    QString terminalTemplate; // for "custom": `prog --flag {command}`
    QString editor = QStringLiteral("code");
    QString defaultKey; // absolute path of a private key, or empty
    int agentLifetimeMinutes = 60; // 0: until removed
    bool agentConfirm = false; // keys added to the agent ask before each use
    bool sshConfigIntegration = false; // the Include line in ~/.ssh/config
    bool agentForwardingDefault = false; // for workspaces without their own setting
    QString language; // empty: follow the system; "en", "de", "fr"
    QString appearance; // empty: the desktop's colours; "light" or "dark"
    bool keepProxiesOnClose = true; // closing the window hides it while proxies run
    // Copies of one Files window that run at once (each keeps many files in
    // flight by itself); the rest wait in its queue.
    int transfersAtOnce = 2;
    static constexpr int kMostTransfersAtOnce = 8;
    QStringList favourites; // workspace ids
    QStringList recent; // workspace ids, most recent first

    static constexpr int kMaxRecent = 6;
    // Defaults when there is no file yet (earlier versions' settings.ini is taken over).
    static Result<AppSettings> load();
    // The settings a parsed settings.json holds; what is missing keeps its default.
    static AppSettings fromJson(const QJsonObject &o);
    Status save() const;
    // Moves `id` to the front of the recent list.
    void touchRecent(const QString &id);
    // The agent constraints as seconds (0: none).
    quint32 agentLifetimeSeconds() const { return quint32(qMax(0, agentLifetimeMinutes)) * 60; }
};

} // namespace keyport
