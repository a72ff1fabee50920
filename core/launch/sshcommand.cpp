#include "sshcommand.h"

#include "common/paths.h"
#include "session/sshsession.h"
#include "sshconfig/managedconfig.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace keyport::sshcommand {

QString siblingCliPath()
{
#ifdef Q_OS_WIN
    return QCoreApplication::applicationDirPath() + QStringLiteral("/keyport-cli.exe");
#else
    return QCoreApplication::applicationDirPath() + QStringLiteral("/keyport-cli");
#endif
}

Result<PublicKey> fetchHostKey(const Workspace &w, const QString &cliPath)
{
    SshSession session;
    SshEndpoint ep;
    ep.user = w.user.isEmpty() ? paths::userName() : w.user;
    if (w.transport.kind == TransportSpec::Kind::Tcp) {
        ep.host = w.transport.host;
        ep.port = w.transport.port;
    } else {
        // Any other transport: through our own forwarder, as ssh will go.
        ep.host = w.id();
        // libssh hands this to /bin/sh: quote both words (a path may hold a ').
        ep.proxyCommand = QStringLiteral("%1 forward %2").arg(shellQuote(cliPath), shellQuote(w.id()));
    }
    if (auto ok = session.connect(ep); !ok)
        return ok.error();
    return session.hostKey();
}

QString configFile(const QString &cliPath)
{
    const ManagedSshConfig config(cliPath);
    return config.isIncluded() ? config.userConfigPath() : config.managedPath();
}

QStringList sshArgv(const Workspace &w, const QString &cliPath, const Options &options)
{
    QStringList argv { QStringLiteral("ssh") };
    if (w.existingAlias.isEmpty())
        argv << QStringLiteral("-F") << configFile(cliPath);
    else
        argv << paths::sshConfigArgs();
    if (!options.user.isEmpty())
        argv << QStringLiteral("-l") << options.user;
    if (options.forwardAgent)
        argv << QStringLiteral("-A");
    const bool routed = w.commandsOnly() && !options.command.isEmpty();
    if (routed)
        argv << QStringLiteral("-o") << QStringLiteral("RemoteCommand=none") << QStringLiteral("-o")
             << QStringLiteral("RequestTTY=auto");
    argv << QStringLiteral("--") << w.sshAlias();
    if (routed)
        argv << w.remoteCommand << QStringLiteral("--");
    return argv + options.command;
}

QStringList sftpArgv(const Workspace &w, const QString &cliPath)
{
    QStringList argv = sshArgv(w, cliPath);
    argv.removeLast(); // the alias
    argv.removeLast(); // "--"
    // The options OpenSSH's own sftp adds, so both see the same server.
    for (const char *option : { "BatchMode=yes", "ForwardAgent=no", "ForwardX11=no", "ClearAllForwardings=yes",
                                "PermitLocalCommand=no", "RequestTTY=no" })
        argv << QStringLiteral("-o") << QString::fromLatin1(option);
    argv << QStringLiteral("-s") << QStringLiteral("--") << w.sshAlias() << QStringLiteral("sftp");
    return argv;
}

QString shellQuote(const QString &word)
{
    // anchoredPattern (\A...\z), not ^...$: "$" also matches before a final "\n".
    static const QRegularExpression plain(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_@%+=:,./-]+")));
    if (plain.match(word).hasMatch())
        return word;
    return QLatin1Char('\'') + QString(word).replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

QString sshCommandLine(const Workspace &w, const QString &cliPath, const Options &options)
{
    QStringList words;
    for (const QString &a : sshArgv(w, cliPath, options))
        if (a != QLatin1String("--")) // aliases never start with '-'
            words << shellQuote(a);
    return words.join(QLatin1Char(' '));
}

ProxyCommands proxyCommands(const Workspace &w, const QString &host, quint16 port, const QString &knownHostsPath)
{
    const QString p = QString::number(port);
    const QString user = w.user.isEmpty() ? paths::userName() : w.user;
    QString opts;
    if (!w.identityFile.isEmpty() && !knownHostsPath.isEmpty())
        opts += QStringLiteral(" -i ") + shellQuote(w.identityFile);
    if (w.existingAlias.isEmpty() && !knownHostsPath.isEmpty())
        opts += QStringLiteral(" -o HostKeyAlias=%1 -o UserKnownHostsFile=%2").arg(w.id(), shellQuote(knownHostsPath));
    const QString target = shellQuote(user) + QLatin1Char('@') + host;
    ProxyCommands c;
    c.ssh = QStringLiteral("ssh -p %1%2 %3").arg(p, opts, target);
    c.sftp = QStringLiteral("sftp -P %1%2 %3").arg(p, opts, target);
    c.scp = QStringLiteral("scp -P %1%2 FILE %3:/remote/path/").arg(p, opts, target);
    c.rsync = QStringLiteral("rsync -av -e \"ssh -p %1%2\" ./dir/ %3:/remote/path/").arg(p, opts, target);
    return c;
}

} // namespace keyport::sshcommand
