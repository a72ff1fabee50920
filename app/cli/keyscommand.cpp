// keyport-cli keys ...: parse, call core, print.
#include "args.h"
#include "cli.h"
#include "keyjson.h"
#include "terminal.h"

#include "common/secret.h"
#include "common/text.h"
#include "identity/changepassphrasejob.h"
#include "identity/deletekeyjob.h"
#include "identity/generatekeyjob.h"
#include "identity/keystore.h"
#include "identity/rememberpassphrasejob.h"
#include "identity/secretstore.h"

#include <QJsonArray>
#include <QSysInfo>

namespace keyport::cli {

namespace {

const QString kKeysUsage =
    QStringLiteral("keyport-cli keys list [--json] | show NAME [--json] | import PATH\n"
                   "       | generate NAME [--type ed25519|ecdsa|rsa] [--bits N] [--comment TEXT]\n"
                   "                       [--passphrase-stdin | --no-passphrase] [--remember]\n"
                   "       | passphrase NAME | remember NAME | forget NAME | delete NAME --yes");

QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const auto &r : rows)
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], r[i].size());
        }
    QString out;
    for (const auto &r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i)
            line += i + 1 < r.size() ? r[i].leftJustified(widths[i] + 2) : r[i];
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

int keysList(Cli &cli, const Args &args)
{
    const auto keys = KeyStore().discover();
    if (args.has(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const auto &k : keys)
            arr.append(keyToJson(k));
        cli.printJson(arr);
        return kExitOk;
    }
    if (keys.isEmpty()) {
        cli.note(tr("No keys in %1. Create one with `keyport-cli keys generate NAME`.").arg(KeyStore().sshDir()));
        return kExitOk;
    }
    QList<QStringList> rows { { QStringLiteral("NAME"), QStringLiteral("TYPE"), QStringLiteral("BITS"),
                                QStringLiteral("FINGERPRINT"), QStringLiteral("ENCRYPTED"),
                                QStringLiteral("CERTIFICATE"), QStringLiteral("COMMENT") } };
    for (const auto &k : keys)
        rows << QStringList { printable(k.name, 40),
                              k.publicKey ? algorithmDisplayName(k.publicKey->algorithm()) : QStringLiteral("?"),
                              k.publicKey ? QString::number(k.publicKey->bits()) : QStringLiteral("?"),
                              k.publicKey ? k.publicKey->fingerprint() : tr("(unknown: encrypted, no .pub)"),
                              yesNo(k.encrypted),
                              k.certificate ? k.certificate->statusText(QDateTime::currentDateTimeUtc())
                                            : QStringLiteral("-"),
                              printable(k.comment, 60) };
    cli.out(table(rows));
    return kExitOk;
}

int keysShow(Cli &cli, const Args &args)
{
    auto info = KeyStore().find(args.positional[0]);
    if (!info)
        return cli.fail(info.error());
    const KeyInfo key = *info;
    const bool json = args.has(QStringLiteral("json"));
    auto print = [&cli, key, json](const QJsonValue &inKeychain, const QString &keychainText) {
        if (json) {
            QJsonObject o = keyToJson(key);
            o[QStringLiteral("passphrase_in_keychain")] = inKeychain;
            cli.printJson(o);
            return;
        }
        QList<QStringList> rows;
        rows << QStringList { tr("Name:"), printable(key.name) } << QStringList { tr("Path:"), key.path };
        if (key.publicKey) {
            rows << QStringList {
                tr("Type:"),
                tr("%1 (%2 bits)").arg(algorithmDisplayName(key.publicKey->algorithm())).arg(key.publicKey->bits())
            } << QStringList { tr("Fingerprint:"), key.publicKey->fingerprint() };
        } else {
            rows << QStringList { tr("Fingerprint:"), tr("unknown (encrypted PEM key without a .pub file)") };
        }
        rows << QStringList { tr("Comment:"), printable(key.comment) }
             << QStringList { tr("Format:"), keyFormatName(key.format) }
             << QStringList { tr("Encrypted:"), key.encrypted ? tr("yes (%1)").arg(key.cipher) : tr("no") }
             << QStringList { tr("Public key file:"), key.hasPublicFile ? key.publicPath() : tr("none") };
        if (key.encrypted)
            rows << QStringList { tr("Keychain:"), keychainText };
        if (key.certificate) {
            const Certificate &c = *key.certificate;
            rows << QStringList { tr("Certificate:"), key.certificatePath() }
                 << QStringList { tr("  Key ID:"), printable(c.keyId) }
                 << QStringList { tr("  Serial:"), QString::number(c.serial) }
                 << QStringList { tr("  Principals:"), c.principals.isEmpty()
                                                           ? tr("(any)")
                                                           : printable(c.principals.join(QStringLiteral(", "))) }
                 << QStringList { tr("  Valid from:"),
                                  c.validAfter.isValid() ? c.validAfter.toString(Qt::ISODate) : tr("always") }
                 << QStringList { tr("  Valid to:"),
                                  c.validBefore.isValid() ? c.validBefore.toString(Qt::ISODate) : tr("forever") }
                 << QStringList { tr("  Status:"), c.statusText(QDateTime::currentDateTimeUtc()) }
                 << QStringList { tr("  CA:"), c.caFingerprint };
        } else if (!key.certificateProblem.isEmpty()) {
            rows << QStringList { tr("Certificate:"), key.certificateProblem };
        }
        if (!key.problem.isEmpty())
            rows << QStringList { tr("Problem:"), key.problem };
        if (key.publicKey)
            rows << QStringList { tr("Public key:"),
                                  printable(QString::fromUtf8(key.publicKey->toOpenSshLine(key.comment).trimmed()),
                                            4096) };
        cli.out(table(rows));
    };
    if (!key.encrypted || !key.publicKey) {
        print(QJsonValue(), tr("not applicable"));
        return kExitOk;
    }
    startJob(secrets::read(secrets::passphraseKey(key.publicKey->fingerprint()), &cli), &cli,
             [&cli, print](SecretJob *job) {
                 if (job->failed())
                     print(QJsonValue(), tr("unavailable: %1").arg(job->error().message));
                 else
                     print(job->secret().has_value(), job->secret() ? tr("passphrase stored") : tr("not stored"));
                 cli.finish(kExitOk);
             });
    return kPending;
}

int keysGenerate(Cli &cli, const Args &args)
{
    GenerateOptions opts;
    const QString type =
        args.value(QStringLiteral("type")).isEmpty() ? QStringLiteral("ed25519") : args.value(QStringLiteral("type"));
    bool bitsOk = true;
    const int bits = args.has(QStringLiteral("bits")) ? args.value(QStringLiteral("bits")).toInt(&bitsOk) : 0;
    if (!bitsOk)
        return cli.usage(tr("--bits must be a number."), kKeysUsage);
    if (type == QLatin1String("ed25519")) {
        if (bits && bits != 256)
            return cli.usage(tr("Ed25519 keys are always 256 bits."), kKeysUsage);
        opts.algorithm = KeyAlgorithm::Ed25519;
    } else if (type == QLatin1String("ecdsa")) {
        if (bits == 0 || bits == 256)
            opts.algorithm = KeyAlgorithm::EcdsaP256;
        else if (bits == 384)
            opts.algorithm = KeyAlgorithm::EcdsaP384;
        else if (bits == 521)
            opts.algorithm = KeyAlgorithm::EcdsaP521;
        else
            return cli.usage(tr("ECDSA keys have 256, 384 or 521 bits."), kKeysUsage);
    } else if (type == QLatin1String("rsa")) {
        if (bits && bits != 3072 && bits != 4096)
            return cli.usage(tr("RSA keys have 3072 or 4096 bits."), kKeysUsage);
        opts.algorithm = KeyAlgorithm::Rsa;
        opts.bits = bits ? bits : 3072;
    } else {
        return cli.usage(tr("Unknown key type \"%1\": use ed25519, ecdsa or rsa.").arg(printable(type, 40)),
                         kKeysUsage);
    }
    const bool fromStdin = args.has(QStringLiteral("passphrase-stdin"));
    const bool noPassphrase = args.has(QStringLiteral("no-passphrase"));
    const bool remember = args.has(QStringLiteral("remember"));
    if (fromStdin && noPassphrase)
        return cli.usage(tr("--passphrase-stdin and --no-passphrase exclude each other."), kKeysUsage);
    if (remember && noPassphrase)
        return cli.usage(tr("--remember needs a passphrase to remember."), kKeysUsage);
    opts.comment = args.has(QStringLiteral("comment"))
                       ? args.value(QStringLiteral("comment"))
                       : QStringLiteral("%1@%2").arg(qEnvironmentVariable("USER", QStringLiteral("user")),
                                                     QSysInfo::machineHostName());

    KeyStore store;
    // Validate the name before asking for anything.
    auto target = store.pathForNewKey(args.positional[0]);
    if (!target)
        return cli.fail(target.error());

    if (!noPassphrase) {
        bool mismatch = false;
        auto pass = readNewSecret("Enter passphrase (empty for none): ", fromStdin, &mismatch);
        if (mismatch)
            return cli.fail(
                Error(ErrorCode::InvalidArgument, tr("The passphrases do not match; nothing was written.")));
        if (!pass && fromStdin)
            return cli.fail(Error(ErrorCode::InvalidArgument, tr("No passphrase on stdin; nothing was written.")));
        opts.passphrase = pass.value_or(QByteArray());
        if (remember && opts.passphrase.isEmpty())
            return cli.usage(tr("--remember needs a passphrase to remember."), kKeysUsage);
    }
    // The job owns the passphrase from here (and wipes it): moved, not copied.
    GenerateKeyJob::Options options { std::move(opts), remember, std::nullopt };
    return cli.report(new GenerateKeyJob(args.positional[0], options, &cli), [](GenerateKeyJob *job) {
        const KeyInfo &key = *job->key();
        QString summary = tr("Created %1 (%2 %3)\nPublic key: %4\n")
                              .arg(key.path, algorithmDisplayName(key.publicKey->algorithm()),
                                   key.publicKey->fingerprint(), key.publicPath());
        if (job->remembered())
            summary += tr("Passphrase stored in the OS keychain.") + QLatin1Char('\n');
        return summary;
    });
}

int keysImport(Cli &cli, const Args &args)
{
    auto key = KeyStore().import(args.positional[0]);
    if (!key)
        return cli.fail(key.error());
    cli.out(tr("Imported %1 as %2 (%3)\n")
                .arg(args.positional[0], key->path,
                     key->publicKey ? key->publicKey->fingerprint() : tr("fingerprint unknown until unlocked")));
    return kExitOk;
}

int keysPassphrase(Cli &cli, const Args &args)
{
    auto info = KeyStore().find(args.positional[0]);
    if (!info)
        return cli.fail(info.error());
    QByteArray oldPass;
    if (info->encrypted) {
        auto p = readSecret(QStringLiteral("Old passphrase for %1: ").arg(printable(info->name)).toUtf8());
        if (!p)
            return cli.fail(Error(ErrorCode::NeedPassphrase, tr("No old passphrase given; nothing was changed.")));
        oldPass = *p;
        // Check the old one before asking for a new one.
        if (auto ok = KeyStore().decrypt(info->path, oldPass); !ok) {
            wipe(oldPass);
            return cli.fail(ok.error().code == ErrorCode::WrongPassphrase
                                ? Error(ErrorCode::WrongPassphrase,
                                        tr("Wrong passphrase for %1; nothing was changed.").arg(info->name))
                                : ok.error());
        }
    }
    bool mismatch = false;
    auto newPass = readNewSecret("New passphrase (empty for none): ", false, &mismatch);
    if (mismatch || !newPass) {
        wipe(oldPass);
        return cli.fail(Error(ErrorCode::InvalidArgument, mismatch
                                                              ? tr("The passphrases do not match; nothing was changed.")
                                                              : tr("No new passphrase given; nothing was changed.")));
    }
    const bool removing = newPass->isEmpty();
    const QString name = info->name;
    auto *job = new ChangePassphraseJob(*info, std::move(oldPass), std::move(*newPass), &cli);
    return cli.report(job, [removing, name](ChangePassphraseJob *changed) {
        QString done =
            removing ? tr("Removed the passphrase of %1.").arg(name) : tr("Changed the passphrase of %1.").arg(name);
        if (changed->keychainUpdated())
            done += QLatin1Char(' ') + tr("The keychain entry was updated.");
        return done + QLatin1Char('\n');
    });
}

int startRemember(Cli &cli, const KeyInfo &key, QByteArray passphrase)
{
    const QString name = key.name;
    return cli.report(new RememberPassphraseJob(key, std::move(passphrase), &cli), [name](RememberPassphraseJob *) {
        return tr("Stored the passphrase of %1 in the OS keychain.\n").arg(name);
    });
}

int keysRemember(Cli &cli, const Args &args)
{
    auto info = KeyStore().find(args.positional[0]);
    if (!info)
        return cli.fail(info.error());
    if (!info->encrypted || !info->publicKey) // said by the job, before asking for anything
        return startRemember(cli, *info, {});
    auto pass = readSecret(QStringLiteral("Enter passphrase for %1: ").arg(printable(info->name)).toUtf8());
    if (!pass)
        return cli.fail(Error(ErrorCode::NeedPassphrase, tr("No passphrase given; nothing was stored.")));
    return startRemember(cli, *info, std::move(*pass));
}

int keysForget(Cli &cli, const Args &args)
{
    auto info = KeyStore().find(args.positional[0]);
    if (!info)
        return cli.fail(info.error());
    if (!info->publicKey)
        return cli.fail(Error(ErrorCode::NotFound,
                              tr("%1 has no .pub file, so Keyport cannot name its keychain entry.").arg(info->name)));
    const QString name = info->name;
    return cli.report(secrets::remove(secrets::passphraseKey(info->publicKey->fingerprint()), &cli),
                      [name](SecretJob *) { return tr("The keychain holds no passphrase for %1 now.\n").arg(name); });
}

int keysDelete(Cli &cli, const Args &args)
{
    if (!args.has(QStringLiteral("yes")))
        return cli.usage(tr("Deleting a key cannot be undone; add --yes to confirm."),
                         QStringLiteral("keyport-cli keys delete NAME --yes"));
    auto info = KeyStore().find(args.positional[0]);
    if (!info)
        return cli.fail(info.error());
    const QString done = tr("Deleted %1 and its public key and certificate files.").arg(info->path);
    return cli.report(new DeleteKeyJob(*info, &cli), [&cli, done](DeleteKeyJob *job) {
        if (!job->keychainNote().isEmpty())
            cli.note(tr("note: its passphrase could not be removed from the keychain: %1").arg(job->keychainNote()));
        return done + QLatin1Char('\n');
    });
}

} // namespace

int runKeys(Cli &cli, const QStringList &argv)
{
    if (argv.isEmpty())
        return cli.usage(tr("Missing keys command."), kKeysUsage);
    const QString sub = argv.first();
    const QStringList rest = argv.mid(1);
    struct Command {
        const char *name;
        ArgSpec spec;
        int (*run)(Cli &, const Args &);
    };
    const Command commands[] = {
        { "list", { { QStringLiteral("json") }, {}, 0, 0 }, keysList },
        { "show", { { QStringLiteral("json") }, {}, 1, 1 }, keysShow },
        { "generate",
          { { QStringLiteral("passphrase-stdin"), QStringLiteral("no-passphrase"), QStringLiteral("remember") },
            { QStringLiteral("type"), QStringLiteral("bits"), QStringLiteral("comment") },
            1,
            1 },
          keysGenerate },
        { "import", { {}, {}, 1, 1 }, keysImport },
        { "passphrase", { {}, {}, 1, 1 }, keysPassphrase },
        { "remember", { {}, {}, 1, 1 }, keysRemember },
        { "forget", { {}, {}, 1, 1 }, keysForget },
        { "delete", { { QStringLiteral("yes") }, {}, 1, 1 }, keysDelete },
    };
    for (const auto &c : commands) {
        if (sub != QLatin1String(c.name))
            continue;
        auto args = parseArgs(rest, c.spec);
        if (!args)
            return cli.usage(args.error().message, kKeysUsage);
        return c.run(cli, *args);
    }
    return cli.usage(tr("Unknown keys command \"%1\".").arg(printable(sub, 40)), kKeysUsage);
}

} // namespace keyport::cli
