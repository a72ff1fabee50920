// Nothing is ever lost: a file of Keyport's that cannot be parsed is never
// written over (the command names the file and the line and changes
// nothing), every write is atomic (a full disk leaves the old file whole,
// shown on a real tmpfs), a broken cache is moved aside, the old config
// folder is moved up, and adding a source stores nothing half.
#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace keyport;

class TestNothingLost : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void oldConfigFolderMovesUp();
    void trailingCommaLosesNoHosts();
    void brokenFileIsNeverWrittenOver_data();
    void brokenFileIsNeverWrittenOver();
    void brokenCacheIsMovedAside();
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();
    void sourceConfigThatCannotBeSavedStoresNoToken();
    void tokenThatCannotBeStoredTakesTheConfigBack();

private:
    QString configDir() const { return m_home->filePath(QStringLiteral(".config/keyport")); }
    QString stateDir() const { return m_home->filePath(QStringLiteral(".local/share/keyport")); }
    QByteArray secretToolSearch(const QString &key);
    // Runs keyport-cli with `dir` (relative to HOME) on a full tmpfs holding
    // what the folder held; `same` lists the files (relative to `dir`) that
    // were byte for byte what they were before.
    struct FullDiskRun {
        test::ProcessResult cli;
        QStringList same;
        QString problem;
    };
    FullDiskRun onFullDisk(const QString &dir, const QStringList &command, const QStringList &files,
                           const QByteArray &input = {});

    std::unique_ptr<test::TempHome> m_home;
    test::SecretService m_keyring;
    test::SshServer m_sshd;
    QProcess m_peer;
    quint16 m_port = 0;
};

void TestNothingLost::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("unshare");
    KEYPORT_REQUIRE_TOOL("gnome-keyring-daemon");
    KEYPORT_REQUIRE_TOOL("secret-tool");
    KEYPORT_REQUIRE_TOOL("sshd");
    m_home = std::make_unique<test::TempHome>();
    qunsetenv("SSH_AUTH_SOCK");
    QString err = m_keyring.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    err = m_sshd.start();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_port =
        test::startKnotPeer(m_peer, QStringLiteral(KEYPORT_KNOT_PEER),
                            { QStringLiteral("--token"), QStringLiteral("knot-token-1"), QStringLiteral("--sshd-port"),
                              QString::number(m_sshd.port()), QStringLiteral("--authorized-keys"),
                              QDir(m_sshd.dir()).filePath(QStringLiteral("authorized_keys")) });
    QVERIFY(m_port);
}

void TestNothingLost::cleanupTestCase()
{
    test::stopProcess(&m_peer);
}

void TestNothingLost::init()
{
    // Each case starts from no files of Keyport's.
    QDir(m_home->filePath(QStringLiteral(".config"))).removeRecursively();
    QDir(m_home->filePath(QStringLiteral(".local"))).removeRecursively();
    QDir(m_home->sshDir()).removeRecursively();
}

QByteArray TestNothingLost::secretToolSearch(const QString &key)
{
    auto r = test::runProcess(test::findTool(QStringLiteral("secret-tool")),
                              { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                                QStringLiteral("keyport"), QStringLiteral("user"), key });
    return r.out + r.err;
}

void TestNothingLost::oldConfigFolderMovesUp()
{
    // Keyport 0.1 kept ~/.config/keyport/keyport/ (organisation and application both "keyport").
    const QString old = QDir(configDir()).filePath(QStringLiteral("keyport/workspaces.json"));
    QVERIFY(test::writeFile(old, R"({"hosts":[{"name":"legacy","host":"192.0.2.9","port":22}]})"));
    auto list = test::runCli(test::args({ "hosts", "list" }));
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QVERIFY(list.out.contains("ssh.legacy"));
    QVERIFY(QFile::exists(QDir(configDir()).filePath(QStringLiteral("workspaces.json"))));
    QVERIFY(!QFileInfo::exists(QDir(configDir()).filePath(QStringLiteral("keyport"))));
}

void TestNothingLost::trailingCommaLosesNoHosts()
{
    // The reproduction from the issue: two hosts, a trailing comma (a hand
    // edit, a crash, a sync tool), then a third host.
    QCOMPARE(test::runCli(test::args({ "hosts", "add", "alpha", "--host", "192.0.2.1" })).exitCode, 0);
    QCOMPARE(test::runCli(test::args({ "hosts", "add", "beta", "--host", "192.0.2.2" })).exitCode, 0);
    const QString file = QDir(configDir()).filePath(QStringLiteral("workspaces.json"));
    QByteArray broken = test::readFile(file).trimmed();
    QVERIFY(broken.endsWith('}'));
    broken.insert(broken.size() - 1, ",");
    QVERIFY(test::writeFile(file, broken));
    auto gamma = test::runCli(test::args({ "hosts", "add", "gamma", "--host", "192.0.2.3" }));
    QCOMPARE(gamma.exitCode, 1);
    QVERIFY2(gamma.err.contains(file.toUtf8()), gamma.err.constData()); // names the file
    QVERIFY2(gamma.err.contains("line"), gamma.err.constData()); // and where it stopped
    QCOMPARE(test::readFile(file), broken); // alpha and beta are still there, untouched
    QVERIFY(broken.contains("alpha") && broken.contains("beta"));
}

void TestNothingLost::brokenFileIsNeverWrittenOver_data()
{
    QTest::addColumn<QString>("file"); // relative to HOME
    QTest::addColumn<QByteArray>("broken");
    QTest::addColumn<QStringList>("command");
    const QByteArray hosts = R"({"hosts":[{"name":"alpha","host":"192.0.2.1","port":22}],})";
    const QByteArray sources = R"({"sources":[{"name":"team","kind":"knot","url":"http://127.0.0.1:1"}]}})";
    const QByteArray settings = R"({"agent_lifetime_minutes": 5, "favourites": ["ssh.alpha"])";
    const QString w = QStringLiteral(".config/keyport/workspaces.json"),
                  s = QStringLiteral(".config/keyport/sources.json"),
                  p = QStringLiteral(".config/keyport/settings.json");
    QTest::newRow("workspaces: hosts add") << w << hosts << test::args({ "hosts", "add", "b", "--host", "h" });
    QTest::newRow("workspaces: hosts remove") << w << hosts << test::args({ "hosts", "remove", "alpha" });
    QTest::newRow("workspaces: set") << w << hosts << test::args({ "workspaces", "set", "ssh.alpha", "--user", "u" });
    QTest::newRow("workspaces: list") << w << hosts << test::args({ "workspaces", "list" });
    QTest::newRow("sources: list") << s << sources << test::args({ "sources", "list" });
    QTest::newRow("sources: remove") << s << sources << test::args({ "sources", "remove", "team" });
    QTest::newRow("sources: connect") << s << sources << test::args({ "connect", "team.x" });
    QTest::newRow("settings: list") << p << settings << test::args({ "workspaces", "list" });
    QTest::newRow("settings: ssh-config") << p << settings << test::args({ "ssh-config" });
    QTest::newRow("sandbox state: start")
        << QStringLiteral(".local/share/keyport/sandbox/state.json") << QByteArray("{\"port\": 2222, \"pid\": ")
        << test::args({ "sandbox", "start", "--own-key" });
}

void TestNothingLost::brokenFileIsNeverWrittenOver()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, broken);
    QFETCH(QStringList, command);
    const QString path = m_home->filePath(file);
    QVERIFY(test::writeFile(path, broken));
    auto r = test::runCli(command);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("line"), r.err.constData());
    QCOMPARE(test::readFile(path), broken);
    QVERIFY(QDir(QFileInfo(path).absolutePath()).entryList({ QStringLiteral("*.broken-*") }).isEmpty());
}

void TestNothingLost::brokenCacheIsMovedAside()
{
    // The cache only repeats what the sources said: moved aside (kept) and started afresh.
    const QString cache = QDir(stateDir()).filePath(QStringLiteral("workspace-cache.json"));
    const QByteArray broken = "{\"workspaces\": [ {\"id\": ";
    QVERIFY(test::writeFile(cache, broken));
    auto r = test::runCli(test::args({ "workspaces", "list", "--source", "ssh" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList aside = QDir(stateDir()).entryList({ QStringLiteral("workspace-cache.json.broken-*") });
    QCOMPARE(aside.size(), 1);
    QCOMPARE(test::readFile(QDir(stateDir()).filePath(aside.first())), broken);
    QVERIFY(QJsonDocument::fromJson(test::readFile(cache)).isObject());
}

TestNothingLost::FullDiskRun TestNothingLost::onFullDisk(const QString &dir, const QStringList &command,
                                                         const QStringList &files, const QByteArray &input)
{
    FullDiskRun run;
    QTemporaryDir work;
    const QString mount = m_home->filePath(dir);
    QDir().mkpath(mount);
    // In a private mount namespace: the tmpfs is gone with the command, and
    // nothing outside this test sees it.
    const QString script = QStringLiteral(R"(set -e
stash="$1"; mount="$2"; shift 2
cp -a "$mount/." "$stash/"
mount -t tmpfs -o size=256k keyport-full "$mount"
cp -a "$stash/." "$mount/"
cat /dev/zero > "$mount/.filler" 2>/dev/null || true
set +e
"$@"
code=$?
for f in %1; do cmp -s "$mount/$f" "$stash/$f" && echo "same $f" >&2; done
exit $code
)")
                               .arg(files.join(QLatin1Char(' ')));
    const QString stash = work.filePath(QStringLiteral("stash"));
    QDir().mkpath(stash);
    run.cli = test::runProcess(test::findTool(QStringLiteral("unshare")),
                               QStringList { QStringLiteral("-Urm"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                             QStringLiteral("sh"), stash, mount, test::cliPath() }
                                   + command,
                               input);
    for (const QByteArray &line : run.cli.err.split('\n'))
        if (line.startsWith("same "))
            run.same << QString::fromUtf8(line.mid(5));
    if (run.cli.err.contains("mount:"))
        run.problem = QString::fromUtf8(run.cli.err);
    return run;
}

void TestNothingLost::fullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<QList<QStringList>>("before"); // commands run normally first
    QTest::addColumn<QString>("dir"); // the folder on a full disk, relative to HOME
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("files"); // must be unchanged, relative to dir
    QTest::addColumn<int>("exitCode");
    QTest::newRow("workspaces.json")
        << QList<QStringList> { test::args({ "hosts", "add", "alpha", "--host", "192.0.2.1" }),
                                test::args({ "hosts", "add", "beta", "--host", "192.0.2.2" }) }
        << QStringLiteral(".config/keyport") << test::args({ "hosts", "add", "gamma", "--host", "192.0.2.3" })
        << QStringList { QStringLiteral("workspaces.json") } << 1;
    QTest::newRow("ssh config and the managed file")
        << QList<QStringList> { test::args({ "hosts", "add", "alpha", "--host", "192.0.2.1" }),
                                test::args({ "ssh-config" }),
                                test::args({ "hosts", "add", "beta", "--host", "192.0.2.2" }) }
        << QStringLiteral(".ssh") << test::args({ "ssh-config" })
        << QStringList { QStringLiteral("config"), QStringLiteral("keyport/config") } << 1;
    QTest::newRow("workspace cache")
        << QList<QStringList> { test::args({ "hosts", "add", "alpha", "--host", "192.0.2.1" }),
                                test::args({ "workspaces", "list" }),
                                test::args({ "hosts", "add", "beta", "--host", "192.0.2.2" }) }
        << QStringLiteral(".local/share/keyport") << test::args({ "workspaces", "list", "--source", "ssh" })
        << QStringList { QStringLiteral("workspace-cache.json") } << 0;
}

void TestNothingLost::fullDiskKeepsTheOldFile()
{
    QFETCH(QList<QStringList>, before);
    QFETCH(QString, dir);
    QFETCH(QStringList, command);
    QFETCH(QStringList, files);
    QFETCH(int, exitCode);
    for (const QStringList &c : before) {
        auto r = test::runCli(c);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    for (const QString &f : files)
        QVERIFY2(QFile::exists(QDir(m_home->filePath(dir)).filePath(f)), qPrintable(f));
    const FullDiskRun run = onFullDisk(dir, command, files);
    QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
    QCOMPARE(run.cli.exitCode, exitCode);
    if (exitCode != 0)
        QVERIFY2(run.cli.err.contains("Not enough space"), run.cli.err.constData());
    QCOMPARE(run.same, files);
}

void TestNothingLost::sourceConfigThatCannotBeSavedStoresNoToken()
{
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    const FullDiskRun run =
        onFullDisk(QStringLiteral(".config/keyport"),
                   { QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("knot"), QStringLiteral("team"),
                     QStringLiteral("--url"), url, QStringLiteral("--token-stdin") },
                   {}, "knot-token-1\n");
    QVERIFY2(run.problem.isEmpty(), qPrintable(run.problem));
    QCOMPARE(run.cli.exitCode, 1);
    QVERIFY2(run.cli.err.contains("Not enough space"), run.cli.err.constData());
    // The config was not saved, so the token was never stored: no orphan in the keychain.
    QVERIFY2(!secretToolSearch(QStringLiteral("source-token/team")).contains("source-token/team"),
             secretToolSearch(QStringLiteral("source-token/team")).constData());
    QVERIFY(!test::runCli(test::args({ "sources", "list" })).out.contains("team"));
}

void TestNothingLost::tokenThatCannotBeStoredTakesTheConfigBack()
{
    QProcessEnvironment noKeychain = QProcessEnvironment::systemEnvironment();
    noKeychain.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/keyport"));
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
    auto r = test::runCli({ QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("knot"),
                            QStringLiteral("team2"), QStringLiteral("--url"), url, QStringLiteral("--token-stdin") },
                          "knot-token-1\n", noKeychain);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("token could not be stored"), r.err.constData());
    const QByteArray saved = test::readFile(QDir(configDir()).filePath(QStringLiteral("sources.json")));
    QVERIFY2(!saved.contains("team2"), saved.constData());
    QVERIFY(!test::runCli(test::args({ "sources", "list" })).out.contains("team2"));
}

QTEST_GUILESS_MAIN(TestNothingLost)
#include "tst_nothinglost.moc"
