#pragma once

#include <QString>
#include <QStringList>

namespace keyport::paths {

// The home directory Keyport uses ($HOME; tests point it at a temp dir).
QString home();
// ~/.ssh, absolute.
QString sshDir();
// Creates ~/.ssh with mode 0700 if needed and tightens it if it is looser.
bool ensureSshDir(QString *errorMessage);
// Keyport's own configuration directory (~/.config/keyport or the platform's).
QString configDir();

} // namespace keyport::paths

namespace keyport::paths {
// Keyport's own state (sandbox, workspace cache): ~/.local/share/keyport or the platform's.
QString stateDir();
// Whether $HOME is the password database's home. OpenSSH reads ~/.ssh/config
// from the latter, so when they differ Keyport passes `-F` explicitly.
bool homeIsPasswdHome();
// {"-F", "<home>/.ssh/config"} when needed (see above), else empty.
QStringList sshConfigArgs();
} // namespace keyport::paths
