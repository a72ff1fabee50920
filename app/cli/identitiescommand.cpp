// keyport-cli identities ...: parse, call core, print.
#include "args.h"
#include "cli.h"

#include "common/text.h"
#include "identity/keystore.h"
#include "identity/publickey.h"
#include "workspace/identityjobs.h"
#include "workspace/registry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyport::cli {

namespace {

const QString kIdentitiesUsage =
    QStringLiteral("keyport-cli identities list [--source S] [--json]\n"
                   "       | add NAME --key KEY [--source S] [--project P]... [--tag T]... [--match-all-tags]\n"
                   "             [--description TEXT]\n"
                   "       | remove NAME [--source S] | explain WORKSPACE [--json]");

QJsonObject identityJson(const SshIdentity &i)
{
    QJsonArray fingerprints;
    for (const QString &line : i.publicKeys)
        if (auto k = PublicKey::fromOpenSshLine(line.toUtf8()))
            fingerprints.append(k->fingerprint());
    QJsonObject o {
        { QStringLiteral("name"), i.name },
        { QStringLiteral("source"), i.source.isEmpty() ? QJsonValue() : QJsonValue(i.source) },
        { QStringLiteral("kind"), i.isLocal() ? QStringLiteral("local") : QStringLiteral("platform") },
        { QStringLiteral("fingerprints"), fingerprints },
        { QStringLiteral("projects"),
          QJsonObject { { QStringLiteral("enabled"), i.projectsEnabled },
                        { QStringLiteral("items"), QJsonArray::fromStringList(i.projects) } } },
        { QStringLiteral("tags"),
          QJsonObject { { QStringLiteral("enabled"), i.tagsEnabled },
                        { QStringLiteral("items"), QJsonArray::fromStringList(i.tags) },
                        { QStringLiteral("match"), i.matchAllTags ? QStringLiteral("all") : QStringLiteral("any") } } }
    };
    if (!i.id.isEmpty())
        o[QStringLiteral("id")] = i.id;
    if (!i.keyPath.isEmpty())
        o[QStringLiteral("key")] = i.keyPath;
    return o;
}

int identitiesList(Cli &cli, SourceRegistry *registry, const Args &args)
{
    const bool json = args.has(QStringLiteral("json"));
    startJob(new ListIdentitiesJob(registry, args.value(QStringLiteral("source")), &cli), &cli,
             [&cli, json](ListIdentitiesJob *job) {
                 if (job->failed()) {
                     cli.finish(cli.fail(job->error()));
                     return;
                 }
                 for (const QString &n : job->notes())
                     cli.note(tr("note: %1").arg(n));
                 if (json) {
                     QJsonArray arr;
                     for (const SshIdentity &i : job->value())
                         arr.append(identityJson(i));
                     cli.printJson(arr);
                 } else if (job->value().isEmpty()) {
                     cli.note(tr("No identities yet: `keyport-cli identities add NAME --key KEY` makes one."));
                 } else {
                     for (const SshIdentity &i : job->value())
                         cli.out(QStringLiteral("%1  %2  %3  %4\n")
                                     .arg(i.name.leftJustified(20),
                                          (i.source.isEmpty() ? tr("(every source)") : i.source).leftJustified(14),
                                          i.describeKeys(KeyStore().displayName(i.keyPath)), i.describeRestrictions()));
                 }
                 cli.finish(kExitOk);
             });
    return kPending;
}

int identitiesAdd(Cli &cli, SourceRegistry *registry, const Args &args)
{
    if (!args.has(QStringLiteral("key")))
        return cli.usage(tr("--key KEY is required."), kIdentitiesUsage);
    SshIdentity i;
    i.name = args.positional[0];
    i.source = args.value(QStringLiteral("source"));
    i.projects = args.all(QStringLiteral("project"));
    i.tags = args.all(QStringLiteral("tag"));
    i.matchAllTags = args.has(QStringLiteral("match-all-tags"));
    i.description = args.value(QStringLiteral("description"));
    if (i.matchAllTags && i.tags.isEmpty())
        return cli.usage(tr("--match-all-tags needs at least one --tag."), kIdentitiesUsage);
    return cli.report(
        new AddIdentityJob(registry, i, args.value(QStringLiteral("key")), &cli), [](AddIdentityJob *job) {
            const SshIdentity &made = job->value();
            QString text =
                made.isLocal()
                    ? tr("Added identity %1: %2 for %3.\n").arg(made.name, made.keyPath, made.describeRestrictions())
                    : tr("Created the SSH identity %1 (%2) on %3 for %4.\n")
                          .arg(made.name, made.id, made.source, made.describeRestrictions());
            if (job->becameSourceKey())
                text += tr("Its key is now the key of %1's workspaces.\n").arg(made.source);
            return text;
        });
}

int identitiesRemove(Cli &cli, SourceRegistry *registry, const Args &args)
{
    const QString name = args.positional[0], source = args.value(QStringLiteral("source"));
    return cli.report(new RemoveIdentityJob(registry, name, source, &cli), [name, source](RemoveIdentityJob *) {
        return source.isEmpty() ? tr("Removed identity %1.\n").arg(name)
                                : tr("Removed identity %1 from %2.\n").arg(name, source);
    });
}

void printExplanation(Cli &cli, const LoginExplanation &e)
{
    cli.out(tr("Logging in to %1:\n").arg(e.workspace));
    for (const LoginCheck &c : e.checks)
        cli.out(QStringLiteral("  %1 %2\n")
                    .arg(c.result == LoginCheck::Result::Ok        ? QStringLiteral("ok ")
                         : c.result == LoginCheck::Result::Problem ? QStringLiteral("!! ")
                                                                   : QStringLiteral("?? "),
                         c.text));
    cli.out(
        e.next.isEmpty()
            ? tr("Nothing Keyport can see is in the way; `ssh -v %1` shows what the server says.\n").arg(e.workspace)
            : tr("Next: %1\n").arg(e.next));
}

int identitiesExplain(Cli &cli, SourceRegistry *registry, const Args &args)
{
    const bool json = args.has(QStringLiteral("json"));
    startJob(new ExplainLoginJob(registry, args.positional[0], &cli), &cli, [&cli, json](ExplainLoginJob *job) {
        if (job->failed()) {
            cli.finish(cli.fail(job->error()));
            return;
        }
        const LoginExplanation &e = job->value();
        if (json) {
            QJsonArray checks;
            for (const LoginCheck &c : e.checks)
                checks.append(QJsonObject {
                    { QStringLiteral("result"), c.result == LoginCheck::Result::Ok        ? QStringLiteral("ok")
                                                : c.result == LoginCheck::Result::Problem ? QStringLiteral("problem")
                                                                                          : QStringLiteral("unknown") },
                    { QStringLiteral("text"), c.text },
                    { QStringLiteral("action"), c.action } });
            cli.printJson(QJsonObject { { QStringLiteral("workspace"), e.workspace },
                                        { QStringLiteral("checks"), checks },
                                        { QStringLiteral("next"), e.next } });
        } else {
            printExplanation(cli, e);
        }
        cli.finish(kExitOk);
    });
    return kPending;
}

} // namespace

void failExplainingLogin(Cli &cli, const QString &workspace, const Error &e)
{
    if (!isLoginRefused(e)) {
        cli.finish(cli.fail(e));
        return;
    }
    cli.fail(e);
    auto *registry = new SourceRegistry(&cli);
    startJob(new ExplainLoginJob(registry, workspace, &cli), &cli, [&cli](ExplainLoginJob *job) {
        // What was found goes to stderr with the error: stdout is the command's.
        if (!job->failed())
            for (const LoginCheck &c : job->value().checks)
                if (c.result != LoginCheck::Result::Ok)
                    cli.note(QStringLiteral("  %1").arg(c.text));
        if (!job->failed() && !job->value().next.isEmpty())
            cli.note(tr("Next: %1").arg(job->value().next));
        cli.finish(kExitFailure);
    });
}

int runIdentities(Cli &cli, const QStringList &argv)
{
    auto *registry = new SourceRegistry(&cli);
    if (registry->loadError().isError())
        return cli.fail(registry->loadError());
    const QString sub = argv.value(0);
    const QStringList rest = argv.mid(1);
    if (sub == QLatin1String("list")) {
        auto a = parseArgs(rest, { { QStringLiteral("json") }, { QStringLiteral("source") }, 0, 0 });
        return a ? identitiesList(cli, registry, *a) : cli.usage(a.error().message, kIdentitiesUsage);
    }
    if (sub == QLatin1String("add")) {
        auto a = parseArgs(rest, { { QStringLiteral("match-all-tags") },
                                   { QStringLiteral("key"), QStringLiteral("source"), QStringLiteral("project"),
                                     QStringLiteral("tag"), QStringLiteral("description") },
                                   1,
                                   1 });
        return a ? identitiesAdd(cli, registry, *a) : cli.usage(a.error().message, kIdentitiesUsage);
    }
    if (sub == QLatin1String("remove")) {
        auto a = parseArgs(rest, { {}, { QStringLiteral("source") }, 1, 1 });
        return a ? identitiesRemove(cli, registry, *a) : cli.usage(a.error().message, kIdentitiesUsage);
    }
    if (sub == QLatin1String("explain")) {
        auto a = parseArgs(rest, { { QStringLiteral("json") }, {}, 1, 1 });
        return a ? identitiesExplain(cli, registry, *a) : cli.usage(a.error().message, kIdentitiesUsage);
    }
    return cli.usage(tr("Unknown identities command."), kIdentitiesUsage);
}

} // namespace keyport::cli
