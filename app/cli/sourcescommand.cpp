// keyport-cli sources ... and keys register: parse, call core, print.
#include "args.h"
#include "cli.h"
#include "terminal.h"

#include "common/paths.h"
#include "common/text.h"
#include "identity/keystore.h"
#include "identity/secretstore.h"
#include "sources/knot/knotconfig.h"
#include "sources/knot/knotimportjob.h"
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
                   "       | list [--json] | remove NAME | import-knot [PATH]");

int sourcesAdd(Cli &cli, SourceRegistry *registry, const Args &args)
{
    SourceConfig c;
    c.kind = args.positional.value(0);
    c.name = args.positional.value(1);
    c.url = args.value(QStringLiteral("url"));
    c.insecure = args.has(QStringLiteral("insecure"));
    if (c.kind != QLatin1String("knot") && c.kind != QLatin1String("jupyterhub"))
        return cli.usage(tr("The source kind is knot or jupyterhub."), kSourcesUsage);
    if (c.url.isEmpty() || !args.has(QStringLiteral("token-stdin")))
        return cli.usage(tr("--url and --token-stdin are required."), kSourcesUsage);
    if (c.kind == QLatin1String("jupyterhub")) {
        c.hubUser = args.value(QStringLiteral("user"));
        c.loginUser = args.has(QStringLiteral("login-user")) ? args.value(QStringLiteral("login-user"))
                                                             : QStringLiteral("jovyan");
        if (c.hubUser.isEmpty())
            return cli.usage(tr("--user HUBUSER is required for JupyterHub."), kSourcesUsage);
    }
    auto token = readSecret("Token: ", true);
    if (!token || token->trimmed().isEmpty())
        return cli.fail(Error(ErrorCode::InvalidArgument, tr("No token on stdin; nothing was added.")));
    if (c.insecure)
        cli.note(tr("warning: TLS certificates of %1 will NOT be verified (--insecure).").arg(c.name));
    return cli.report(new AddSourceJob(registry, c, token->trimmed(), &cli),
                      [c](AddSourceJob *) { return tr("Added %1 source %2 (%3).\n").arg(c.kind, c.name, c.url); });
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
        auto a = parseArgs(rest, { { QStringLiteral("token-stdin"), QStringLiteral("insecure") },
                                   { QStringLiteral("url"), QStringLiteral("user"), QStringLiteral("login-user") },
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

} // namespace keyport::cli
