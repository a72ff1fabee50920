#pragma once

#include "identity/publickey.h"
#include "model/workspace.h"

namespace keyport {

// What the front ends need to hand a workspace to OpenSSH. `cliPath` is the
// keyport-cli that ProxyCommand lines in the managed config run.
namespace sshcommand {

// keyport-cli next to the running program (the app and the CLI ship together).
QString siblingCliPath();

// Connects with libssh (through `cliPath forward` for tunnels) and returns
// the key the server offers. Blocks: run it in a TaskJob.
Result<PublicKey> fetchHostKey(const Workspace &w, const QString &cliPath);
// The config file to give ssh with -F: the user's when it includes ours,
// else ours alone (always absolute: OpenSSH finds ~ in the password database).
// Reads ~/.ssh/config: as sshArgv() and sshCommandLine(), not on a GUI thread.
QString configFile(const QString &cliPath);

struct Options {
    QString user; // overrides the workspace's
    bool forwardAgent = false;
    QStringList command; // run this instead of a shell
};
// `ssh -F <config> [-l user] [-A] -- <alias> [command]`: for a terminal to
// run. For an entry host that picks the workspace by the command, a command
// is sent as `<remote command> -- <command>` (and the config's RemoteCommand
// set aside, which ssh would refuse next to one).
QStringList sshArgv(const Workspace &w, const QString &cliPath, const Options &options = {});
// `ssh -F <config> -o BatchMode=yes ... -s -- <alias> sftp`: an SFTP session
// with exactly a terminal's config (key, certificate, pinned host key,
// tunnel), never a prompt (it has no terminal) and no forwarding of anything.
QStringList sftpArgv(const Workspace &w, const QString &cliPath);
// The same as one shell-quoted line, for "Copy ssh command".
QString sshCommandLine(const Workspace &w, const QString &cliPath, const Options &options = {});

// The commands to use a local proxy port with standard tools.
struct ProxyCommands {
    QString ssh, sftp, scp, rsync;
};
// The commands for a proxy port. With Keyport's known_hosts (the path), they
// check the pinned host key and offer the workspace's key; without (empty),
// they are as short as a person types them (`ssh -p PORT root@127.0.0.1`)
// and ssh asks about the host key itself.
ProxyCommands proxyCommands(const Workspace &w, const QString &host, quint16 port, const QString &knownHostsPath);

// POSIX shell quoting, only where needed.
QString shellQuote(const QString &word);

} // namespace sshcommand

} // namespace keyport
