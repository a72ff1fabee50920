// keyport-cli ls and cp against a real sshd (the sandbox, whose sftp is
// OpenSSH's internal-sftp, sftp-server's code): round trips of every size,
// folders, names, times, a server killed mid-transfer and resumed, hostile
// trees, and the pinned host key guarding files as it guards a terminal.
#include "fixtures.h"

#include "common/text.h"
#include "identity/privatekey.h"
#include "launch/sshcommand.h"
#include "session/sftpclient.h"
#include "session/sftpworker.h"
#include "sshconfig/knownhosts.h"
#include "transport/stream.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>
#include <utime.h>

using namespace keyport;

class TestFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrips_data();
    void roundTrips();
    void treeOfSmallFiles();
    void lsListsAFolder();
    void missingPathIsAClearError();
    void serverKilledMidTransferResumes_data();
    void serverKilledMidTransferResumes();
    void resumeStartsOverWhenThePartDiffers();
    void hostileRemoteTreeStaysInItsFolder();
    void namesNoFileSystemHoldsAreRefused();
    void localLinksAndSpecialFilesAreSkipped();
    void fullLocalDiskKeepsTheOldFile();
    void changedHostKeyBlocksFiles();
    void workerKeepsTheSessionOffTheCallersThread();
    void numberedNamesKeepTheSuffix();
    void conflictChoices();
    void cpKeepsOrUpdatesOnRequest();
    void askedConflicts();

private:
    QString knownHosts() const { return QDir(m_sandbox.sshDir()).filePath(QStringLiteral("keyport/known_hosts")); }
    QString remote(const QString &name) const { return QDir(m_remote->path()).filePath(name); }
    static QString at(const QString &path) { return QStringLiteral("local.sandbox:") + path; }
    test::SandboxHome m_sandbox;
    std::unique_ptr<QTemporaryDir> m_remote; // the "workspace" side: the sandbox is this machine
    std::unique_ptr<QTemporaryDir> m_local;
};

using test::mtimeOf;
using test::setMtime;

void TestFiles::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("ssh");
    m_remote = std::make_unique<QTemporaryDir>();
    m_local = std::make_unique<QTemporaryDir>();
    const QString sandbox = m_sandbox.start();
    QVERIFY2(sandbox.isEmpty(), qPrintable(sandbox));
}

void TestFiles::roundTrips_data()
{
    test::addRoundTripRows();
}

// Up and down again: the same bytes, the same modification time, and no part
// file left on either side.
void TestFiles::roundTrips()
{
    QFETCH(QString, name);
    QFETCH(qint64, size);
    const QString source = QDir(m_local->path()).filePath(name);
    QVERIFY(test::writeRandomFile(source, size));
    QVERIFY(setMtime(source, 1700000000));
    auto up = test::runCli({ QStringLiteral("cp"), source, at(remote(name)) });
    QVERIFY2(up.exitCode == 0, qPrintable(up.describe()));
    QCOMPARE(test::sha256Of(remote(name)), test::sha256Of(source));
    QCOMPARE(mtimeOf(remote(name)), qint64(1700000000));
    QVERIFY(!QFile::exists(remote(name) + QStringLiteral(".keyport-part")));

    const QString back = QDir(m_local->path()).filePath(QStringLiteral("back-") + name);
    auto down = test::runCli({ QStringLiteral("cp"), at(remote(name)), back });
    QVERIFY2(down.exitCode == 0, qPrintable(down.describe()));
    QCOMPARE(test::sha256Of(back), test::sha256Of(source));
    QCOMPARE(QFileInfo(back).size(), size);
    QCOMPARE(mtimeOf(back), qint64(1700000000));
    QVERIFY(!QFile::exists(back + QStringLiteral(".keyport-part")));
    // Piped: quiet on success.
    QVERIFY2(down.err.isEmpty(), down.err.constData());
}

// 2,000 small files in nested folders, up with -r and down again.
void TestFiles::treeOfSmallFiles()
{
    const QString tree = QDir(m_local->path()).filePath(QStringLiteral("tree"));
    for (int i = 0; i < 2000; ++i) {
        const QString path = QStringLiteral("%1/d%2/f%3 name.txt").arg(tree).arg(i % 20).arg(i);
        QVERIFY(test::writeFile(path, QByteArray::number(i).repeated(i % 50 + 1)));
    }
    QElapsedTimer timer;
    timer.start();
    auto up = test::runCli({ QStringLiteral("cp"), QStringLiteral("-r"), tree, at(m_remote->path()) });
    QVERIFY2(up.exitCode == 0, qPrintable(up.describe()));
    qInfo("2,000 files up in %lld ms", timer.elapsed());
    const QString down = QDir(m_local->path()).filePath(QStringLiteral("tree-back"));
    QVERIFY(QDir().mkpath(down));
    timer.restart();
    auto back = test::runCli({ QStringLiteral("cp"), QStringLiteral("-r"), at(remote(QStringLiteral("tree"))), down });
    QVERIFY2(back.exitCode == 0, qPrintable(back.describe()));
    qInfo("2,000 files down in %lld ms", timer.elapsed());
    int files = 0;
    for (QDirIterator it(tree, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        const QString copy = QDir(down).filePath(QStringLiteral("tree/") + QDir(tree).relativeFilePath(path));
        QVERIFY2(test::readFile(copy) == test::readFile(path), qPrintable(copy));
        ++files;
    }
    QCOMPARE(files, 2000);
    int copies = 0;
    for (QDirIterator it(QDir(down).filePath(QStringLiteral("tree")), QDir::Files, QDirIterator::Subdirectories);
         it.hasNext(); it.next())
        ++copies;
    QCOMPARE(copies, 2000);
}

void TestFiles::lsListsAFolder()
{
    const QString dir = remote(QStringLiteral("listing"));
    QVERIFY(test::writeFile(QDir(dir).filePath(QStringLiteral("a file.txt")), "hello"));
    QVERIFY(test::writeFile(QDir(dir).filePath(QStringLiteral(".hidden")), "x"));
    QVERIFY(QDir(dir).mkdir(QStringLiteral("sub")));
    QVERIFY(QFile::link(QStringLiteral("/etc"), QDir(dir).filePath(QStringLiteral("etc-link"))));
    QVERIFY(setMtime(QDir(dir).filePath(QStringLiteral("a file.txt")), 1600000000));
    auto r = test::runCli({ QStringLiteral("ls"), at(dir), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
    QStringList names;
    for (const auto &v : arr)
        names << v[QStringLiteral("name")].toString();
    QCOMPARE(names, (QStringList { QStringLiteral("a file.txt"), QStringLiteral("etc-link"), QStringLiteral("sub") }));
    QCOMPARE(arr[0][QStringLiteral("size")].toInt(), 5);
    QCOMPARE(arr[0][QStringLiteral("type")].toString(), QStringLiteral("file"));
    QCOMPARE(arr[0][QStringLiteral("modified")].toString(), QStringLiteral("2020-09-13T12:26:40Z"));
    QCOMPARE(arr[1][QStringLiteral("type")].toString(), QStringLiteral("symlink"));
    QCOMPARE(arr[1][QStringLiteral("target")].toString(), QStringLiteral("/etc"));
    QCOMPARE(arr[2][QStringLiteral("type")].toString(), QStringLiteral("directory"));
    // -a shows hidden files; the text form marks folders and links.
    auto all = test::runCli({ QStringLiteral("ls"), QStringLiteral("-a"), at(dir) });
    QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
    QVERIFY(all.out.contains(".hidden"));
    QVERIFY(all.out.contains("sub/"));
    QVERIFY(all.out.contains("etc-link -> /etc"));
}

void TestFiles::missingPathIsAClearError()
{
    auto r = test::runCli({ QStringLiteral("ls"), at(remote(QStringLiteral("no/such/folder"))) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no such file or folder") && r.err.contains("no/such/folder"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    auto cp = test::runCli({ QStringLiteral("cp"), at(remote(QStringLiteral("missing.bin"))), m_local->path() });
    QCOMPARE(cp.exitCode, 1);
    QVERIFY2(cp.err.contains("missing.bin"), cp.err.constData());
    // A folder without -r says how.
    auto folder = test::runCli({ QStringLiteral("cp"), at(m_remote->path()), m_local->path() });
    QCOMPARE(folder.exitCode, 1);
    QVERIFY2(folder.err.contains("-r"), folder.err.constData());
    auto usage = test::runCli({ QStringLiteral("cp"), QStringLiteral("a"), QStringLiteral("b") });
    QCOMPARE(usage.exitCode, 2);
}

void TestFiles::serverKilledMidTransferResumes_data()
{
    QTest::addColumn<bool>("upload");
    QTest::newRow("download") << false;
    QTest::newRow("upload") << true;
}

// The sshd goes away in the middle: a clear error, the part file stays (a
// prefix of the source), and --resume after a restart completes it exactly.
void TestFiles::serverKilledMidTransferResumes()
{
    QFETCH(bool, upload);
    const qint64 size = qint64(300) << 20;
    const QString name = upload ? QStringLiteral("killed-up.bin") : QStringLiteral("killed-down.bin");
    const QString localFile = QDir(m_local->path()).filePath(name);
    const QString remoteFile = remote(name);
    const QString source = upload ? localFile : remoteFile;
    const QString target = upload ? remoteFile : localFile;
    QVERIFY(test::writeRandomFile(source, size));
    const QString part = target + QStringLiteral(".keyport-part");

    QProcess cp;
    cp.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    const QStringList cpArgs = upload ? QStringList { QStringLiteral("cp"), localFile, at(remoteFile) }
                                      : QStringList { QStringLiteral("cp"), at(remoteFile), localFile };
    cp.start(test::cliPath(), cpArgs);
    QVERIFY(cp.waitForStarted());
    // Kill the server once a good part has arrived.
    QElapsedTimer timer;
    timer.start();
    while (QFileInfo(part).size() < (size / 8) && timer.elapsed() < 60000 && cp.state() == QProcess::Running)
        QTest::qWait(5);
    QVERIFY2(QFileInfo(part).size() >= size / 8, "the transfer did not get going");
    QVERIFY(test::killSandboxSshd(m_sandbox.path()));
    QVERIFY(cp.waitForFinished(60000));
    const QByteArray err = cp.readAllStandardError();
    QCOMPARE(cp.exitCode(), 1);
    QVERIFY2(err.count('\n') == 1 && err.contains("lost") && err.contains(".keyport-part") && err.contains("resume"),
             err.constData());
    QVERIFY2(!QFile::exists(target), "a partial target exists");
    const qint64 kept = QFileInfo(part).size();
    QVERIFY2(kept > 0 && kept < size, qPrintable(QString::number(kept)));
    // What is there is exactly the start of the source.
    {
        QFile a(source), b(part);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(b.readAll(), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(a.read(kept), QCryptographicHash::Sha256));
    }

    auto start = test::runCli(test::args({ "sandbox", "start", "--own-key" }));
    QVERIFY2(start.exitCode == 0, qPrintable(start.describe()));
    auto resumed = test::runCli(cpArgs.mid(0, 1) + QStringList { QStringLiteral("--resume") } + cpArgs.mid(1));
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
    QCOMPARE(test::sha256Of(target), test::sha256Of(source));
    QVERIFY(!QFile::exists(part));
    QFile::remove(localFile);
    QFile::remove(remoteFile);
}

// A part file that is not a prefix of the source is not trusted: --resume
// starts over and the result is still exact.
void TestFiles::resumeStartsOverWhenThePartDiffers()
{
    const QString source = remote(QStringLiteral("changed.bin"));
    QVERIFY(test::writeRandomFile(source, (1 << 20) + 17));
    const QString target = QDir(m_local->path()).filePath(QStringLiteral("changed.bin"));
    QVERIFY(test::writeFile(target + QStringLiteral(".keyport-part"), QByteArray(300000, 'z')));
    auto r = test::runCli({ QStringLiteral("cp"), QStringLiteral("--resume"), at(source), target });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(test::sha256Of(target), test::sha256Of(source));
}

// Names a hostile server (or user) can put in a tree: newlines, control
// characters, a symlink out to /etc. The copy stays inside its folder, the
// link is not followed, and what was skipped is said.
void TestFiles::hostileRemoteTreeStaysInItsFolder()
{
    const QString tree = remote(QStringLiteral("hostile"));
    QVERIFY(test::writeFile(QDir(tree).filePath(QStringLiteral("plain.txt")), "ok"));
    QVERIFY(test::writeFile(QDir(tree).filePath(QStringLiteral("new\nline")), "nl"));
    QVERIFY(test::writeFile(QDir(tree).filePath(QStringLiteral("esc\x1b[31m")), "esc"));
    QVERIFY(QFile::link(QStringLiteral("/etc"), QDir(tree).filePath(QStringLiteral("etc"))));
    QVERIFY(QFile::link(QStringLiteral(".."), QDir(tree).filePath(QStringLiteral("up"))));
    QVERIFY(test::writeFile(QDir(tree).filePath(QStringLiteral("sub/deeper.txt")), "deep"));
    QTemporaryDir into;
    auto r = test::runCli({ QStringLiteral("cp"), QStringLiteral("-r"), at(tree), into.path() });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QStringList got;
    for (QDirIterator it(into.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        got << QDir(into.path()).relativeFilePath(it.next());
    got.sort();
    QCOMPARE(got, (QStringList { QStringLiteral("hostile"), QStringLiteral("hostile/plain.txt"),
                                 QStringLiteral("hostile/sub"), QStringLiteral("hostile/sub/deeper.txt") }));
    QVERIFY2(r.err.contains("symbolic link") && r.err.contains("cannot be a file name"), r.err.constData());
    // Nothing escaped next to the destination either.
    QVERIFY(!QFileInfo::exists(QDir(into.path()).filePath(QStringLiteral("../passwd"))));
}

// What a real file system cannot hold, only a lying server can send: names
// with "/", "..", an absolute path, a NUL. None of them writes anything, in
// the folder or outside it; the honest file next to them arrives.
void TestFiles::namesNoFileSystemHoldsAreRefused()
{
    QTemporaryDir outer;
    const QString into = QDir(outer.path()).filePath(QStringLiteral("into"));
    QVERIFY(QDir().mkpath(into));
    SftpClient client(new ProcessStream(QStringLiteral(KEYPORT_HOSTILE_SFTP_PEER), {}));
    QSignalSpy ready(&client, &SftpClient::ready);
    client.start();
    QVERIFY(ready.wait(10000));
    SftpCopyJob::Options options;
    options.recursive = true;
    auto *job =
        new SftpCopyJob(&client, SftpCopyJob::Direction::Download, { QStringLiteral("/hostile") }, into, options);
    QStringList warnings;
    bool done = false;
    Error error;
    startJob(job, this, [&](SftpCopyJob *finished) {
        warnings = finished->warnings();
        error = finished->error();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(!error.isError(), qPrintable(error.oneLine()));
    QStringList written;
    for (QDirIterator it(outer.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                         QDirIterator::Subdirectories);
         it.hasNext();)
        written << QDir(outer.path()).relativeFilePath(it.next());
    written.sort();
    QCOMPARE(written, (QStringList { QStringLiteral("into"), QStringLiteral("into/hostile"),
                                     QStringLiteral("into/hostile/ok.txt") }));
    QCOMPARE(test::readFile(QDir(into).filePath(QStringLiteral("hostile/ok.txt"))), QByteArray("the honest file\n"));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/absolute")));
    // Each refused name is said (printable), and "." and ".." are not names at all.
    QCOMPARE(warnings.size(), 5);
    for (const QString &w : warnings)
        QVERIFY2(!hasControlCharacters(w), qPrintable(w));
}

// An upload never follows a local link (a loop would never end) and never
// reads a FIFO (it would block): both are skipped, and said.
void TestFiles::localLinksAndSpecialFilesAreSkipped()
{
    const QString tree = QDir(m_local->path()).filePath(QStringLiteral("loops"));
    QVERIFY(test::writeFile(QDir(tree).filePath(QStringLiteral("real.txt")), "real"));
    QVERIFY(QFile::link(tree, QDir(tree).filePath(QStringLiteral("loop"))));
    QVERIFY(::mkfifo(QFile::encodeName(QDir(tree).filePath(QStringLiteral("fifo"))).constData(), 0600) == 0);
    auto r = test::runCli({ QStringLiteral("cp"), QStringLiteral("-r"), tree, at(m_remote->path()) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(test::readFile(remote(QStringLiteral("loops/real.txt"))), QByteArray("real"));
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("loops/loop"))));
    QVERIFY(!QFileInfo::exists(remote(QStringLiteral("loops/fifo"))));
    QVERIFY2(r.err.contains("symbolic link") && r.err.contains("not a regular file"), r.err.constData());
}

// A download onto a full disk (a 1 MiB tmpfs, in a private mount namespace)
// fails with a clear error, and the file it would have replaced is whole.
void TestFiles::fullLocalDiskKeepsTheOldFile()
{
    KEYPORT_REQUIRE_TOOL("unshare");
    const QString source = remote(QStringLiteral("too-big.bin"));
    QVERIFY(test::writeRandomFile(source, 3 << 20));
    const QString mount = QDir(m_local->path()).filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(mount));
    const QString script = QStringLiteral(R"(set -e
mount -t tmpfs -o size=1m keyport-full "$1"
printf 'the old contents' > "$1/keep.bin"
set +e
"$2" cp "local.sandbox:$3" "$1/keep.bin"
code=$?
printf 'the old contents' | cmp -s - "$1/keep.bin" && echo "kept" >&2
exit $code
)");
    auto r = test::runProcess(test::findTool(QStringLiteral("unshare")),
                              { QStringLiteral("-Urm"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                QStringLiteral("sh"), mount, test::cliPath(), source });
    if (r.err.contains("mount:"))
        QSKIP(qPrintable(QStringLiteral("no tmpfs in a user namespace here: ") + QString::fromUtf8(r.err)));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("kept"), r.err.constData());
    QVERIFY2(r.err.contains("keep.bin.keyport-part") && r.err.contains("No space left"), r.err.constData());
}

// Files are reached through the same pinned host key as a terminal: a
// changed key blocks them with the same explanation.
void TestFiles::changedHostKeyBlocksFiles()
{
    const KnownHosts pins(knownHosts());
    const auto real = pins.pinned(QStringLiteral("local.sandbox"));
    QVERIFY(real.has_value());
    auto other = PrivateKey::generate(KeyAlgorithm::Ed25519);
    QVERIFY(pins.pin(QStringLiteral("local.sandbox"), other->publicKey()).ok());
    auto r = test::runCli({ QStringLiteral("ls"), at(m_remote->path()) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(other->publicKey().fingerprint().toUtf8()), r.err.constData());
    QVERIFY(r.err.contains(real->fingerprint().toUtf8()));
    auto cp = test::runCli({ QStringLiteral("cp"), at(remote(QStringLiteral("listing/a file.txt"))), m_local->path() });
    QCOMPARE(cp.exitCode, 1);
    QVERIFY(pins.pin(QStringLiteral("local.sandbox"), *real).ok());
    auto again = test::runCli({ QStringLiteral("ls"), at(m_remote->path()) });
    QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
}

// The app's way: an SftpWorker, whose session (ssh's pipes, the protocol,
// the local files of a transfer) lives on a thread of its own, while every
// answer and signal comes back on the caller's thread.
void TestFiles::workerKeepsTheSessionOffTheCallersThread()
{
    const std::optional<Workspace> w = test::listedWorkspace(QStringLiteral("local.sandbox"));
    QCOMPARE(w->id(), QStringLiteral("local.sandbox"));
    const QString cli = test::cliPath();
    QThread *caller = QThread::currentThread();
    auto *argvThread = new QThread *(nullptr);
    std::unique_ptr<QThread *> argvThreadOwner(argvThread);
    SftpWorker worker([w, cli, argvThread] {
        *argvThread = QThread::currentThread();
        return sshcommand::sftpArgv(*w, cli);
    });
    QSignalSpy ready(&worker, &SftpWorker::ready);
    worker.start();
    QVERIFY(ready.wait(20000));
    QVERIFY(worker.sessionThread() != caller);
    QCOMPARE(*argvThread, worker.sessionThread()); // ~/.ssh/config is read there, not here

    const QString dir = remote(QStringLiteral("worker"));
    QVERIFY(test::writeFile(QDir(dir).filePath(QStringLiteral("one.txt")), "one"));
    QThread *listedOn = nullptr;
    QList<sftp::Entry> entries;
    bool listed = false;
    worker.list(dir.toUtf8(), [&](const Result<QList<sftp::Entry>> &r) {
        listedOn = QThread::currentThread();
        listed = true;
        if (r)
            entries = *r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
    QCOMPARE(listedOn, caller);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().name, QByteArray("one.txt"));

    // A transfer: progress and finished on the caller's thread, the bytes right.
    const QString source = QDir(m_local->path()).filePath(QStringLiteral("worker.bin"));
    QVERIFY(test::writeRandomFile(source, 8 << 20));
    SftpCopyJob::Options options;
    options.transfer.ifExists = TransferOptions::IfExists::Overwrite;
    SftpTransferHandle *up = worker.copy(SftpCopyJob::Direction::Upload, { source }, dir, options);
    QThread *progressOn = nullptr;
    connect(up, &SftpTransferHandle::progressed, this, [&] { progressOn = QThread::currentThread(); });
    QSignalSpy upDone(up, &SftpTransferHandle::finished);
    QVERIFY(upDone.wait(30000));
    QVERIFY2(!up->error().isError(), qPrintable(up->error().oneLine()));
    QCOMPARE(progressOn, caller);
    QCOMPARE(test::sha256Of(QDir(dir).filePath(QStringLiteral("worker.bin"))), test::sha256Of(source));

    // Cancelled: finished with Cancelled, and nothing half-written at the target.
    const QString big = QDir(m_local->path()).filePath(QStringLiteral("worker-big.bin"));
    QVERIFY(test::writeRandomFile(big, 200 << 20));
    SftpTransferHandle *cancelled = worker.copy(SftpCopyJob::Direction::Upload, { big }, dir, options);
    connect(cancelled, &SftpTransferHandle::progressed, cancelled, &SftpTransferHandle::cancel);
    QSignalSpy cancelDone(cancelled, &SftpTransferHandle::finished);
    QVERIFY(cancelDone.wait(30000));
    QCOMPARE(cancelled->error().code, ErrorCode::Cancelled);
    QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("worker-big.bin"))));
    QFile::remove(big);
}

void TestFiles::numberedNamesKeepTheSuffix()
{
    QCOMPARE(numberedName(QStringLiteral("report.pdf"), 1), QStringLiteral("report (1).pdf"));
    QCOMPARE(numberedName(QStringLiteral("data.tar.gz"), 2), QStringLiteral("data (2).tar.gz"));
    QCOMPARE(numberedName(QStringLiteral(".bashrc"), 1), QStringLiteral(".bashrc (1)"));
    QCOMPARE(numberedName(QStringLiteral("README"), 3), QStringLiteral("README (3)"));
}

namespace {

// Copies and waits; the error (none on success).
Error copyAndWait(SftpWorker &worker, SftpCopyJob::Direction direction, const QStringList &sources,
                  const QString &destination, const SftpCopyJob::Options &options)
{
    SftpTransferHandle *h = worker.copy(direction, sources, destination, options);
    QSignalSpy done(h, &SftpTransferHandle::finished);
    if (!h->isFinished() && !done.wait(30000))
        return Error(ErrorCode::Timeout, QStringLiteral("the copy did not finish"));
    return h->error();
}

} // namespace

// Each choice for a target that is there, both ways: what ends up where.
void TestFiles::conflictChoices()
{
    auto worker = test::readySftpWorker();
    QVERIFY(worker);
    using IfExists = TransferOptions::IfExists;
    const QString dir = remote(QStringLiteral("conflicts"));
    const QString mine = QDir(m_local->path()).filePath(QStringLiteral("conflicts"));
    QVERIFY(QDir().mkpath(dir) && QDir().mkpath(mine));
    const auto there = [&](const QString &name) {
        return test::readFile(QDir(dir).filePath(name));
    };
    const auto local = [&](const QString &name) {
        return QDir(mine).filePath(name);
    };
    auto put = [&](const QString &path, const QByteArray &data, qint64 mtime) {
        return test::writeFile(path, data) && setMtime(path, mtime);
    };
    const qint64 older = 1000000000, newer = 1700000000;
    QVERIFY(put(QDir(dir).filePath(QStringLiteral("a.txt")), "remote a", older));
    QVERIFY(put(QDir(dir).filePath(QStringLiteral("b.txt")), "remote b", newer));
    QVERIFY(put(local(QStringLiteral("a.txt")), "local a", newer));
    QVERIFY(put(local(QStringLiteral("b.txt")), "local b", older));
    SftpCopyJob::Options options;
    const auto up = [&](const QString &name, IfExists ifExists) {
        options.transfer.ifExists = ifExists;
        return copyAndWait(*worker, SftpCopyJob::Direction::Upload, { local(name) }, dir + QLatin1Char('/'), options);
    };

    // Fail: said, and nothing changes.
    Error e = up(QStringLiteral("a.txt"), IfExists::Fail);
    QCOMPARE(e.code, ErrorCode::AlreadyExists);
    QVERIFY2(e.message.contains(QStringLiteral("a.txt")), qPrintable(e.message));
    QCOMPARE(there(QStringLiteral("a.txt")), QByteArray("remote a"));
    // Skip: nothing changes, and it is no error.
    e = up(QStringLiteral("a.txt"), IfExists::Skip);
    QVERIFY2(!e.isError(), qPrintable(e.oneLine()));
    QCOMPARE(there(QStringLiteral("a.txt")), QByteArray("remote a"));
    // Overwrite if newer: the newer local a replaces; the older local b does not.
    QVERIFY(!up(QStringLiteral("a.txt"), IfExists::OverwriteIfNewer).isError());
    QVERIFY(!up(QStringLiteral("b.txt"), IfExists::OverwriteIfNewer).isError());
    QCOMPARE(there(QStringLiteral("a.txt")), QByteArray("local a"));
    QCOMPARE(mtimeOf(QDir(dir).filePath(QStringLiteral("a.txt"))), newer);
    QCOMPARE(there(QStringLiteral("b.txt")), QByteArray("remote b"));
    // Keep both: "b (1).txt", then "b (2).txt"; b.txt stays.
    QVERIFY(!up(QStringLiteral("b.txt"), IfExists::Rename).isError());
    QVERIFY(!up(QStringLiteral("b.txt"), IfExists::Rename).isError());
    QCOMPARE(there(QStringLiteral("b.txt")), QByteArray("remote b"));
    QCOMPARE(there(QStringLiteral("b (1).txt")), QByteArray("local b"));
    QCOMPARE(there(QStringLiteral("b (2).txt")), QByteArray("local b"));
    QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("b (3).txt"))));

    // The same choices coming down.
    const auto down = [&](const QString &name, IfExists ifExists) {
        options.transfer.ifExists = ifExists;
        return copyAndWait(*worker, SftpCopyJob::Direction::Download, { QDir(dir).filePath(name) },
                           mine + QLatin1Char('/'), options);
    };
    QVERIFY(!down(QStringLiteral("b.txt"), IfExists::Rename).isError());
    QCOMPARE(test::readFile(local(QStringLiteral("b (1).txt"))), QByteArray("remote b"));
    QCOMPARE(test::readFile(local(QStringLiteral("b.txt"))), QByteArray("local b"));
    QVERIFY(!down(QStringLiteral("b.txt"), IfExists::OverwriteIfNewer).isError()); // remote b is newer
    QCOMPARE(test::readFile(local(QStringLiteral("b.txt"))), QByteArray("remote b"));
    QCOMPARE(down(QStringLiteral("b.txt"), IfExists::Fail).code, ErrorCode::AlreadyExists);

    // A retry's quick check: same size and time is taken as copied, even
    // when (here, on purpose) the bytes differ; another time is copied.
    QVERIFY(put(local(QStringLiteral("b.txt")), "REMOTE B", newer));
    options.transfer.skipIdentical = true;
    QVERIFY(!down(QStringLiteral("b.txt"), IfExists::Overwrite).isError());
    QCOMPARE(test::readFile(local(QStringLiteral("b.txt"))), QByteArray("REMOTE B"));
    QVERIFY(setMtime(local(QStringLiteral("b.txt")), newer + 1));
    QVERIFY(!down(QStringLiteral("b.txt"), IfExists::Overwrite).isError());
    QCOMPARE(test::readFile(local(QStringLiteral("b.txt"))), QByteArray("remote b"));
}

// cp replaces as cp does; -n keeps what is there, -u replaces only older files.
void TestFiles::cpKeepsOrUpdatesOnRequest()
{
    const QString there = remote(QStringLiteral("clobber.txt"));
    const QString here = QDir(m_local->path()).filePath(QStringLiteral("clobber.txt"));
    QVERIFY(test::writeFile(there, "remote") && setMtime(there, 1700000000));
    QVERIFY(test::writeFile(here, "local") && setMtime(here, 1000000000));
    auto r = test::runCli({ QStringLiteral("cp"), QStringLiteral("-n"), here, at(there) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(test::readFile(there), QByteArray("remote"));
    r = test::runCli({ QStringLiteral("cp"), QStringLiteral("-u"), here, at(there) }); // ours is older
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(test::readFile(there), QByteArray("remote"));
    QVERIFY(setMtime(here, 1800000000));
    r = test::runCli({ QStringLiteral("cp"), QStringLiteral("-u"), here, at(there) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(test::readFile(there), QByteArray("local"));
    r = test::runCli({ QStringLiteral("cp"), QStringLiteral("-n"), QStringLiteral("-u"), here, at(there) });
    QCOMPARE(r.exitCode, 2);
}

// Asking: on the caller's thread, one question at a time however many
// files meet one at once, "for all" answering the rest; a part file an
// earlier try left is a question too, and Resume continues it exactly;
// Cancel stops the copy and changes nothing.
void TestFiles::askedConflicts()
{
    auto worker = test::readySftpWorker();
    QVERIFY(worker);
    const QString dir = remote(QStringLiteral("asked"));
    const QString mine = QDir(m_local->path()).filePath(QStringLiteral("asked"));
    QVERIFY(QDir().mkpath(dir) && QDir().mkpath(mine));
    for (int i = 0; i < 20; ++i) {
        const QString name = QStringLiteral("f%1.txt").arg(i);
        QVERIFY(test::writeFile(QDir(dir).filePath(name), "remote " + QByteArray::number(i)));
        QVERIFY(test::writeFile(QDir(mine).filePath(name), "local " + QByteArray::number(i)));
    }
    QThread *caller = QThread::currentThread();
    int asked = 0;
    bool offThread = false;
    std::function<void(ConflictAnswer)> pending;
    SftpCopyJob::Options options;
    options.recursive = true;
    options.transfer.ifExists = TransferOptions::IfExists::Ask;
    options.transfer.ask = [&](const TransferConflict &c, std::function<void(ConflictAnswer)> answer) {
        ++asked;
        offThread = offThread || QThread::currentThread() != caller;
        QVERIFY(c.targetExists && !c.download);
        QVERIFY(pending == nullptr); // one at a time
        pending = answer;
    };
    // Cancel: the copy stops; nothing of the folder changed.
    SftpTransferHandle *h =
        worker->copy(SftpCopyJob::Direction::Upload, { mine }, remote(QString()) + QLatin1Char('/'), options);
    QTRY_VERIFY_WITH_TIMEOUT(pending != nullptr, 20000);
    QTest::qWait(300); // the others meet their conflicts meanwhile, and wait
    QCOMPARE(asked, 1);
    std::exchange(pending, nullptr)(ConflictAnswer { ConflictAnswer::Choice::Cancel, false });
    QSignalSpy cancelled(h, &SftpTransferHandle::finished);
    QVERIFY(h->isFinished() || cancelled.wait(20000));
    QCOMPARE(h->error().code, ErrorCode::Cancelled);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(test::readFile(QDir(dir).filePath(QStringLiteral("f%1.txt").arg(i))),
                 "remote " + QByteArray::number(i));

    // Overwrite for all: asked once, every file replaced.
    asked = 0;
    h = worker->copy(SftpCopyJob::Direction::Upload, { mine }, remote(QString()) + QLatin1Char('/'), options);
    QTRY_VERIFY_WITH_TIMEOUT(pending != nullptr, 20000);
    std::exchange(pending, nullptr)(ConflictAnswer { ConflictAnswer::Choice::Overwrite, true });
    QSignalSpy all(h, &SftpTransferHandle::finished);
    QVERIFY(h->isFinished() || all.wait(20000));
    QVERIFY2(!h->error().isError(), qPrintable(h->error().oneLine()));
    QCOMPARE(asked, 1);
    QVERIFY(!offThread);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(test::readFile(QDir(dir).filePath(QStringLiteral("f%1.txt").arg(i))),
                 "local " + QByteArray::number(i));

    // A part file left by an earlier download: asked about, resumed exactly.
    const QString big = QDir(dir).filePath(QStringLiteral("big.bin"));
    QVERIFY(test::writeRandomFile(big, 3 << 20));
    const QString target = QDir(mine).filePath(QStringLiteral("big.bin"));
    QFile source(big);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(test::writeFile(partPathFor(target), source.read(1 << 20)));
    TransferConflict seen;
    options.transfer.ask = [&](const TransferConflict &c, std::function<void(ConflictAnswer)> answer) {
        ++asked;
        seen = c;
        answer(ConflictAnswer { ConflictAnswer::Choice::Resume, false });
    };
    asked = 0;
    const Error e = copyAndWait(*worker, SftpCopyJob::Direction::Download, { big }, target, options);
    QVERIFY2(!e.isError(), qPrintable(e.oneLine()));
    QCOMPARE(asked, 1);
    QVERIFY(!seen.targetExists);
    QCOMPARE(seen.partSize, qint64(1) << 20);
    QCOMPARE(seen.sourceSize, qint64(3) << 20);
    QCOMPARE(test::sha256Of(target), test::sha256Of(big));
    QVERIFY(!QFile::exists(partPathFor(target)));
}

QTEST_GUILESS_MAIN(TestFiles)
#include "tst_files.moc"
