// keyport-cli workspaces | sandbox | ssh-config | trust | connect | open |
// forward | proxy: parse, call core, print.
#include "args.h"
#include "cli.h"
#include "keyjson.h"
#include "terminal.h"

#include "common/paths.h"
#include "common/text.h"
#include "identity/agentclient.h"
#include "identity/unlockkeyjob.h"
#include "launch/launcher.h"
#include "launch/sshcommand.h"
#include "proxy/proxyserver.h"
#include "sources/sandbox/sandbox.h"
#include "sshconfig/knownhosts.h"
#include "sshconfig/managedconfig.h"
#include "workspace/registry.h"
#include "workspace/workspacesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include <QProcess>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace keyport::cli {

namespace {

constexpr quint32 kAgentLifetime = 3600;

QString cliPath()
{
    return QCoreApplication::applicationFilePath();
}

ManagedSshConfig managedConfig()
{
    return ManagedSshConfig(cliPath());
}

bool askYesNo(const QString &question)
{
    if (!stdinIsTerminal())
        return false;
    std::fprintf(stderr, "%s [y/N] ", qPrintable(question));
    std::fflush(stderr);
    char line[16] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    return line[0] == 'y' || line[0] == 'Y';
}

// Finds a workspace: from the cache, or (refresh, or not cached) by listing its source.
void withWorkspace(Cli &cli, SourceRegistry *registry, const QString &id, bool refresh,
                   std::function<void(const Workspace &)> then)
{
    if (hasControlCharacters(id)) {
        cli.finish(
            cli.fail(Error(ErrorCode::InvalidArgument, tr("\"%1\" is not a workspace name.").arg(printable(id, 80)))));
        return;
    }
    if (!refresh) {
        if (auto w = SourceRegistry::cachedWorkspace(id)) {
            then(*w);
            return;
        }
    }
    const auto [sourceName, name] = SourceRegistry::splitId(id);
    if (!registry->find(sourceName)) {
        cli.finish(cli.fail(Error(ErrorCode::NotFound, tr("No workspace %1: workspaces are named <source>.<name>; "
                                                          "`keyport-cli workspaces list` shows them.")
                                                           .arg(printable(id, 80)))));
        return;
    }
    // Through the registry, so the user's per-workspace settings apply.
    ListAllJob *job = registry->listAll({ sourceName });
    cli.after(job, [&cli, job, id, sourceName, then](ListAllJob *) {
        if (job->errors().contains(sourceName)) {
            const Error &e = job->errors().value(sourceName);
            cli.finish(cli.fail(Error(e.code, tr("Source %1: %2").arg(sourceName, e.message), e.detail)));
            return;
        }
        SourceRegistry::remember({ sourceName }, job->workspaces());
        for (const Workspace &w : job->workspaces())
            if (w.id() == id) {
                then(w);
                return;
            }
        cli.finish(cli.fail(
            Error(ErrorCode::NotFound, tr("No workspace %1 in source %2.").arg(printable(id, 80), sourceName))));
    });
}

Status writeManagedConfig(bool includeInUserConfig)
{
    return sshcommand::writeManagedConfig(cliPath(), includeInUserConfig);
}

// Opens and closes the workspace's tunnel once, so a refusal (401, 403, a
// stopped server) is reported in the source's words, not as an SSH failure.
void preflight(Cli &cli, SourceRegistry *registry, const Workspace &w, std::function<void()> then)
{
    Source *source = registry->find(w.source);
    if (w.transport.kind == TransportSpec::Kind::Tcp || !source) {
        then();
        return;
    }
    ByteStream *stream = source->openStream(w, &cli);
    auto done = std::make_shared<bool>(false);
    QObject::connect(stream, &ByteStream::opened, &cli, [stream, done, then] {
        if (std::exchange(*done, true))
            return;
        stream->close();
        stream->deleteLater();
        then();
    });
    QObject::connect(stream, &ByteStream::closed, &cli, [&cli, stream, done, w](const Error &e) {
        if (std::exchange(*done, true))
            return;
        stream->deleteLater();
        cli.finish(cli.fail(Error(e.code, tr("Cannot reach %1: %2").arg(w.id(), e.message), e.detail)));
    });
    stream->open();
}

// Pins the host key after confirmation; `then(true)` when trusted.
void ensureTrust(Cli &cli, const Workspace &w, bool yes, bool replace, std::function<void()> then)
{
    auto *task = runTask<PublicKey>([w] { return sshcommand::fetchHostKey(w, cliPath()); }, &cli);
    cli.after(task, [&cli, task, w, yes, replace, then](TaskJob<PublicKey> *) {
        if (!task->result()) {
            cli.finish(
                cli.fail(Error(task->result().error().code,
                               tr("Cannot fetch the host key of %1: %2").arg(w.id(), task->result().error().message),
                               task->result().error().detail)));
            return;
        }
        const PublicKey offered = task->result().value();
        const KnownHosts pins(managedConfig().knownHostsPath());
        const Status check = pins.check(w.id(), offered);
        if (check.ok()) {
            then();
            return;
        }
        const bool changed = check.error().code != ErrorCode::NotFound;
        if (changed && (!replace || !pins.load())) { // --replace cannot mend a pin file it cannot read
            cli.finish(cli.fail(check.error()));
            return;
        }
        cli.note(tr("The host key of %1 is %2 %3.")
                     .arg(w.id(), algorithmDisplayName(offered.algorithm()), offered.fingerprint()));
        if (!yes && !askYesNo(changed ? tr("Replace the pinned key with this one?") : tr("Trust it and pin it?"))) {
            cli.finish(cli.fail(Error(ErrorCode::Cancelled,
                                      stdinIsTerminal() ? tr("Not trusted; nothing was changed.")
                                                        : tr("Not trusted: confirm with `keyport-cli trust %1 --yes` "
                                                             "after checking the fingerprint.")
                                                              .arg(w.id()))));
            return;
        }
        if (auto ok = pins.pin(w.id(), offered); !ok) {
            cli.finish(cli.fail(ok.error()));
            return;
        }
        cli.note(tr("Pinned %1 for %2 in %3.").arg(offered.fingerprint(), w.id(), pins.path()));
        // The pin makes the managed block strict.
        if (auto ok = writeManagedConfig(false); !ok) {
            cli.finish(cli.fail(ok.error()));
            return;
        }
        then();
    });
}

// Makes sure an encrypted key is in the agent (with a lifetime) before ssh needs it.
void ensureKeyInAgent(Cli &cli, const Workspace &w, std::function<void()> then)
{
    if (w.identityFile.isEmpty() || AgentClient().socket().isEmpty()) {
        then();
        return;
    }
    auto info = KeyStore().inspect(w.identityFile);
    if (!info || !info->encrypted || !info->publicKey) {
        then();
        return;
    }
    auto ids = AgentClient().list();
    if (ids)
        for (const auto &id : *ids)
            if (id.key == *info->publicKey) {
                then();
                return;
            }
    auto *unlock = new UnlockKeyJob(*info, terminalPrompt(), &cli);
    cli.after(unlock, [&cli, unlock, then](UnlockKeyJob *) {
        if (unlock->failed()) {
            cli.note(tr("note: %1; ssh will ask for the passphrase itself.").arg(unlock->error().message));
        } else {
            AgentConstraints c;
            c.lifetimeSeconds = kAgentLifetime;
            if (auto ok = AgentClient().add(unlock->key()->key, unlock->key()->comment, c); !ok)
                cli.note(tr("note: %1").arg(ok.error().message));
        }
        then();
    });
    unlock->start();
}

// `then` runs once the workspace is running (asking before starting it).
void ensureRunning(Cli &cli, SourceRegistry *registry, const Workspace &w, std::function<void(const Workspace &)> then)
{
    if (w.state != WorkspaceState::Stopped) {
        then(w);
        return;
    }
    if (!askYesNo(tr("%1 is stopped. Start it?").arg(w.id()))) {
        cli.finish(cli.fail(Error(ErrorCode::Cancelled,
                                  tr("%1 is stopped; start it with `keyport-cli workspaces start %1`.").arg(w.id()))));
        return;
    }
    Source *source = registry->find(w.source);
    Job *job = source->start(w);
    cli.note(tr("Starting %1…").arg(w.id()));
    cli.after(job, [&cli, registry, job, w, then](Job *) {
        if (job->failed()) {
            cli.finish(cli.fail(job->error()));
            return;
        }
        withWorkspace(cli, registry, w.id(), true, then);
    });
    job->start();
}

int workspacesList(Cli &cli, SourceRegistry *registry, const Args &args)
{
    const QString onlySource = args.value(QStringLiteral("source"));
    if (args.has(QStringLiteral("source")) && !registry->find(onlySource))
        return cli.fail(Error(ErrorCode::NotFound, tr("There is no source named %1.").arg(printable(onlySource, 60))));
    ListAllJob *job = registry->listAll(onlySource.isEmpty() ? QStringList() : QStringList { onlySource });
    cli.after(job, [&cli, job, args, registry](ListAllJob *) {
        QStringList listed;
        for (Source *s : registry->sources())
            if (!job->errors().contains(s->name()))
                listed << s->name();
        SourceRegistry::remember(listed, job->workspaces());
        const QString project = args.value(QStringLiteral("project")), tag = args.value(QStringLiteral("tag")),
                      state = args.value(QStringLiteral("state"));
        QList<Workspace> shown;
        for (const Workspace &w : job->workspaces()) {
            if ((!project.isEmpty() && w.project != project) || (!tag.isEmpty() && !w.tags.contains(tag))
                || (!state.isEmpty() && workspaceStateName(w.state) != state))
                continue;
            shown << w;
        }
        for (auto it = job->errors().cbegin(); it != job->errors().cend(); ++it)
            cli.note(QStringLiteral("keyport-cli: source %1: %2").arg(it.key(), it.value().oneLine()));
        if (args.has(QStringLiteral("json"))) {
            QJsonArray arr;
            for (const Workspace &w : shown)
                arr.append(w.toJson());
            cli.printJson(arr);
        } else {
            QString out;
            for (const Workspace &w : shown)
                out += QStringLiteral("%1  %2  %3  %4\n")
                           .arg(printable(w.id(), 60).leftJustified(28), workspaceStateName(w.state).leftJustified(8),
                                printable(w.project.isEmpty() ? QStringLiteral("-") : w.project, 30).leftJustified(12),
                                printable(w.tags.join(QLatin1Char(',')), 60));
            cli.out(out);
        }
        cli.finish(job->errors().isEmpty() ? kExitOk : kExitFailure);
    });
    return kPending;
}

int workspacesStartStop(Cli &cli, SourceRegistry *registry, const Args &args, bool start)
{
    withWorkspace(cli, registry, args.positional[0], true, [&cli, registry, start](const Workspace &w) {
        Source *source = registry->find(w.source);
        Job *job = start ? source->start(w) : source->stop(w);
        cli.after(job, [&cli, job, w, start](Job *) {
            if (job->failed()) {
                cli.finish(cli.fail(job->error()));
                return;
            }
            cli.out(start ? tr("Started %1.\n").arg(w.id()) : tr("Stopped %1.\n").arg(w.id()));
            cli.finish(kExitOk);
        });
        job->start();
    });
    return kPending;
}

int sandboxCommand(Cli &cli, const QString &sub, const Args &args)
{
    if (sub == QLatin1String("start")) {
        auto s = Sandbox::start(args.value(QStringLiteral("key")));
        if (!s)
            return cli.fail(s.error());
        cli.out(tr("The sandbox is running: local.sandbox on 127.0.0.1:%1, user %2, key %3.\n")
                    .arg(s->port)
                    .arg(s->user, s->keyPath));
    } else if (sub == QLatin1String("stop")) {
        if (auto ok = Sandbox::stop(); !ok)
            return cli.fail(ok.error());
        cli.out(tr("The sandbox is stopped.\n"));
    } else {
        const auto s = Sandbox::status();
        if (args.has(QStringLiteral("json"))) {
            cli.printJson(QJsonObject { { QStringLiteral("running"), s.running },
                                        { QStringLiteral("port"), s.running ? QJsonValue(s.port) : QJsonValue() },
                                        { QStringLiteral("user"), s.user },
                                        { QStringLiteral("key"), s.keyPath } });
        } else {
            cli.out(s.running ? tr("running on 127.0.0.1:%1\n").arg(s.port) : tr("stopped\n"));
        }
    }
    return kExitOk;
}

int sshConfigCommand(Cli &cli, SourceRegistry *registry, const Args &args)
{
    const ManagedSshConfig config = managedConfig();
    if (args.has(QStringLiteral("remove"))) {
        auto plan = config.planRemove();
        if (!plan)
            return cli.fail(plan.error());
        if (args.has(QStringLiteral("diff"))) {
            cli.out(ManagedSshConfig::diff(*plan));
            return kExitOk;
        }
        if (auto ok = config.apply(*plan); !ok)
            return cli.fail(ok.error());
        cli.out(tr("Removed the Include line from %1 and deleted %2.\n")
                    .arg(config.userConfigPath(), config.managedPath()));
        return kExitOk;
    }
    ListAllJob *job = registry->listAll();
    cli.after(job, [&cli, job, args, config, registry](ListAllJob *) {
        // A source that cannot be reached keeps its last known workspaces:
        // a server being down must not delete anyone's ssh config entries.
        QList<Workspace> all = job->workspaces();
        QStringList listed;
        for (Source *s : registry->sources()) {
            if (!job->errors().contains(s->name())) {
                listed << s->name();
                continue;
            }
            cli.note(tr("keyport-cli: source %1: %2 (keeping its last known workspaces)")
                         .arg(s->name(), job->errors().value(s->name()).message));
            for (const Workspace &w : SourceRegistry::cached())
                if (w.source == s->name())
                    all << w;
        }
        SourceRegistry::remember(listed, job->workspaces());
        auto plan = config.planWrite(all);
        if (!plan) {
            cli.finish(cli.fail(plan.error()));
            return;
        }
        for (const QString &w : plan->warnings)
            cli.note(QStringLiteral("warning: %1").arg(w));
        if (args.has(QStringLiteral("diff"))) {
            cli.out(ManagedSshConfig::diff(*plan));
            cli.finish(kExitOk);
            return;
        }
        if (auto ok = config.apply(*plan); !ok) {
            cli.finish(cli.fail(ok.error()));
            return;
        }
        cli.out(plan->isNoop()
                    ? tr("%1 is up to date.\n").arg(config.managedPath())
                    : tr("Wrote %1 (included from %2).\n").arg(config.managedPath(), config.userConfigPath()));
        cli.finish(kExitOk);
    });
    return kPending;
}

int trustCommand(Cli &cli, SourceRegistry *registry, const Args &args)
{
    const bool yes = args.has(QStringLiteral("yes")), replace = args.has(QStringLiteral("replace"));
    withWorkspace(cli, registry, args.positional[0], false, [&cli, registry, yes, replace](const Workspace &w) {
        if (!w.existingAlias.isEmpty()) {
            cli.finish(cli.fail(Error(
                ErrorCode::Unsupported,
                tr("%1 comes from your own ssh config; ssh checks its host key in your known_hosts.").arg(w.id()))));
            return;
        }
        preflight(cli, registry, w, [&cli, w, yes, replace] {
            ensureTrust(cli, w, yes, replace, [&cli, w] {
                cli.out(tr("%1 is trusted.\n").arg(w.id()));
                cli.finish(kExitOk);
            });
        });
    });
    return kPending;
}

[[noreturn]] void execSsh(const QStringList &argv)
{
    std::fflush(stdout);
    std::fflush(stderr);
#ifndef Q_OS_WIN
    QList<QByteArray> bytes;
    for (const QString &a : argv)
        bytes << a.toLocal8Bit();
    std::vector<char *> cargv;
    for (QByteArray &b : bytes)
        cargv.push_back(b.data());
    cargv.push_back(nullptr);
    ::execvp(cargv[0], cargv.data());
    std::fprintf(stderr, "keyport-cli: cannot run ssh: %s\n", std::strerror(errno));
    std::_Exit(kExitFailure);
#else
    std::_Exit(QProcess::execute(argv.first(), argv.mid(1)));
#endif
}

int connectCommand(Cli &cli, SourceRegistry *registry, const Args &args)
{
    const QString user = args.value(QStringLiteral("user"));
    if (args.has(QStringLiteral("user"))
        && (user.isEmpty() || !validateConfigValue(QString(), QStringLiteral("user"), user)))
        return cli.usage(tr("--user needs a plain user name."), QString());
    const bool forwardAgent = args.has(QStringLiteral("agent-forwarding"));
    const QStringList command = args.rest;
    withWorkspace(
        cli, registry, args.positional[0], true, [&cli, registry, user, forwardAgent, command](const Workspace &found) {
            ensureRunning(cli, registry, found, [&cli, registry, user, forwardAgent, command](const Workspace &w) {
                ensureKeyInAgent(cli, w, [&cli, registry, w, user, forwardAgent, command] {
                    auto run = [w, user, forwardAgent, command, &cli] {
                        cli.note(tr("Connecting to %1…").arg(w.id()));
                        execSsh(sshcommand::sshArgv(w, cliPath(), { user, forwardAgent }) + command);
                    };
                    if (!w.existingAlias.isEmpty()) {
                        run();
                        return;
                    }
                    if (auto ok = writeManagedConfig(false); !ok) {
                        cli.finish(cli.fail(ok.error()));
                        return;
                    }
                    preflight(cli, registry, w, [&cli, w, run] { ensureTrust(cli, w, false, false, run); });
                });
            });
        });
    return kPending;
}

int openCommand(Cli &cli, SourceRegistry *registry, const Args &args)
{
    auto editor = findEditor(args.value(QStringLiteral("editor")));
    if (!editor)
        return editor.error().code == ErrorCode::InvalidArgument ? cli.usage(editor.error().message, QString())
                                                                 : cli.fail(editor.error());
    const QString path = args.value(QStringLiteral("path"));
    const QString editorPath = *editor;
    withWorkspace(cli, registry, args.positional[0], true, [&cli, registry, editorPath, path](const Workspace &found) {
        ensureRunning(cli, registry, found, [&cli, registry, editorPath, path](const Workspace &w) {
            auto launch = [&cli, w, editorPath, path] {
                if (auto ok = launchDetached(editorCommand(editorPath, w.sshAlias(), path)); !ok) {
                    cli.finish(cli.fail(ok.error()));
                    return;
                }
                cli.out(tr("Opening %1 in %2.\n").arg(w.sshAlias(), QFileInfo(editorPath).fileName()));
                cli.finish(kExitOk);
            };
            if (!w.existingAlias.isEmpty()) {
                launch();
                return;
            }
            // Editors read ~/.ssh/config: it must include ours for the alias to exist.
            const bool wasIncluded = managedConfig().isIncluded();
            if (auto ok = writeManagedConfig(true); !ok) {
                cli.finish(cli.fail(ok.error()));
                return;
            }
            if (!wasIncluded)
                cli.note(tr("Added `%1` to %2 so the editor finds %3 (undo: keyport-cli ssh-config --remove).")
                             .arg(managedConfig().includeLine(), managedConfig().userConfigPath(), w.sshAlias()));
            preflight(cli, registry, w, [&cli, w, launch] { ensureTrust(cli, w, false, false, launch); });
        });
    });
    return kPending;
}

int forwardCommand(Cli &cli, SourceRegistry *registry, const Args &args)
{
    withWorkspace(cli, registry, args.positional[0], false, [&cli, registry](const Workspace &w) {
        Source *source = registry->find(w.source);
        ByteStream *upstream = source ? source->openStream(w, &cli) : nullptr;
        if (!upstream) {
            cli.finish(cli.fail(Error(ErrorCode::Unsupported, tr("Keyport cannot open a tunnel to %1.").arg(w.id()))));
            return;
        }
        auto *stdio = new StdioStream(&cli);
        auto *relay = new Relay(stdio, upstream, &cli);
        stdio->setReadPaused(true);
        QObject::connect(upstream, &ByteStream::opened, stdio, [stdio] { stdio->open(); });
        QObject::connect(relay, &Relay::finished, &cli,
                         [&cli](const Error &e) { cli.finish(e.isError() ? cli.fail(e) : kExitOk); });
        upstream->open();
    });
    return kPending;
}

int proxyCommand(Cli &cli, SourceRegistry *registry, const Args &args)
{
    QHostAddress bind(QHostAddress::LocalHost);
    if (args.has(QStringLiteral("bind")))
        if (auto ok = validateLoopbackBind(args.value(QStringLiteral("bind")), &bind); !ok)
            return cli.usage(ok.error().message,
                             QStringLiteral("keyport-cli proxy WORKSPACE [--port N] [--bind 127.x.y.z]"));
    bool portOk = true;
    const int port = args.has(QStringLiteral("port")) ? args.value(QStringLiteral("port")).toInt(&portOk) : 0;
    if (!portOk || port < 0 || port > 65535)
        return cli.usage(tr("--port takes a port number."), QString());
    withWorkspace(cli, registry, args.positional[0], true, [&cli, registry, bind, port](const Workspace &w) {
        Source *source = registry->find(w.source);
        auto *server = new ProxyServer([source, w](QObject *parent) { return source->openStream(w, parent); }, &cli);
        if (auto ok = server->listen(bind, quint16(port)); !ok) {
            cli.finish(cli.fail(ok.error()));
            return;
        }
        const auto c = sshcommand::proxyCommands(w, server->address().toString(), server->port(),
                                                 managedConfig().knownHostsPath());
        cli.out(tr("SSH proxy for %1 started on endpoint %2:%3, stop with Ctrl+C\n")
                    .arg(w.id(), server->address().toString())
                    .arg(server->port())
                + QStringLiteral("  ssh:   %1\n  sftp:  %2\n  scp:   %3\n  rsync: %4\n")
                      .arg(c.ssh, c.sftp, c.scp, c.rsync));
        QObject::connect(server, &ProxyServer::connectionFinished, &cli, [&cli](const Error &e) {
            if (e.isError())
                cli.note(QStringLiteral("keyport-cli: %1").arg(e.oneLine()));
        });
    });
    return kPending;
}

int workspacesSet(Cli &cli, const Args &args)
{
    const QString id = args.positional[0];
    if (hasControlCharacters(id) || !id.contains(QLatin1Char('.')))
        return cli.usage(tr("\"%1\" is not a workspace name (<source>.<name>).").arg(printable(id, 80)), QString());
    WorkspaceOverride change;
    if (args.has(QStringLiteral("key"))) {
        auto key = KeyStore().find(args.value(QStringLiteral("key")));
        if (!key)
            return cli.fail(key.error());
        change.identityFile = key->path;
    }
    if (args.has(QStringLiteral("no-key")))
        change.identityFile = QString();
    if (args.has(QStringLiteral("agent-forwarding"))) {
        const QString v = args.value(QStringLiteral("agent-forwarding"));
        if (v != QLatin1String("on") && v != QLatin1String("off"))
            return cli.usage(tr("--agent-forwarding takes on or off."), QString());
        change.agentForwarding = v == QLatin1String("on");
    }
    if (args.has(QStringLiteral("user")))
        change.user = args.value(QStringLiteral("user"));
    if (auto ok = workspacesettings::setOverride(id, change); !ok)
        return cli.fail(ok.error());
    if (change.agentForwarding.value_or(false))
        cli.note(
            tr("warning: agent forwarding lets root on %1 use your agent's keys while you are connected.").arg(id));
    cli.out(tr("Saved settings for %1; run `keyport-cli ssh-config` to update the ssh config.\n").arg(id));
    return kExitOk;
}

int hostsCommand(Cli &cli, const QString &sub, const Args &args)
{
    if (sub == QLatin1String("add")) {
        UserHost h;
        h.name = args.positional.value(0);
        h.host = args.value(QStringLiteral("host"));
        if (h.host.isEmpty())
            return cli.usage(tr("--host is required."), QString());
        bool ok = true;
        const int port = args.has(QStringLiteral("port")) ? args.value(QStringLiteral("port")).toInt(&ok) : 22;
        if (!ok || port < 1 || port > 65535)
            return cli.usage(tr("--port takes a port number."), QString());
        h.port = quint16(port);
        h.user = args.value(QStringLiteral("user"));
        h.project = args.value(QStringLiteral("project"));
        h.tags = args.value(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (args.has(QStringLiteral("key"))) {
            auto key = KeyStore().find(args.value(QStringLiteral("key")));
            if (!key)
                return cli.fail(key.error());
            h.identityFile = key->path;
        }
        if (auto s = workspacesettings::addHost(h); !s)
            return cli.fail(s.error());
        cli.out(tr("Added ssh.%1 (%2:%3).\n").arg(h.name, h.host).arg(h.port));
    } else if (sub == QLatin1String("remove")) {
        if (auto s = workspacesettings::removeHost(args.positional.value(0)); !s)
            return cli.fail(s.error());
        cli.out(tr("Removed ssh.%1.\n").arg(args.positional.value(0)));
    } else {
        QJsonArray arr;
        for (const UserHost &h : workspacesettings::hosts())
            arr.append(h.toJson());
        if (args.has(QStringLiteral("json"))) {
            cli.printJson(arr);
        } else {
            for (const auto &v : arr)
                cli.out(QStringLiteral("%1  %2:%3  %4\n")
                            .arg(v[QStringLiteral("id")].toString(), v[QStringLiteral("host")].toString())
                            .arg(v[QStringLiteral("port")].toInt())
                            .arg(v[QStringLiteral("project")].toString()));
        }
    }
    return kExitOk;
}

} // namespace

int runWorkspaceCommand(Cli &cli, const QString &command, const QStringList &argv)
{
    auto *registry = new SourceRegistry(&cli);
    auto parse = [&](const ArgSpec &spec, const QString &synopsis) -> std::optional<Args> {
        auto a = parseArgs(argv, spec);
        if (!a) {
            cli.usage(a.error().message, synopsis);
            return std::nullopt;
        }
        return *a;
    };
    if (command == QLatin1String("workspaces")) {
        const QString synopsis = QStringLiteral("keyport-cli workspaces list [--json] [--source S] [--project P] "
                                                "[--tag T] [--state S] | start|stop WORKSPACE");
        const QString sub = argv.value(0);
        if (sub == QLatin1String("list")) {
            auto a = parseArgs(argv.mid(1), { { QStringLiteral("json") },
                                              { QStringLiteral("source"), QStringLiteral("project"),
                                                QStringLiteral("tag"), QStringLiteral("state") },
                                              0,
                                              0 });
            return a ? workspacesList(cli, registry, *a) : cli.usage(a.error().message, synopsis);
        }
        if (sub == QLatin1String("set")) {
            auto a = parseArgs(argv.mid(1),
                               { { QStringLiteral("no-key") },
                                 { QStringLiteral("key"), QStringLiteral("agent-forwarding"), QStringLiteral("user") },
                                 1,
                                 1 });
            return a ? workspacesSet(cli, *a) : cli.usage(a.error().message, synopsis);
        }
        if (sub == QLatin1String("start") || sub == QLatin1String("stop")) {
            auto a = parseArgs(argv.mid(1), { {}, {}, 1, 1 });
            return a ? workspacesStartStop(cli, registry, *a, sub == QLatin1String("start"))
                     : cli.usage(a.error().message, synopsis);
        }
        return cli.usage(tr("Unknown workspaces command."), synopsis);
    }
    if (command == QLatin1String("hosts")) {
        const QString synopsis =
            QStringLiteral("keyport-cli hosts add NAME --host H [--port N] [--user U] [--key NAME] "
                           "[--project P] [--tags a,b] | remove NAME | list [--json]");
        const QString sub = argv.value(0);
        const bool named = sub == QLatin1String("add") || sub == QLatin1String("remove");
        if (!named && sub != QLatin1String("list"))
            return cli.usage(tr("Unknown hosts command."), synopsis);
        auto a = parseArgs(argv.mid(1), { { QStringLiteral("json") },
                                          { QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("user"),
                                            QStringLiteral("key"), QStringLiteral("project"), QStringLiteral("tags") },
                                          named ? 1 : 0,
                                          named ? 1 : 0 });
        return a ? hostsCommand(cli, sub, *a) : cli.usage(a.error().message, synopsis);
    }
    if (command == QLatin1String("sandbox")) {
        const QString synopsis = QStringLiteral("keyport-cli sandbox start [--key NAME] | stop | status [--json]");
        const QString sub = argv.value(0);
        if (sub != QLatin1String("start") && sub != QLatin1String("stop") && sub != QLatin1String("status"))
            return cli.usage(tr("Unknown sandbox command."), synopsis);
        auto a = parseArgs(argv.mid(1), { { QStringLiteral("json") }, { QStringLiteral("key") }, 0, 0 });
        return a ? sandboxCommand(cli, sub, *a) : cli.usage(a.error().message, synopsis);
    }
    if (command == QLatin1String("ssh-config")) {
        auto a = parse({ { QStringLiteral("diff"), QStringLiteral("remove") }, {}, 0, 0 },
                       QStringLiteral("keyport-cli ssh-config [--diff] [--remove]"));
        return a ? sshConfigCommand(cli, registry, *a) : kExitUsage;
    }
    if (command == QLatin1String("trust")) {
        auto a = parse({ { QStringLiteral("yes"), QStringLiteral("replace") }, {}, 1, 1 },
                       QStringLiteral("keyport-cli trust WORKSPACE [--yes] [--replace]"));
        return a ? trustCommand(cli, registry, *a) : kExitUsage;
    }
    if (command == QLatin1String("connect")) {
        auto a = parse({ { QStringLiteral("agent-forwarding") }, { QStringLiteral("user") }, 1, 1 },
                       QStringLiteral("keyport-cli connect WORKSPACE [--user U] [--agent-forwarding] [-- COMMAND]"));
        return a ? connectCommand(cli, registry, *a) : kExitUsage;
    }
    if (command == QLatin1String("open")) {
        auto a = parse({ {}, { QStringLiteral("editor"), QStringLiteral("path") }, 1, 1 },
                       QStringLiteral("keyport-cli open WORKSPACE --editor code|cursor|codium [--path P]"));
        if (a && !a->has(QStringLiteral("editor")))
            return cli.usage(tr("--editor is required."),
                             QStringLiteral("keyport-cli open WORKSPACE --editor code|cursor|codium [--path P]"));
        return a ? openCommand(cli, registry, *a) : kExitUsage;
    }
    if (command == QLatin1String("forward")) {
        auto a = parse({ {}, {}, 1, 1 }, QStringLiteral("keyport-cli forward WORKSPACE"));
        return a ? forwardCommand(cli, registry, *a) : kExitUsage;
    }
    if (command == QLatin1String("proxy")) {
        auto a = parse({ {}, { QStringLiteral("port"), QStringLiteral("bind") }, 1, 1 },
                       QStringLiteral("keyport-cli proxy WORKSPACE [--port N] [--bind 127.x.y.z]"));
        return a ? proxyCommand(cli, registry, *a) : kExitUsage;
    }
    return cli.usage(tr("Unknown command \"%1\".").arg(printable(command, 40)), QStringLiteral("keyport-cli --help"));
}

} // namespace keyport::cli
