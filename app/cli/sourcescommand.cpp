// keyport-cli sources ... and keys register: parse, call core, print.
#include "args.h"
#include "cli.h"
#include "cliquestions.h"
#include "terminal.h"

#include "common/paths.h"
#include "common/text.h"
#include "identity/keystore.h"
#include "identity/secretstore.h"
#include "sources/knot/knotconfig.h"
#include "sources/knot/knotimportjob.h"
#include "sources/northflank/northflankimportjob.h"
#include "sources/northflank/northflanksource.h"
#include "sources/spaces/spacesimportjob.h"
#include "workspace/addsourcejob.h"
#include "workspace/registry.h"
#include "workspace/workspacejobs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

namespace keyport::cli {

namespace {

const QString kSourcesUsage =
    QStringLiteral("keyport-cli sources add knot NAME --url URL --token-stdin [--insecure]\n"
                   "       | add jupyterhub NAME --url URL --user HUBUSER --token-stdin [--login-user U] [--insecure]\n"
                   "       | add northflank NAME --token-stdin [--url URL] [--team TEAM] [--login-user U]\n"
                   "       | add spaces NAME --url URL --email EMAIL --auth-key-stdin [--ssh-host HOST]\n"
                   "             [--ssh-port PORT] [--login-user USER] [--cert-ttl DURATION]\n"
                   "       | login NAME --auth-key-stdin | import-spaces [PATH] [--name NAME] [--ssh-host HOST] ...\n"
                   "       | list [--json] | remove NAME | import-knot [PATH]\n"
                   "       | import-northflank [PATH] [--name NAME] [--team TEAM] [--login-user U]\n"
                   "             [--remove-token | --keep-token]");

// --ssh-host, --ssh-port, --login-user, --cert-ttl of a spaces source; false: a bad port.
bool spacesEntryOptions(const Args &args, SourceConfig *c)
{
    c->sshHost = args.value(QStringLiteral("ssh-host"));
    c->loginUser = args.value(QStringLiteral("login-user"));
    c->certTtl = args.value(QStringLiteral("cert-ttl"));
    bool ok = true;
    const int port = args.has(QStringLiteral("ssh-port")) ? args.value(QStringLiteral("ssh-port")).toInt(&ok) : 0;
    c->sshPort = quint16(port);
    return ok && port >= 0 && port <= 65535;
}

const QStringList kSpacesEntryOptions { QStringLiteral("ssh-host"), QStringLiteral("ssh-port"),
                                        QStringLiteral("login-user"), QStringLiteral("cert-ttl") };

int sourcesAdd(Cli &cli, SourceRegistry *registry, const Args &args)
{
    SourceConfig c;
    c.kind = args.positional.value(0);
    c.name = args.positional.value(1);
    c.url = args.value(QStringLiteral("url"));
    c.insecure = args.has(QStringLiteral("insecure"));
    const bool spaces = c.kind == QLatin1String("spaces");
    const bool northflank = c.kind == QLatin1String("northflank");
    if (c.kind != QLatin1String("knot") && c.kind != QLatin1String("jupyterhub") && !spaces && !northflank)
        return cli.usage(tr("The source kind is knot, jupyterhub, spaces or northflank."), kSourcesUsage);
    if (northflank) {
        // Northflank's own API unless another (a test peer) is named.
        if (c.url.isEmpty())
            c.url = QString::fromLatin1(NorthflankSource::kDefaultUrl);
        c.team = args.value(QStringLiteral("team"));
        c.loginUser = args.value(QStringLiteral("login-user")); // empty: root, as Northflank's SSH
    }
    const QString secretFlag = spaces ? QStringLiteral("auth-key-stdin") : QStringLiteral("token-stdin");
    if (c.url.isEmpty() || !args.has(secretFlag))
        return cli.usage(tr("--url and --%1 are required.").arg(secretFlag), kSourcesUsage);
    if (spaces) {
        c.email = args.value(QStringLiteral("email"));
        if (!spacesEntryOptions(args, &c))
            return cli.usage(tr("--ssh-port takes a port number."), kSourcesUsage);
    }
    if (c.kind == QLatin1String("jupyterhub")) {
        c.hubUser = args.value(QStringLiteral("user"));
        c.loginUser = args.has(QStringLiteral("login-user")) ? args.value(QStringLiteral("login-user"))
                                                             : QStringLiteral("jovyan");
        if (c.hubUser.isEmpty())
            return cli.usage(tr("--user HUBUSER is required for JupyterHub."), kSourcesUsage);
    }
    // spaces: a one-time key, exchanged for a session token at once and never stored.
    auto secret = readSecret(spaces ? "Auth key: " : "Token: ", true);
    if (!secret || secret->trimmed().isEmpty())
        return cli.fail(Error(ErrorCode::InvalidArgument, spaces ? tr("No auth key on stdin; nothing was added.")
                                                                 : tr("No token on stdin; nothing was added.")));
    if (c.insecure)
        cli.note(tr("warning: TLS certificates of %1 will NOT be verified (--insecure).").arg(c.name));
    return cli.report(new AddSourceJob(registry, c, secret->trimmed(), &cli), [c, spaces](AddSourceJob *) {
        return spaces ? tr("Added spaces source %1 (%2, %3).\n").arg(c.name, c.url, c.email)
                      : tr("Added %1 source %2 (%3).\n").arg(c.kind, c.name, c.url);
    });
}

int sourcesList(Cli &cli, SourceRegistry *registry, const Args &args)
{
    if (args.has(QStringLiteral("json"))) {
        QJsonArray arr;
        for (Source *s : registry->sources()) {
            QJsonObject o { { QStringLiteral("name"), s->name() },
                            { QStringLiteral("kind"), s->kind() },
                            { QStringLiteral("description"), s->describe() } };
            if (auto c = registry->config(s->name())) {
                o[QStringLiteral("url")] = c->url;
                o[QStringLiteral("insecure")] = c->insecure;
                o[QStringLiteral("identity_file")] = c->identityFile;
                if (!c->hubUser.isEmpty())
                    o[QStringLiteral("hub_user")] = c->hubUser;
                if (!c->loginUser.isEmpty())
                    o[QStringLiteral("login_user")] = c->loginUser;
                for (const auto &[key, value] : { std::pair { "email", c->email }, std::pair { "ssh_host", c->sshHost },
                                                  std::pair { "cert_ttl", c->certTtl }, std::pair { "team", c->team } })
                    if (!value.isEmpty())
                        o[QLatin1String(key)] = value;
                if (c->sshPort)
                    o[QStringLiteral("ssh_port")] = c->sshPort;
            }
            arr.append(o);
        }
        cli.printJson(arr);
        return kExitOk;
    }
    for (Source *s : registry->sources()) {
        const auto c = registry->config(s->name());
        cli.out(QStringLiteral("%1  %2  %3%4\n")
                    .arg(s->name().leftJustified(16), s->kind().leftJustified(10), s->describe(),
                         c && c->insecure ? tr("  (TLS NOT VERIFIED)") : QString()));
    }
    return kExitOk;
}

int sourcesRemove(Cli &cli, SourceRegistry *registry, const Args &args)
{
    const QString name = args.positional.value(0);
    return cli.report(new RemoveSourceJob(registry, name, &cli), [&cli, name](RemoveSourceJob *job) {
        if (!job->tokenNote().isEmpty())
            cli.note(tr("note: the token could not be removed from the keychain: %1").arg(job->tokenNote()));
        return tr("Removed source %1 and its token.\n").arg(name);
    });
}

// A new auth key for a spaces source whose session expired or was revoked.
int sourcesLogin(Cli &cli, SourceRegistry *registry, const Args &args)
{
    const QString name = args.positional.value(0);
    const auto config = registry->config(name);
    if (!config)
        return cli.fail(Error(ErrorCode::NotFound, tr("There is no source named %1.").arg(name)));
    if (!args.has(QStringLiteral("auth-key-stdin")))
        return cli.usage(tr("--auth-key-stdin is required."), kSourcesUsage);
    auto key = readSecret("Auth key: ", true);
    if (!key || key->trimmed().isEmpty())
        return cli.fail(Error(ErrorCode::InvalidArgument, tr("No auth key on stdin; nothing was changed.")));
    auto *job = new AddSourceJob(registry, *config, key->trimmed(), &cli);
    job->setReplace(true);
    return cli.report(job, [name](AddSourceJob *) { return tr("Logged in to %1 again.\n").arg(name); });
}

int sourcesImportSpaces(Cli &cli, SourceRegistry *registry, const Args &args)
{
    const QString path = args.positional.value(0, spacessession::defaultPath());
    SourceConfig c;
    c.name = args.has(QStringLiteral("name")) ? args.value(QStringLiteral("name")) : QStringLiteral("spaces");
    if (!spacesEntryOptions(args, &c))
        return cli.usage(tr("--ssh-port takes a port number."), kSourcesUsage);
    return cli.report(new SpacesImportJob(registry, path, c, &cli), [path](SpacesImportJob *job) {
        return tr("Took over the spaces session of %1 (%2) from %3 as source %4.\n")
            .arg(job->config().email, job->config().url, path, job->config().name);
    });
}

int sourcesImportNorthflank(Cli &cli, SourceRegistry *registry, const Args &args)
{
    if (args.has(QStringLiteral("remove-token")) && args.has(QStringLiteral("keep-token")))
        return cli.usage(tr("--remove-token or --keep-token, not both."), kSourcesUsage);
    const QString path = args.positional.value(0, northflanklogin::defaultPath());
    SourceConfig c;
    c.name = args.has(QStringLiteral("name")) ? args.value(QStringLiteral("name")) : QStringLiteral("northflank");
    c.team = args.value(QStringLiteral("team"));
    c.loginUser = args.value(QStringLiteral("login-user"));
    const bool remove = args.has(QStringLiteral("remove-token"));
    const bool keep = args.has(QStringLiteral("keep-token"));
    // The flags answer; without them a person at the terminal is asked.
    const auto ask = [remove, keep](NorthflankImportJob *job, NorthflankImportJob::Answer answer) {
        answer(!keep
               && (remove
                   || askYesNo(tr("%1 still holds the token in plain text. Remove it there (your own `northflank` CLI "
                                  "then needs `northflank login` again for \"%2\")?")
                                   .arg(job->path(), job->context()))));
    };
    startJob(new NorthflankImportJob(registry, path, c, ask, &cli), &cli, [&cli](NorthflankImportJob *job) {
        if (job->imported())
            cli.out(tr("Took over the Northflank CLI's login \"%1\" (%2) from %3 as source %4. Its token is in the "
                       "keychain now; Keyport never reads it from %3 again.\n")
                        .arg(job->context(), job->config().url, job->path(), job->config().name));
        if (job->failed()) {
            cli.finish(cli.fail(job->error()));
            return;
        }
        if (job->removedToken())
            cli.out(tr("Removed the token from %1.\n").arg(job->path()));
        else
            cli.note(tr("note: %1 still holds the token of \"%2\" in plain text; Keyport does not use it. Remove it "
                        "there when your own CLI no longer needs it.")
                         .arg(job->path(), job->context()));
        cli.finish(kExitOk);
    });
    return kPending;
}

int sourcesImportKnot(Cli &cli, SourceRegistry *registry, const Args &args)
{
    auto *import = new KnotImportJob(registry, args.positional.value(0, knotconfig::defaultPath()), &cli);
    startJob(import, &cli, [&cli](KnotImportJob *job) {
        if (job->failed()) {
            cli.finish(cli.fail(job->error()));
            return;
        }
        for (const auto &[config, error] : job->results()) {
            if (error.isError())
                cli.note(QStringLiteral("keyport-cli: %1").arg(error.oneLine()));
            else
                cli.out(tr("Imported knot connection %1 (%2).\n").arg(config.name, config.url));
        }
        cli.finish(job->anyFailed() ? kExitFailure : kExitOk);
    });
    return kPending;
}

} // namespace

int runSources(Cli &cli, const QStringList &argv)
{
    auto *registry = new SourceRegistry(&cli);
    if (registry->loadError().isError())
        return cli.fail(registry->loadError());
    const QString sub = argv.value(0);
    const QStringList rest = argv.mid(1);
    if (sub == QLatin1String("add")) {
        auto a = parseArgs(
            rest, { { QStringLiteral("token-stdin"), QStringLiteral("insecure"), QStringLiteral("auth-key-stdin") },
                    QStringList { QStringLiteral("url"), QStringLiteral("user"), QStringLiteral("email"),
                                  QStringLiteral("team") }
                        + kSpacesEntryOptions,
                    2,
                    2 });
        return a ? sourcesAdd(cli, registry, *a) : cli.usage(a.error().message, kSourcesUsage);
    }
    if (sub == QLatin1String("list")) {
        auto a = parseArgs(rest, { { QStringLiteral("json") }, {}, 0, 0 });
        return a ? sourcesList(cli, registry, *a) : cli.usage(a.error().message, kSourcesUsage);
    }
    if (sub == QLatin1String("remove")) {
        auto a = parseArgs(rest, { {}, {}, 1, 1 });
        return a ? sourcesRemove(cli, registry, *a) : cli.usage(a.error().message, kSourcesUsage);
    }
    if (sub == QLatin1String("login")) {
        auto a = parseArgs(rest, { { QStringLiteral("auth-key-stdin") }, {}, 1, 1 });
        return a ? sourcesLogin(cli, registry, *a) : cli.usage(a.error().message, kSourcesUsage);
    }
    if (sub == QLatin1String("import-spaces")) {
        auto a = parseArgs(rest, { {}, QStringList { QStringLiteral("name") } + kSpacesEntryOptions, 0, 1 });
        return a ? sourcesImportSpaces(cli, registry, *a) : cli.usage(a.error().message, kSourcesUsage);
    }
    if (sub == QLatin1String("import-northflank")) {
        auto a = parseArgs(rest, { { QStringLiteral("remove-token"), QStringLiteral("keep-token") },
                                   { QStringLiteral("name"), QStringLiteral("team"), QStringLiteral("login-user") },
                                   0,
                                   1 });
        return a ? sourcesImportNorthflank(cli, registry, *a) : cli.usage(a.error().message, kSourcesUsage);
    }
    if (sub == QLatin1String("import-knot")) {
        auto a = parseArgs(rest, { {}, {}, 0, 1 });
        return a ? sourcesImportKnot(cli, registry, *a) : cli.usage(a.error().message, kSourcesUsage);
    }
    return cli.usage(tr("Unknown sources command."), kSourcesUsage);
}

int registerKey(Cli &cli, const QStringList &argv)
{
    const QString usage = QStringLiteral("keyport-cli keys register NAME --source S");
    auto a = parseArgs(argv, { {}, { QStringLiteral("source") }, 1, 1 });
    if (!a || !a->has(QStringLiteral("source")))
        return cli.usage(a ? tr("--source is required.") : a.error().message, usage);
    auto key = KeyStore().find(a->positional[0]);
    if (!key)
        return cli.fail(key.error());
    if (!key->publicKey)
        return cli.fail(
            Error(ErrorCode::NotFound, tr("The public key of %1 is unknown (no .pub file).").arg(key->name)));
    auto *registry = new SourceRegistry(&cli);
    if (registry->loadError().isError())
        return cli.fail(registry->loadError());
    const QString sourceName = a->value(QStringLiteral("source"));
    const KeyInfo info = *key;
    return cli.report(new RegisterKeyJob(registry, sourceName, info, &cli), [info, sourceName](RegisterKeyJob *) {
        return tr("Registered %1 (%2) with %3.\n").arg(info.name, info.publicKey->fingerprint(), sourceName);
    });
}

int registeredKeys(Cli &cli, const QStringList &argv)
{
    const QString usage = QStringLiteral("keyport-cli keys registered --source S [--json]\n"
                                         "       | unregister FINGERPRINT --source S --yes");
    const bool list = argv.value(0) == QLatin1String("registered");
    auto a = parseArgs(argv.mid(1), { { QStringLiteral("json"), QStringLiteral("yes") },
                                      { QStringLiteral("source") },
                                      list ? 0 : 1,
                                      list ? 0 : 1 });
    if (!a || !a->has(QStringLiteral("source")))
        return cli.usage(a ? tr("--source is required.") : a.error().message, usage);
    auto *registry = new SourceRegistry(&cli);
    if (registry->loadError().isError())
        return cli.fail(registry->loadError());
    const QString source = a->value(QStringLiteral("source"));
    if (!list) {
        const QString fingerprint = a->positional[0];
        if (!a->has(QStringLiteral("yes")))
            return cli.usage(tr("Removing a key from %1 cannot be undone from here: add --yes.").arg(source), usage);
        return cli.report(new UnregisterKeyJob(registry, source, fingerprint, &cli), [source, fingerprint](auto *) {
            return tr("Removed %1 from %2.\n").arg(fingerprint, source);
        });
    }
    const bool json = a->has(QStringLiteral("json"));
    return cli.report(new ListRegisteredKeysJob(registry, source, &cli), [&cli, json](ListRegisteredKeysJob *job) {
        QJsonArray arr;
        QString text;
        for (const KnownKey &k : job->value()) {
            const QString created =
                k.registered.created.isValid() ? k.registered.created.toUTC().toString(Qt::ISODate) : QString();
            QJsonObject o { { QStringLiteral("name"), k.registered.name },
                            { QStringLiteral("fingerprint"), k.registered.fingerprint },
                            { QStringLiteral("created"), created },
                            { QStringLiteral("local_key"), k.localName } };
            arr.append(o);
            text += QStringLiteral("%1  %2  %3  %4\n")
                        .arg(k.registered.fingerprint, printable(k.registered.name, 40).leftJustified(20),
                             created.isEmpty() ? QStringLiteral("-") : created,
                             k.localName.isEmpty() ? tr("(no local key)") : k.localName);
        }
        if (json) {
            cli.printJson(arr);
            return QString();
        }
        return text.isEmpty() ? tr("No keys are registered there.\n") : text;
    });
}

} // namespace keyport::cli
