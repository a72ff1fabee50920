// keyport-cli agent ...: parse, call core, print.
#include "args.h"
#include "cli.h"
#include "keyjson.h"
#include "terminal.h"

#include "common/secret.h"
#include "common/text.h"
#include "identity/addtoagentjob.h"
#include "identity/keystore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyport::cli {

namespace {

const QString kAgentUsage =
    QStringLiteral("keyport-cli agent list [--json] | add NAME [--lifetime SECONDS] [--confirm]\n"
                   "       | remove NAME | clear | lock | unlock");

int agentList(Cli &cli, const Args &args)
{
    auto ids = AgentClient().list();
    if (!ids)
        return cli.fail(ids.error());
    // Name the agent's keys after local files where the fingerprints match.
    QHash<QString, QString> localNames;
    for (const auto &k : KeyStore().discover())
        if (k.publicKey)
            localNames.insert(k.publicKey->fingerprint(), k.name);
    if (args.has(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto &id : *ids) {
            const QString fp = id.key.fingerprint();
            arr.append(QJsonObject {
                { QStringLiteral("type"), algorithmDisplayName(id.key.algorithm()) },
                { QStringLiteral("bits"), id.key.bits() },
                { QStringLiteral("fingerprint"), fp },
                { QStringLiteral("comment"), id.comment },
                { QStringLiteral("key"), localNames.contains(fp) ? QJsonValue(localNames[fp]) : QJsonValue() },
                { QStringLiteral("certificate"),
                  id.certificate ? QJsonValue(certificateToJson(*id.certificate)) : QJsonValue() } });
        }
        cli.printJson(arr);
        return kExitOk;
    }
    if (ids->isEmpty()) {
        cli.note(tr("The agent holds no keys (or it is locked)."));
        return kExitOk;
    }
    for (const auto &id : *ids) {
        const QString fp = id.key.fingerprint();
        const QString cert = id.certificate ? tr(" certificate %1, %2")
                                                  .arg(QString::number(id.certificate->serial),
                                                       id.certificate->statusText(QDateTime::currentDateTimeUtc()))
                                            : QString();
        cli.out(QStringLiteral("%1 %2 %3 %4%5%6\n")
                    .arg(id.key.bits())
                    .arg(fp, printable(id.comment, 80), algorithmDisplayName(id.key.algorithm()),
                         localNames.contains(fp) ? QStringLiteral(" [%1]").arg(printable(localNames[fp])) : QString(),
                         cert));
    }
    return kExitOk;
}

int agentAdd(Cli &cli, const Args &args)
{
    AgentConstraints constraints;
    if (args.has(QStringLiteral("lifetime"))) {
        bool ok = false;
        const uint secs = args.value(QStringLiteral("lifetime")).toUInt(&ok);
        if (!ok || secs == 0)
            return cli.usage(tr("--lifetime takes a positive number of seconds."), kAgentUsage);
        constraints.lifetimeSeconds = secs;
    }
    constraints.confirm = args.has(QStringLiteral("confirm"));
    auto info = KeyStore().find(args.positional[0]);
    if (!info)
        return cli.fail(info.error());
    // Fail fast on a missing agent, before asking for a passphrase.
    if (AgentClient().socket().isEmpty())
        return cli.fail(AgentClient().list().error());
    auto *add = new AddToAgentJob(*info, { constraints, false, false }, terminalPrompt(), &cli);
    // The keychain's note matters also when adding failed: it says why a passphrase was asked.
    QObject::connect(add, &Job::finished, &cli, [&cli, add] {
        if (!add->keychainNote().isEmpty())
            cli.note(tr("note: %1").arg(add->keychainNote()));
    });
    return cli.report(add, [constraints](AddToAgentJob *job) {
        QString extra;
        if (job->withCertificate())
            extra += tr(" with its certificate");
        if (job->lifetimeSeconds())
            extra += tr(", for %1").arg(formatDuration(*job->lifetimeSeconds()));
        if (constraints.confirm)
            extra += tr(", confirm each use");
        return tr("Added %1 (%2) to the agent%3.\n").arg(job->fingerprint(), printable(job->comment()), extra);
    });
}

int agentRemove(Cli &cli, const Args &args)
{
    auto info = KeyStore().find(args.positional[0]);
    if (!info)
        return cli.fail(info.error());
    if (!info->publicKey)
        return cli.fail(
            Error(ErrorCode::NotFound, tr("The public key of %1 is unknown (no .pub file).").arg(info->name)));
    if (auto ok = AgentClient().remove(*info->publicKey); !ok)
        return cli.fail(ok.error());
    cli.out(tr("Removed %1 from the agent.\n").arg(info->name));
    return kExitOk;
}

int agentClear(Cli &cli, const Args &)
{
    if (auto ok = AgentClient().removeAll(); !ok)
        return cli.fail(ok.error());
    cli.out(tr("Removed all keys from the agent.\n"));
    return kExitOk;
}

int agentLock(Cli &cli, const Args &)
{
    bool mismatch = false;
    auto pw = readNewSecret("Lock password: ", false, &mismatch);
    if (mismatch || !pw || pw->isEmpty())
        return cli.fail(
            Error(ErrorCode::InvalidArgument, mismatch ? tr("The passwords do not match; the agent was not locked.")
                                                       : tr("No password given; the agent was not locked.")));
    auto ok = AgentClient().lock(*pw);
    wipe(*pw);
    if (!ok)
        return cli.fail(ok.error());
    cli.out(tr("The agent is locked.\n"));
    return kExitOk;
}

int agentUnlock(Cli &cli, const Args &)
{
    auto pw = readSecret("Unlock password: ");
    if (!pw)
        return cli.fail(Error(ErrorCode::InvalidArgument, tr("No password given; the agent is still locked.")));
    auto ok = AgentClient().unlock(*pw);
    wipe(*pw);
    if (!ok)
        return cli.fail(ok.error());
    cli.out(tr("The agent is unlocked.\n"));
    return kExitOk;
}

} // namespace

int runAgent(Cli &cli, const QStringList &argv)
{
    if (argv.isEmpty())
        return cli.usage(tr("Missing agent command."), kAgentUsage);
    const QString sub = argv.first();
    struct Command {
        const char *name;
        ArgSpec spec;
        int (*run)(Cli &, const Args &);
    };
    const Command commands[] = {
        { "list", { { QStringLiteral("json") }, {}, 0, 0 }, agentList },
        { "add", { { QStringLiteral("confirm") }, { QStringLiteral("lifetime") }, 1, 1 }, agentAdd },
        { "remove", { {}, {}, 1, 1 }, agentRemove },
        { "clear", { {}, {}, 0, 0 }, agentClear },
        { "lock", { {}, {}, 0, 0 }, agentLock },
        { "unlock", { {}, {}, 0, 0 }, agentUnlock },
    };
    for (const auto &c : commands) {
        if (sub != QLatin1String(c.name))
            continue;
        auto args = parseArgs(argv.mid(1), c.spec);
        if (!args)
            return cli.usage(args.error().message, kAgentUsage);
        return c.run(cli, *args);
    }
    return cli.usage(tr("Unknown agent command \"%1\".").arg(printable(sub, 40)), kAgentUsage);
}

} // namespace keyport::cli
