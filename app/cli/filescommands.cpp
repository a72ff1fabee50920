// keyport-cli ls and cp: files on a workspace over SFTP, through the same
// launch pipeline as connect (docs/cli.md, "Files").
#include "args.h"
#include "cli.h"
#include "clilaunch.h"

#include "common/text.h"
#include "launch/opensftpjob.h"
#include "session/sftpclient.h"
#include "session/sftpcopy.h"
#include "workspace/registry.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

#include <unistd.h>

namespace keyport::cli {

namespace {

// WORKSPACE:PATH, as scp writes it: a colon before any slash. A local path
// with a colon in its first part can be written ./a:b.
struct Location {
    QString workspace; // empty: a local path
    QString path;
};

Location locate(const QString &arg)
{
    const qsizetype colon = arg.indexOf(QLatin1Char(':'));
    const qsizetype slash = arg.indexOf(QLatin1Char('/'));
    if (colon > 0 && (slash < 0 || colon < slash))
        return { arg.left(colon), arg.mid(colon + 1) };
    return { {}, arg };
}

QString humanSize(qint64 bytes)
{
    const char *units[] = { "B", "KiB", "MiB", "GiB", "TiB" };
    double v = double(bytes);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(bytes)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

QString typeName(const sftp::Attributes &a)
{
    if (a.isDirectory())
        return QStringLiteral("directory");
    if (a.isSymlink())
        return QStringLiteral("symlink");
    if (a.isRegular())
        return QStringLiteral("file");
    return a.has(sftp::Attributes::Permissions) ? QStringLiteral("other") : QStringLiteral("unknown");
}

// The owner column of sftp-server's `ls -l` long name (display only).
QString ownerOf(const sftp::Entry &e)
{
    const QList<QByteArray> fields = e.longName.simplified().split(' ');
    return fields.size() > 3 ? printable(QString::fromUtf8(fields[2]), 64) : QString();
}

QJsonObject entryJson(const sftp::Entry &e, const QByteArray &target)
{
    QJsonObject o { { QStringLiteral("name"), QString::fromUtf8(e.name) },
                    { QStringLiteral("type"), typeName(e.attrs) } };
    if (e.attrs.has(sftp::Attributes::Size))
        o[QStringLiteral("size")] = qint64(e.attrs.size);
    if (e.attrs.has(sftp::Attributes::Permissions))
        o[QStringLiteral("permissions")] =
            QString::number(e.attrs.permissions & 07777, 8).rightJustified(4, QLatin1Char('0'));
    if (e.attrs.has(sftp::Attributes::UidGid)) {
        o[QStringLiteral("uid")] = qint64(e.attrs.uid);
        o[QStringLiteral("gid")] = qint64(e.attrs.gid);
    }
    if (const QString owner = ownerOf(e); !owner.isEmpty())
        o[QStringLiteral("owner")] = owner;
    if (e.attrs.has(sftp::Attributes::AcModTime))
        o[QStringLiteral("modified")] = QDateTime::fromSecsSinceEpoch(e.attrs.mtime, Qt::UTC).toString(Qt::ISODate);
    if (e.attrs.isSymlink())
        o[QStringLiteral("target")] = QString::fromUtf8(target);
    return o;
}

// Opens the workspace's files through the launch pipeline, then `then(client)`.
template <typename F> void withSession(Cli &cli, const QString &workspace, bool yes, F then)
{
    auto *registry = new SourceRegistry(&cli);
    if (registry->loadError().isError()) {
        cli.finish(cli.fail(registry->loadError()));
        return;
    }
    LaunchRequest request;
    request.workspaceId = workspace;
    request.refresh = false;
    launch<OpenSftpJob>(cli, registry, request, yes, [&cli, then](OpenSftpJob *job) mutable {
        // A session that fails fails every request in flight: the command
        // reports that error, once.
        then(job->takeClient(&cli));
    });
}

int lsCommand(Cli &cli, const Args &args)
{
    const Location where = locate(args.positional[0]);
    if (where.workspace.isEmpty())
        return cli.usage(tr("Name a workspace: WORKSPACE:PATH (for example local.sandbox:src)."),
                         QStringLiteral("keyport-cli ls WORKSPACE:PATH [--json] [-a]"));
    const bool json = args.has(QStringLiteral("json"));
    const bool all = args.has(QStringLiteral("all"));
    withSession(cli, where.workspace, args.has(QStringLiteral("yes")), [&cli, where, json, all](SftpClient *client) {
        const QByteArray path = client->absolute(where.path);
        const QString workspace = where.workspace;
        client->stat(path, false, [&cli, client, path, json, all, workspace](const Result<sftp::Attributes> &attrs) {
            if (!attrs)
                return failExplainingLogin(cli, workspace, attrs.error());
            auto print = [&cli, json](QList<sftp::Entry> entries, QHash<QByteArray, QByteArray> targets) {
                std::sort(entries.begin(), entries.end(),
                          [](const sftp::Entry &a, const sftp::Entry &b) { return a.name < b.name; });
                QJsonArray arr;
                QString text;
                for (const sftp::Entry &e : entries) {
                    if (json) {
                        arr.append(entryJson(e, targets.value(e.name)));
                        continue;
                    }
                    // Names are printed printable: a server's name cannot move the cursor.
                    QString name = printable(QString::fromUtf8(e.name), 1000);
                    if (e.attrs.isDirectory())
                        name += QLatin1Char('/');
                    if (e.attrs.isSymlink())
                        name += QStringLiteral(" -> ") + printable(QString::fromUtf8(targets.value(e.name)), 1000);
                    text +=
                        QStringLiteral("%1  %2  %3  %4\n")
                            .arg(QString::number(e.attrs.permissions & 07777, 8).rightJustified(4, QLatin1Char('0')),
                                 (e.attrs.isDirectory() ? QString() : humanSize(qint64(e.attrs.size)))
                                     .rightJustified(10),
                                 e.attrs.has(sftp::Attributes::AcModTime)
                                     ? QDateTime::fromSecsSinceEpoch(e.attrs.mtime)
                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     : QString(),
                                 name);
                }
                if (json)
                    cli.printJson(arr);
                else
                    cli.out(text);
                cli.finish(kExitOk);
            };
            // Symlink targets are one READLINK each, asked all at once.
            auto withTargets = [client, print](QList<sftp::Entry> entries, const QByteArray &dir) {
                auto targets = std::make_shared<QHash<QByteArray, QByteArray>>();
                auto waiting = std::make_shared<int>(0);
                for (const sftp::Entry &e : entries)
                    if (e.attrs.isSymlink())
                        ++*waiting;
                if (*waiting == 0)
                    return print(entries, {});
                for (const sftp::Entry &e : entries) {
                    if (!e.attrs.isSymlink())
                        continue;
                    client->readLink(sftp::joinPath(dir, e.name), [targets, waiting, entries, print,
                                                                   name = e.name](const Result<QByteArray> &target) {
                        if (target)
                            targets->insert(name, *target);
                        if (--*waiting == 0)
                            print(entries, *targets);
                    });
                }
            };
            if (!attrs->isDirectory()) {
                sftp::Entry e;
                e.name = path.mid(path.lastIndexOf('/') + 1);
                e.attrs = *attrs;
                return withTargets({ e }, sftp::parentPath(path));
            }
            client->listDirectory(path, [&cli, path, all, withTargets](const Result<QList<sftp::Entry>> &entries) {
                if (!entries)
                    return cli.finish(cli.fail(entries.error()));
                QList<sftp::Entry> shown;
                for (const sftp::Entry &e : *entries)
                    if (all || !e.name.startsWith('.'))
                        shown << e;
                withTargets(shown, path);
            });
        });
    });
    return kPending;
}

const char kCpSynopsis[] = "keyport-cli cp [-r] [--resume] [--preserve] [-n|-u] [--yes] SRC... DST";

int cpCommand(Cli &cli, const Args &args)
{
    const QString synopsis = QLatin1String(kCpSynopsis);
    if (args.has(QStringLiteral("no-clobber")) && args.has(QStringLiteral("update")))
        return cli.usage(tr("Choose one of -n (keep what is there) and -u (replace only older files)."), synopsis);
    const QStringList sources = args.positional.mid(0, args.positional.size() - 1);
    const Location dest = locate(args.positional.last());
    QString workspace = dest.workspace;
    QStringList paths;
    for (const QString &s : sources) {
        const Location l = locate(s);
        if (!l.workspace.isEmpty() && !dest.workspace.isEmpty())
            return cli.usage(tr("Copying from one workspace to another is not supported: copy through this machine."),
                             synopsis);
        if (!dest.workspace.isEmpty() && !l.workspace.isEmpty())
            return cli.usage(tr("Only one side can be a workspace."), synopsis);
        if (dest.workspace.isEmpty() && l.workspace.isEmpty())
            return cli.usage(tr("One side must be a workspace: WORKSPACE:PATH."), synopsis);
        if (!l.workspace.isEmpty()) {
            if (!workspace.isEmpty() && workspace != l.workspace)
                return cli.usage(tr("All sources must be on the same workspace."), synopsis);
            workspace = l.workspace;
            paths << l.path;
        } else {
            paths << QFileInfo(l.path).absoluteFilePath();
        }
    }
    const bool download = dest.workspace.isEmpty();
    SftpCopyJob::Options options;
    options.recursive = args.has(QStringLiteral("recursive"));
    options.transfer.resume = args.has(QStringLiteral("resume"));
    options.transfer.preservePermissions = args.has(QStringLiteral("preserve"));
    // As cp and scp do: replace, unless -n (keep) or -u (only older ones).
    options.transfer.ifExists = args.has(QStringLiteral("no-clobber")) ? TransferOptions::IfExists::Skip
                                : args.has(QStringLiteral("update"))   ? TransferOptions::IfExists::OverwriteIfNewer
                                                                       : TransferOptions::IfExists::Overwrite;
    const QString target = download ? QFileInfo(dest.path).absoluteFilePath()
                                          + (dest.path.endsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString())
                                    : dest.path;
    const bool progress = ::isatty(STDERR_FILENO) == 1;
    withSession(
        cli, workspace, args.has(QStringLiteral("yes")),
        [&cli, workspace, paths, target, options, download, progress](SftpClient *client) {
            auto *job =
                new SftpCopyJob(client, download ? SftpCopyJob::Direction::Download : SftpCopyJob::Direction::Upload,
                                paths, target, options, &cli);
            auto clock = std::make_shared<QElapsedTimer>();
            clock->start();
            auto shownAt = std::make_shared<qint64>(-1000);
            if (progress)
                QObject::connect(job, &SftpCopyJob::transferred, &cli,
                                 [clock, shownAt](qint64 done, qint64 total, const QString &current) {
                                     // A few times a second is enough for a person.
                                     if (clock->elapsed() - *shownAt < 200 && done < total)
                                         return;
                                     *shownAt = clock->elapsed();
                                     const double seconds = qMax<qint64>(1, clock->elapsed()) / 1000.0;
                                     const double rate = double(done) / seconds;
                                     const qint64 left = rate > 0 ? qint64(double(total - done) / rate) : -1;
                                     const QString line =
                                         QStringLiteral("\r\033[K%1  %2 / %3  %4/s  %5")
                                             .arg(printable(QFileInfo(current).fileName(), 40), humanSize(done),
                                                  humanSize(total), humanSize(qint64(rate)),
                                                  left < 0 ? QString()
                                                           : QStringLiteral("%1:%2 left")
                                                                 .arg(left / 60)
                                                                 .arg(left % 60, 2, 10, QLatin1Char('0')));
                                     std::fputs(line.toLocal8Bit().constData(), stderr);
                                 });
            startJob(job, &cli, [&cli, progress, workspace](SftpCopyJob *done) {
                if (progress)
                    std::fputs("\r\033[K", stderr);
                for (const QString &w : done->warnings())
                    cli.note(tr("note: %1").arg(w));
                if (done->failed())
                    return failExplainingLogin(cli, workspace, done->error());
                if (progress)
                    cli.note(
                        tr("Copied %n file(s), %1.", nullptr, done->filesDone()).arg(humanSize(done->bytesDone())));
                cli.finish(kExitOk);
            });
        });
    return kPending;
}

} // namespace

int runFilesCommand(Cli &cli, const QString &command, const QStringList &argv)
{
    if (command == QLatin1String("ls")) {
        const QString synopsis = QStringLiteral("keyport-cli ls WORKSPACE:PATH [--json] [-a] [--yes]");
        auto a = parseArgs(argv, { { QStringLiteral("json"), QStringLiteral("all"), QStringLiteral("yes") },
                                   {},
                                   1,
                                   1,
                                   { { QStringLiteral("a"), QStringLiteral("all") } } });
        return a ? lsCommand(cli, *a) : cli.usage(a.error().message, synopsis);
    }
    const QString synopsis = QLatin1String(kCpSynopsis);
    auto a = parseArgs(argv, { { QStringLiteral("recursive"), QStringLiteral("resume"), QStringLiteral("preserve"),
                                 QStringLiteral("no-clobber"), QStringLiteral("update"), QStringLiteral("yes") },
                               {},
                               2,
                               100000,
                               { { QStringLiteral("r"), QStringLiteral("recursive") },
                                 { QStringLiteral("R"), QStringLiteral("recursive") },
                                 { QStringLiteral("p"), QStringLiteral("preserve") },
                                 { QStringLiteral("n"), QStringLiteral("no-clobber") },
                                 { QStringLiteral("u"), QStringLiteral("update") } } });
    return a ? cpCommand(cli, *a) : cli.usage(a.error().message, synopsis);
}

} // namespace keyport::cli
