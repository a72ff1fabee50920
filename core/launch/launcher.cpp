#include "launcher.h"

#include "common/paths.h"
#include "common/text.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace keyport {

QStringList knownEditors()
{
    return { QStringLiteral("code"), QStringLiteral("cursor"), QStringLiteral("codium") };
}

Result<QString> findEditor(const QString &editor)
{
    if (!knownEditors().contains(editor))
        return Error(ErrorCode::InvalidArgument,
                     tr("Unknown editor \"%1\": use code, cursor or codium.").arg(printable(editor, 40)));
    QString found = QStandardPaths::findExecutable(editor);
    if (!found.isEmpty())
        return found;
    const QString home = paths::home();
    QStringList places;
#if defined(Q_OS_MACOS)
    const QString app = editor == QLatin1String("code")     ? QStringLiteral("Visual Studio Code")
                        : editor == QLatin1String("cursor") ? QStringLiteral("Cursor")
                                                            : QStringLiteral("VSCodium");
    places << QStringLiteral("/Applications/%1.app/Contents/Resources/app/bin").arg(app)
           << home + QStringLiteral("/Applications/%1.app/Contents/Resources/app/bin").arg(app);
#elif defined(Q_OS_WIN)
    const QString local = qEnvironmentVariable("LOCALAPPDATA");
    places << local + QStringLiteral("/Programs/Microsoft VS Code/bin")
           << local + QStringLiteral("/Programs/cursor/resources/app/bin")
           << local + QStringLiteral("/Programs/VSCodium/bin");
#else
    places << QStringLiteral("/usr/share/code/bin") << QStringLiteral("/usr/share/cursor/bin")
           << QStringLiteral("/opt/cursor/resources/app/bin") << QStringLiteral("/usr/share/codium/bin")
           << QStringLiteral("/snap/bin") << QStringLiteral("/var/lib/flatpak/exports/bin")
           << home + QStringLiteral("/.local/bin") << home + QStringLiteral("/Applications");
#endif
    found = QStandardPaths::findExecutable(editor, places);
    if (!found.isEmpty())
        return found;
    return Error(ErrorCode::NotFound,
                 tr("%1 is not installed (not on PATH nor in the usual places). Install it, or put its `%1` "
                    "command on PATH.")
                     .arg(editor));
}

LaunchCommand editorCommand(const QString &editorPath, const QString &alias, const QString &remotePath)
{
    LaunchCommand c { editorPath, { QStringLiteral("--remote"), QStringLiteral("ssh-remote+") + alias } };
    if (!remotePath.isEmpty())
        c.args << remotePath;
    return c;
}

QList<Terminal> detectTerminals()
{
    QList<Terminal> out;
#if defined(Q_OS_MACOS)
    if (QFileInfo::exists(QStringLiteral("/Applications/iTerm.app")))
        out << Terminal { QStringLiteral("iterm"), QStringLiteral("/usr/bin/osascript") };
    out << Terminal { QStringLiteral("terminal"), QStringLiteral("/usr/bin/osascript") };
#elif defined(Q_OS_WIN)
    const QString wt = QStandardPaths::findExecutable(QStringLiteral("wt"));
    if (!wt.isEmpty())
        out << Terminal { QStringLiteral("windows-terminal"), wt };
    out << Terminal { QStringLiteral("cmd"), QStringLiteral("cmd.exe") };
#else
    for (const char *id :
         { "x-terminal-emulator", "gnome-terminal", "konsole", "kitty", "alacritty", "wezterm", "foot", "xterm" }) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(id));
        if (!path.isEmpty())
            out << Terminal { QString::fromLatin1(id), path };
    }
#endif
    return out;
}

namespace {
// AppleScript string literal for macOS terminals.
QString appleQuote(const QStringList &argv)
{
    QStringList words;
    for (const QString &a : argv)
        words << QStringLiteral("'%1'").arg(QString(a).replace(QLatin1Char('\''), QLatin1String("'\\''")));
    QString line = words.join(QLatin1Char(' '));
    line.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + line + QLatin1Char('"');
}
} // namespace

LaunchCommand terminalCommand(const Terminal &t, const QStringList &command)
{
    LaunchCommand c { t.program, {} };
    const QString &id = t.id;
    if (id == QLatin1String("gnome-terminal"))
        c.args << QStringLiteral("--");
    else if (id == QLatin1String("wezterm"))
        c.args << QStringLiteral("start") << QStringLiteral("--");
    else if (id == QLatin1String("kitty") || id == QLatin1String("foot") || id == QLatin1String("windows-terminal"))
        ; // the command follows directly
    else if (id == QLatin1String("terminal"))
        return { t.program,
                 { QStringLiteral("-e"),
                   QStringLiteral("tell application \"Terminal\" to do script %1").arg(appleQuote(command)),
                   QStringLiteral("-e"), QStringLiteral("tell application \"Terminal\" to activate") } };
    else if (id == QLatin1String("iterm"))
        return { t.program,
                 { QStringLiteral("-e"),
                   QStringLiteral("tell application \"iTerm\" to create window with default profile command %1")
                       .arg(appleQuote(command)) } };
    else if (id == QLatin1String("cmd"))
        c.args << QStringLiteral("/c") << QStringLiteral("start") << QString();
    else
        c.args << QStringLiteral("-e"); // x-terminal-emulator, konsole, alacritty, xterm
    c.args << command;
    return c;
}

Result<LaunchCommand> customTerminalCommand(const QString &templ, const QStringList &command, const QString &alias)
{
    const QStringList words = templ.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The terminal command template is empty."));
    if (!templ.contains(QLatin1String("{command}")))
        return Error(ErrorCode::InvalidArgument, tr("The terminal command template must contain {command}."));
    LaunchCommand c;
    for (const QString &w : words) {
        if (w == QLatin1String("{command}")) {
            c.args << command;
            continue;
        }
        QString v = w;
        v.replace(QLatin1String("{alias}"), alias).replace(QLatin1String("{title}"), alias);
        if (c.program.isEmpty())
            c.program = v;
        else
            c.args << v;
    }
    return c;
}

Result<LaunchCommand> preferredTerminalCommand(const AppSettings &s, const QStringList &command, const QString &alias)
{
    if (s.terminal == QLatin1String("custom"))
        return customTerminalCommand(s.terminalTemplate, command, alias);
    const QList<Terminal> terminals = detectTerminals();
    const auto it =
        std::find_if(terminals.cbegin(), terminals.cend(), [&s](const Terminal &t) { return t.id == s.terminal; });
    if (it != terminals.cend())
        return terminalCommand(*it, command);
    if (!terminals.isEmpty())
        return terminalCommand(terminals.first(), command);
    return Error(ErrorCode::NotFound,
                 tr("No terminal program was found. Choose one, or a custom command, in Settings."));
}

Status launchDetached(const LaunchCommand &command)
{
    QString program = command.program;
    if (!QFileInfo(program).isAbsolute())
        program = QStandardPaths::findExecutable(program);
    if (program.isEmpty() || !QProcess::startDetached(program, command.args))
        return Error(ErrorCode::NotFound, tr("Cannot start %1.").arg(command.program));
    return {};
}

} // namespace keyport
