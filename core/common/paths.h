#pragma once

#include <QString>
#include <QStringList>

// Where things live: the user's OpenSSH files and Keyport's own. Every path
// Keyport reads or writes of its own comes from here.
namespace keyport::paths {

// The home directory Keyport uses ($HOME; tests point it at a temp dir).
QString home();
// ~/.ssh, absolute.
QString sshDir();
// Creates ~/.ssh with mode 0700 if needed and tightens it if it is looser.
bool ensureSshDir(QString *errorMessage);
// The login name (for ssh's default user).
QString userName();

// Keyport's own configuration: ~/.config/keyport (or the platform's). Files
// of the earlier ~/.config/keyport/keyport are moved here on first use.
QString configDir();
// Keyport's own state (sandbox, workspace cache): ~/.local/share/keyport or
// the platform's; moved up from ~/.local/share/keyport/keyport likewise.
QString stateDir();

QString settingsPath(); // the user's preferences
QString sourcesPath(); // configured sources (no tokens)
QString workspaceSettingsPath(); // per-workspace settings and hosts added in Keyport
QString workspaceCachePath(); // the last listing of every source
QString sandboxDir();

// Whether $HOME is the password database's home. OpenSSH reads ~/.ssh/config
// from the latter, so when they differ Keyport passes `-F` explicitly.
bool homeIsPasswdHome();
// {"-F", "<home>/.ssh/config"} when needed (see above), else empty.
QStringList sshConfigArgs();

} // namespace keyport::paths
