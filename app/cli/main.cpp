// keyport-cli: the command line over keyport_core.
#include "cli.h"

#include "common/text.h"
#include "common/versions.h"

#include <QCoreApplication>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

const char kUsage[] = "usage: keyport-cli [--version] [--help] COMMAND ...\n"
                      "\n"
                      "  keys list [--json]                 the private keys in ~/.ssh\n"
                      "  keys show NAME [--json]            one key, its certificate and keychain state\n"
                      "  keys generate NAME [--type ed25519|ecdsa|rsa] [--bits N] [--comment TEXT]\n"
                      "                     [--passphrase-stdin | --no-passphrase] [--remember]\n"
                      "  keys import PATH                   copy a key (and .pub, -cert.pub) into ~/.ssh\n"
                      "  keys passphrase NAME               change the passphrase\n"
                      "  keys remember NAME | forget NAME   store / remove the passphrase in the OS keychain\n"
                      "  keys delete NAME --yes             delete the key, its .pub and certificate\n"
                      "  keys register NAME --source S      register the public key with a source\n"
                      "  keys registered --source S [--json]   the keys a source knows\n"
                      "  keys unregister FINGERPRINT --source S [--yes]   remove one from the source\n"
                      "  agent list [--json]                the keys in ssh-agent\n"
                      "  agent add NAME [--lifetime SECONDS] [--confirm]\n"
                      "  agent remove NAME | clear | lock | unlock\n"
                      "  sources add knot NAME --url URL --token-stdin [--insecure]\n"
                      "  sources add jupyterhub NAME --url URL --user HUBUSER --token-stdin [--login-user U]\n"
                      "  sources add northflank NAME --token-stdin [--url URL] [--team TEAM]\n"
                      "  sources add spaces NAME --url URL --email EMAIL --auth-key-stdin [--ssh-host HOST]\n"
                      "                     [--ssh-port PORT] [--login-user USER] [--cert-ttl DURATION]\n"
                      "  sources login NAME --auth-key-stdin   a new auth key for a spaces source\n"
                      "  sources list [--json] | remove NAME | import-knot [PATH] | import-spaces [PATH]\n"
                      "          | import-northflank [PATH] [--remove-token | --keep-token]\n"
                      "  identities list [--source S] [--json] | remove NAME [--source S]\n"
                      "  identities add NAME --key KEY [--source S] [--project P]... [--tag T]... [--match-all-tags]\n"
                      "  identities explain WORKSPACE [--json]   why can't I log in?\n"
                      "  workspaces list [--json] [--source S] [--project P] [--tag T] [--state S]\n"
                      "  workspaces start|stop WORKSPACE\n"
                      "  workspaces set WORKSPACE [--key NAME | --no-key] [--agent-forwarding on|off] [--user U]\n"
                      "  hosts add NAME --host H [--port N] [--user U] [--key NAME] [--project P] [--tags a,b]\n"
                      "  hosts remove NAME | list [--json]\n"
                      "  sandbox start [--key NAME] | stop | status [--json]\n"
                      "  ssh-config [--diff] [--remove]     write ~/.ssh/keyport/config and include it\n"
                      "  trust WORKSPACE [--yes] [--replace]  pin the workspace's host key\n"
                      "  connect WORKSPACE [--user U] [--agent-forwarding] [-- COMMAND]\n"
                      "  open WORKSPACE --editor code|cursor|codium [--path P]\n"
                      "  forward WORKSPACE                  stdin/stdout to the workspace's sshd (ProxyCommand)\n"
                      "  certificate WORKSPACE              a fresh certificate when under a minute is left\n"
                      "  proxy WORKSPACE [--port N] [--bind 127.x.y.z]   a local SSH proxy port\n"
                      "  ls WORKSPACE:PATH [--json] [-a]    list a folder on a workspace (PATH under its home)\n"
                      "  cp [-r] [--resume] [--preserve] SRC... DST   copy files to or from WORKSPACE:PATH\n"
                      "\n"
                      "Secrets are read from the terminal without echo, or from stdin when it is not a terminal.\n"
                      "Exit status: 0 success, 1 failure, 2 usage error. See docs/cli.md.\n";

} // namespace

int main(int argc, char **argv)
{
    // --version answers before any Qt start-up: it is what scripts call most.
    if (argc == 2 && std::strcmp(argv[1], "--version") == 0) {
        std::fputs("keyport-cli " KEYPORT_VERSION "\n", stdout);
        return 0;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("keyport"));
    QCoreApplication::setApplicationName(QStringLiteral("keyport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYPORT_VERSION));

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        std::fputs(kUsage, args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? keyport::cli::kExitUsage : 0;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("version")) {
        const auto v = keyport::runtimeVersions();
        std::printf("keyport-cli %s\nQt %s, libssh %s, OpenSSL %s\n", qPrintable(v.keyport), qPrintable(v.qt),
                    qPrintable(v.libssh), qPrintable(v.openssl));
        return 0;
    }

    // The CLI speaks English; its catalogue holds the plurals ("1 key", not "1 key(s)").
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/keyport_en.qm")))
        QCoreApplication::installTranslator(&plurals);

    keyport::cli::Cli cli;
    const QString command = args.takeFirst();
    int code = keyport::cli::kPending;
    QTimer::singleShot(0, &cli, [&] {
        if (command == QLatin1String("keys") && args.value(0) == QLatin1String("register"))
            code = keyport::cli::registerKey(cli, args.mid(1));
        else if (command == QLatin1String("keys")
                 && (args.value(0) == QLatin1String("registered") || args.value(0) == QLatin1String("unregister")))
            code = keyport::cli::registeredKeys(cli, args);
        else if (command == QLatin1String("keys"))
            code = keyport::cli::runKeys(cli, args);
        else if (command == QLatin1String("sources"))
            code = keyport::cli::runSources(cli, args);
        else if (command == QLatin1String("identities"))
            code = keyport::cli::runIdentities(cli, args);
        else if (command == QLatin1String("ls") || command == QLatin1String("cp"))
            code = keyport::cli::runFilesCommand(cli, command, args);
        else if (command == QLatin1String("agent"))
            code = keyport::cli::runAgent(cli, args);
        else if (QStringList { QStringLiteral("workspaces"), QStringLiteral("sandbox"), QStringLiteral("hosts"),
                               QStringLiteral("ssh-config"), QStringLiteral("trust"), QStringLiteral("connect"),
                               QStringLiteral("open"), QStringLiteral("forward"), QStringLiteral("proxy"),
                               QStringLiteral("certificate") }
                     .contains(command))
            code = keyport::cli::runWorkspaceCommand(cli, command, args);
        else
            code = cli.usage(keyport::tr("Unknown command \"%1\".").arg(keyport::printable(command, 40)),
                             QStringLiteral("keyport-cli --help"));
        if (code != keyport::cli::kPending)
            cli.finish(code);
    });
    return app.exec();
}
