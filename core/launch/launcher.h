#pragma once

#include "common/result.h"
#include "common/settings.h"

#include <QStringList>

namespace keyport {

// A program and its arguments: never a shell line.
struct LaunchCommand {
    QString program;
    QStringList args;
};

// Editors with VS Code's remote CLI: "code", "cursor", "codium".
QStringList knownEditors();
// Finds an editor on PATH, then in the places installers put it.
Result<QString> findEditor(const QString &editor);
// `<editor> --remote ssh-remote+<alias> [<path>]`
LaunchCommand editorCommand(const QString &editorPath, const QString &alias, const QString &remotePath);

struct Terminal {
    QString id; // "gnome-terminal", "kitty", ..., "custom"
    QString program; // absolute path
};
// Installed terminals, the system default first.
QList<Terminal> detectTerminals();
// The argv that runs `command` in a new window of `terminal`.
LaunchCommand terminalCommand(const Terminal &terminal, const QStringList &command);
// A user template such as `myterm --title {title} -e {command}`: split on
// whitespace (no shell), {command} expands to the command's words, {title}
// and {alias} to one word each.
Result<LaunchCommand> customTerminalCommand(const QString &templ, const QStringList &command, const QString &alias);

// The terminal the user chose in the settings (a detected one, or a custom
// template), else the first one found, running `command`.
Result<LaunchCommand> preferredTerminalCommand(const AppSettings &settings, const QStringList &command,
                                               const QString &alias);

Status launchDetached(const LaunchCommand &command);

} // namespace keyport
