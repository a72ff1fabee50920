// keyport-cli workspaces | hosts | sandbox | ssh-config | trust | connect |
// open | forward | proxy: parse, call core, print.
#include "args.h"
#include "cli.h"
#include "clilaunch.h"
#include "cliquestions.h"

#include "common/paths.h"
#include "common/text.h"
#include "identity/keystore.h"
#include "launch/certificatejob.h"
#include "launch/launcher.h"
#include "launch/launchjob.h"
#include "launch/sshcommand.h"
#include "launch/sshconfigjob.h"
#include "model/validation.h"
#include "model/workspacefilter.h"
#include "proxy/proxymanager.h"
#include "sources/sandbox/sandbox.h"
#include "sshconfig/managedconfig.h"
#include "transport/stream.h"
#include "workspace/registry.h"
#include "workspace/workspacejobs.h"
#include "workspace/workspacesettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace keyport::cli {

QString cliPath()
{
    return QCoreApplication::applicationFilePath();
}

namespace {

int workspacesList(Cli &cli, SourceRegistry *registry, const Args &args)
{
    const QString onlySource = args.value(QStringLiteral("source"));
    if (args.has(QStringLiteral("source")) && !registry->find(onlySource))
        return cli.fail(Error(ErrorCode::NotFound, tr("There is no source named %1.").arg(printable(onlySource, 60))));
    // The same filter as the app's search field.
    WorkspaceFilter filter;
    if (args.has(QStringLiteral("project")))
        filter.projects << args.value(QStringLiteral("project"));
    if (args.has(QStringLiteral("tag")))
        filter.tags << args.value(QStringLiteral("tag"));
    if (args.has(QStringLiteral("state")))
        filter.states << args.value(QStringLiteral("state"));
    ListAllJob *job = registry->listAll(onlySource.isEmpty() ? QStringList() : QStringList { onlySource });
    startJob(job, &cli, [&cli, args, filter](ListAllJob *listing) {
        if (listing->failed()) {
            cli.finish(cli.fail(listing->error()));
            return;
        }
        QList<Workspace> shown;
        for (const Workspace &w : listing->workspaces())
            if (filter.matches(w))
                shown << w;
        for (auto it = listing->errors().cbegin(); it != listing->errors().cend(); ++it)
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
        cli.finish(listing->errors().isEmpty() ? kExitOk : kExitFailure);
    });
    return kPending;
}

int workspacesStartStop(Cli &cli, SourceRegistry *registry, const Args &args, bool start)
{
    auto *find = new FindWorkspaceJob(registry, args.positional[0], true, &cli);
    startJob(find, &cli, [&cli, registry, start](FindWorkspaceJob *found) {
        if (found->failed()) {
            cli.finish(cli.fail(found->error()));
            return;
        }
        auto *power =
            new PowerJob(registry, found->value(), start ? PowerJob::Action::Start : PowerJob::Action::Stop, &cli);
        QObject::connect(power, &Job::progress, &cli, [&cli](const QString &what) {
            if (!what.isEmpty())
                cli.note(what);
        });
        cli.report(power, [start](PowerJob *done) {
            return start ? tr("Started %1.\n").arg(done->value().id()) : tr("Stopped %1.\n").arg(done->value().id());
        });
    });
    return kPending;
}

int sandboxCommand(Cli &cli, const QString &sub, const Args &args)
{
    if (sub == QLatin1String("start")) {
        // No key to authorize: a person at the terminal is asked; a script is told how.
        const bool own = args.has(QStringLiteral("own-key"));
        auto *job = new StartSandboxJob(
            args.value(QStringLiteral("key")),
            [own](StartSandboxJob::Answer answer) {
                answer(own
                       || askYesNo(tr("There is no SSH key in ~/.ssh. Make one for the sandbox alone (kept in %1, "
                                      "not in ~/.ssh)?")
                                       .arg(Sandbox::dir())));
            },
            &cli);
        return cli.report(job, [](StartSandboxJob *started) {
            const Sandbox::State &s = started->value();
            return tr("The sandbox is running: local.sandbox on 127.0.0.1:%1, user %2, key %3.\n")
                .arg(s.port)
                .arg(s.user, s.keyPath);
        });
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
    SshConfigJob::Options options;
    options.cliPath = cliPath();
    options.remove = args.has(QStringLiteral("remove"));
    options.include = true;
    options.refresh = true;
    options.dryRun = args.has(QStringLiteral("diff"));
    startJob(new SshConfigJob(registry, options, &cli), &cli, [&cli, options](SshConfigJob *job) {
        for (auto it = job->sourceErrors().cbegin(); it != job->sourceErrors().cend(); ++it)
            cli.note(
                tr("keyport-cli: source %1: %2 (keeping its last known workspaces)").arg(it.key(), it.value().message));
        if (job->failed()) {
            cli.finish(cli.fail(job->error()));
            return;
        }
        for (const QString &w : job->warnings())
            cli.note(QStringLiteral("warning: %1").arg(w));
        if (options.dryRun)
            cli.out(job->diff());
        else if (options.remove)
            cli.out(tr("Removed the Include line from %1 and deleted %2.\n")
                        .arg(job->userConfigPath(), job->managedPath()));
        else
            cli.out(job->plan().isNoop()
                        ? tr("%1 is up to date.\n").arg(job->managedPath())
                        : tr("Wrote %1 (included from %2).\n").arg(job->managedPath(), job->userConfigPath()));
        cli.finish(kExitOk);
    });
    return kPending;
}

int trustCommand(Cli &cli, SourceRegistry *registry, const Args &args)
{
    LaunchRequest request;
    request.action = LaunchRequest::Action::Trust;
    request.workspaceId = args.positional[0];
    request.refresh = false;
    request.replaceChangedHostKey = args.has(QStringLiteral("replace"));
    launch<LaunchJob>(cli, registry, request, args.has(QStringLiteral("yes")), [&cli](LaunchJob *job) {
        cli.out(tr("%1 is trusted.\n").arg(job->workspace().id()));
        cli.finish(kExitOk);
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
    LaunchRequest request;
    request.action = LaunchRequest::Action::Shell;
    request.workspaceId = args.positional[0];
    request.user = args.value(QStringLiteral("user"));
    if (args.has(QStringLiteral("user"))
        && (request.user.isEmpty() || !validateConfigValue(QString(), QStringLiteral("user"), request.user)))
        return cli.usage(tr("--user needs a plain user name."), QString());
    request.forwardAgent = args.has(QStringLiteral("agent-forwarding"));
    request.command = args.rest;
    launch<LaunchJob>(cli, registry, request, args.has(QStringLiteral("yes")), [&cli, registry](LaunchJob *job) {
        cli.note(tr("Connecting to %1…").arg(job->workspace().id()));
        const QStringList argv = job->sshArgv();
        // exec ends no object: the sources end what they run first (a
        // platform CLI the launch's checks started, and its files).
        delete registry;
        execSsh(argv);
    });
    return kPending;
}

int openCommand(Cli &cli, SourceRegistry *registry, const Args &args)
{
    LaunchRequest request;
    request.action = LaunchRequest::Action::Editor;
    request.workspaceId = args.positional[0];
    request.editor = args.value(QStringLiteral("editor"));
    request.path = args.value(QStringLiteral("path"));
    if (!knownEditors().contains(request.editor))
        return cli.usage(tr("Unknown editor \"%1\": use code, cursor or codium.").arg(printable(request.editor, 40)),
                         QString());
    launch<LaunchJob>(cli, registry, request, args.has(QStringLiteral("yes")), [&cli](LaunchJob *job) {
        cli.out(tr("Opening %1 in %2.\n").arg(job->workspace().sshAlias(), job->request().editor));
        cli.finish(kExitOk);
    });
    return kPending;
}

// For what OpenSSH runs (ProxyCommand, Match exec): no questions, the cache
// is enough. `then` runs with the workspace; a failure ends the command.
void withCachedWorkspace(Cli &cli, SourceRegistry *registry, const QString &id,
                         std::function<void(const Workspace &)> then)
{
    startJob(new FindWorkspaceJob(registry, id, false, &cli), &cli, [&cli, then](FindWorkspaceJob *found) {
        if (found->failed())
            cli.finish(cli.fail(found->error()));
        else
            then(found->value());
    });
}

int forwardCommand(Cli &cli, SourceRegistry *registry, const Args &args)
{
    cli.finishOnSignals();
    withCachedWorkspace(cli, registry, args.positional[0], [&cli, registry](const Workspace &w) {
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

// What the managed config's `Match exec` runs before ssh loads a
// certificate: a fresh one when less than a minute is left. No questions
// (ssh may have no terminal); a failure goes to stderr, which ssh shows.
int certificateCommand(Cli &cli, SourceRegistry *registry, const Args &args)
{
    withCachedWorkspace(cli, registry, args.positional[0], [&cli, registry](const Workspace &w) {
        auto *job = new CertificateJob(registry, w, &cli);
        if (auto settings = AppSettings::load())
            job->setLoadIntoAgent(*settings);
        startJob(job, &cli, [&cli](CertificateJob *done) {
            if (done->failed()) {
                cli.finish(cli.fail(done->error()));
                return;
            }
            for (const QString &n : done->notes())
                cli.note(n);
            const Certificate &c = *done->key().certificate;
            cli.out(tr("%1: certificate %2 for %3, valid until %4%5.\n")
                        .arg(done->key().certificatePath())
                        .arg(c.serial)
                        .arg(c.principals.join(QLatin1Char(',')), c.validBefore.toLocalTime().toString(Qt::ISODate),
                             done->issued() ? tr(" (new)") : QString()));
            cli.finish(kExitOk);
        });
    });
    return kPending;
}

int proxyCommand(Cli &cli, SourceRegistry *registry, const Args &args)
{
    LaunchRequest request;
    request.action = LaunchRequest::Action::Proxy;
    request.workspaceId = args.positional[0];
    if (args.has(QStringLiteral("bind")))
        if (auto ok = validateLoopbackBind(args.value(QStringLiteral("bind")), &request.bind); !ok)
            return cli.usage(
                ok.error().message,
                QStringLiteral("keyport-cli proxy WORKSPACE [--port N] [--bind 127.x.y.z] [--pinned] [--yes]"));
    bool portOk = true;
    const int port = args.has(QStringLiteral("port")) ? args.value(QStringLiteral("port")).toInt(&portOk) : 0;
    if (!portOk || port < 0 || port > 65535)
        return cli.usage(tr("--port takes a port number."), QString());
    request.port = quint16(port);
    request.proxies = new ProxyManager(registry, &cli);
    cli.finishOnSignals(); // Ctrl+C stops the port and what it runs
    QObject::connect(request.proxies, &ProxyManager::connectionFailed, &cli, [&cli](const QString &, const Error &e) {
        cli.note(QStringLiteral("keyport-cli: %1").arg(e.oneLine()));
    });
    // As short as a person types them, as the app shows them; --pinned is
    // the app's "with Keyport's known_hosts": the workspace's key and pin.
    const bool pinned = args.has(QStringLiteral("pinned"));
    launch<LaunchJob>(cli, registry, request, args.has(QStringLiteral("yes")), [&cli, pinned](LaunchJob *job) {
        const ProxyManager::Running &p = *job->proxy();
        const auto c = sshcommand::proxyCommands(job->workspace(), p.server->address().toString(), p.server->port(),
                                                 pinned ? ManagedSshConfig(cliPath()).knownHostsPath() : QString());
        cli.out(
            tr("SSH proxy for %1 started on endpoint %2, stop with Ctrl+C\n").arg(job->workspace().id(), p.endpoint())
            + QStringLiteral("  ssh:   %1\n  sftp:  %2\n  scp:   %3\n  rsync: %4\n").arg(c.ssh, c.sftp, c.scp, c.rsync)
            + (pinned ? tr("These check the host key Keyport pinned for %1 and offer its key.\n")
                            .arg(job->workspace().id())
                      : tr("ssh asks about the host key on first use; --pinned prints these with the key Keyport "
                           "pinned and the workspace's key.\n")));
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
        auto hosts = workspacesettings::hosts();
        if (!hosts)
            return cli.fail(hosts.error());
        QJsonArray arr;
        for (const UserHost &h : *hosts)
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
    // A sources.json that cannot be read is named before anything that needs the sources.
    const QStringList needSources {
        QStringLiteral("workspaces"), QStringLiteral("ssh-config"), QStringLiteral("trust"),
        QStringLiteral("connect"),    QStringLiteral("open"),       QStringLiteral("proxy")
    };
    if (registry->loadError().isError() && needSources.contains(command))
        return cli.fail(registry->loadError());
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
        const QString synopsis =
            QStringLiteral("keyport-cli sandbox start [--key NAME | --own-key] | stop | status [--json]");
        const QString sub = argv.value(0);
        if (sub != QLatin1String("start") && sub != QLatin1String("stop") && sub != QLatin1String("status"))
            return cli.usage(tr("Unknown sandbox command."), synopsis);
        auto a = parseArgs(argv.mid(1),
                           { { QStringLiteral("json"), QStringLiteral("own-key") }, { QStringLiteral("key") }, 0, 0 });
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
        auto a =
            parse({ { QStringLiteral("agent-forwarding"), QStringLiteral("yes") }, { QStringLiteral("user") }, 1, 1 },
                  QStringLiteral("keyport-cli connect WORKSPACE [--user U] [--agent-forwarding] [--yes] "
                                 "[-- COMMAND]"));
        return a ? connectCommand(cli, registry, *a) : kExitUsage;
    }
    if (command == QLatin1String("open")) {
        const QString synopsis =
            QStringLiteral("keyport-cli open WORKSPACE --editor code|cursor|codium [--path P] [--yes]");
        auto a =
            parse({ { QStringLiteral("yes") }, { QStringLiteral("editor"), QStringLiteral("path") }, 1, 1 }, synopsis);
        if (a && !a->has(QStringLiteral("editor")))
            return cli.usage(tr("--editor is required."), synopsis);
        return a ? openCommand(cli, registry, *a) : kExitUsage;
    }
    if (command == QLatin1String("forward")) {
        auto a = parse({ {}, {}, 1, 1 }, QStringLiteral("keyport-cli forward WORKSPACE"));
        return a ? forwardCommand(cli, registry, *a) : kExitUsage;
    }
    if (command == QLatin1String("certificate")) {
        auto a = parse({ {}, {}, 1, 1 }, QStringLiteral("keyport-cli certificate WORKSPACE"));
        return a ? certificateCommand(cli, registry, *a) : kExitUsage;
    }
    if (command == QLatin1String("proxy")) {
        auto a = parse({ { QStringLiteral("yes"), QStringLiteral("pinned") },
                         { QStringLiteral("port"), QStringLiteral("bind") },
                         1,
                         1 },
                       QStringLiteral("keyport-cli proxy WORKSPACE [--port N] [--bind 127.x.y.z] [--pinned] [--yes]"));
        return a ? proxyCommand(cli, registry, *a) : kExitUsage;
    }
    return cli.usage(tr("Unknown command \"%1\".").arg(printable(command, 40)), QStringLiteral("keyport-cli --help"));
}

} // namespace keyport::cli
