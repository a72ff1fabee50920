// The core pieces behind the desktop app that are pure logic: the search
// language, keyport:// links, the ssh command lines and the settings file.
#include "fixtures.h"

#include "common/paths.h"
#include "common/settings.h"
#include "launch/keyporturl.h"
#include "launch/sshcommand.h"
#include "model/validation.h"
#include "model/workspacefilter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace keyport;

class TestAppCore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filter_data();
    void filter();
    void links_data();
    void links();
    void shellQuoting();
    void proxyCommandsQuotePaths();
    void settingsRoundTrip();
    void settingsIniIsTakenOver();

private:
    std::unique_ptr<test::TempHome> m_home;
};

void TestAppCore::initTestCase()
{
    m_home = std::make_unique<test::TempHome>();
}

void TestAppCore::filter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("matches");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("word in name") << QStringLiteral("API") << true;
    QTest::newRow("word in tag") << QStringLiteral("gpu") << true;
    QTest::newRow("word nowhere") << QStringLiteral("nothing") << false;
    QTest::newRow("project") << QStringLiteral("project:shop") << true;
    QTest::newRow("other project") << QStringLiteral("project:ml") << false;
    QTest::newRow("service counts as project") << QStringLiteral("project:backend") << true;
    QTest::newRow("tag exact") << QStringLiteral("tag:GPU") << true;
    QTest::newRow("tag is not a substring") << QStringLiteral("tag:gp") << false;
    QTest::newRow("state prefix") << QStringLiteral("state:run") << true;
    QTest::newRow("other state") << QStringLiteral("state:stopped") << false;
    QTest::newRow("source") << QStringLiteral("source:knot") << true;
    QTest::newRow("other source") << QStringLiteral("source:ssh") << false;
    QTest::newRow("all terms must match") << QStringLiteral("project:shop tag:prod") << false;
    QTest::newRow("quoted value") << QStringLiteral("project:\"shop\" api") << true;
    QTest::newRow("half-typed token narrows nothing") << QStringLiteral("tag:") << true;
    QTest::newRow("unknown key is a word") << QStringLiteral("zone:eu") << false;
}

void TestAppCore::filter()
{
    QFETCH(QString, query);
    QFETCH(bool, matches);
    Workspace w;
    w.source = QStringLiteral("knot");
    w.name = QStringLiteral("api-server");
    w.project = QStringLiteral("shop");
    w.service = QStringLiteral("backend");
    w.tags = { QStringLiteral("gpu"), QStringLiteral("eu") };
    w.state = WorkspaceState::Running;
    QCOMPARE(WorkspaceFilter::parse(query).matches(w), matches);
}

void TestAppCore::links_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("action");
    QTest::newRow("connect") << QStringLiteral("keyport://connect/knot-work/dev-box") << true
                             << QStringLiteral("knot-work.dev-box") << int(KeyportUrl::Action::Connect);
    QTest::newRow("open") << QStringLiteral("keyport://open/ssh/gpu?editor=cursor") << true << QStringLiteral("ssh.gpu")
                          << int(KeyportUrl::Action::Open);
    QTest::newRow("proxy local") << QStringLiteral("keyport://proxy/local/sandbox") << true
                                 << QStringLiteral("local.sandbox") << int(KeyportUrl::Action::Proxy);
    QTest::newRow("other scheme") << QStringLiteral("https://connect/a/b") << false << QString() << 0;
    QTest::newRow("unknown action") << QStringLiteral("keyport://delete/a/b") << false << QString() << 0;
    QTest::newRow("traversal") << QStringLiteral("keyport://connect/a/../../etc") << false << QString() << 0;
    QTest::newRow("extra part") << QStringLiteral("keyport://connect/a/b/c") << false << QString() << 0;
    QTest::newRow("dotted source") << QStringLiteral("keyport://connect/a.b/c") << false << QString() << 0;
    QTest::newRow("control character") << QStringLiteral("keyport://connect/a/b%0Ac") << false << QString() << 0;
    QTest::newRow("source with final newline")
        << QStringLiteral("keyport://connect/knot%0A/dev") << false << QString() << 0;
    QTest::newRow("unknown editor") << QStringLiteral("keyport://open/a/b?editor=vim") << false << QString() << 0;
    QTest::newRow("option as path") << QStringLiteral("keyport://open/a/b?path=-rf") << false << QString() << 0;
}

void TestAppCore::links()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QFETCH(QString, id);
    QFETCH(int, action);
    const auto parsed = KeyportUrl::parse(url);
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        QVERIFY(parsed.error().message.contains(QStringLiteral("Keyport link")));
        return;
    }
    QCOMPARE(parsed->workspaceId, id);
    QCOMPARE(int(parsed->action), action);
}

void TestAppCore::shellQuoting()
{
    QCOMPARE(sshcommand::shellQuote(QStringLiteral("/home/a/.ssh/config")), QStringLiteral("/home/a/.ssh/config"));
    QCOMPARE(sshcommand::shellQuote(QStringLiteral("/home/my dir/x")), QStringLiteral("'/home/my dir/x'"));
    QCOMPARE(sshcommand::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    QCOMPARE(sshcommand::shellQuote(QStringLiteral("$(rm -rf ~)")), QStringLiteral("'$(rm -rf ~)'"));
    // A final newline ends a shell command: it must be quoted too ("$" in a
    // regular expression matches before it; found by fuzzing).
    QCOMPARE(sshcommand::shellQuote(QStringLiteral("ok\n")), QStringLiteral("'ok\n'"));
    QVERIFY(!validateSourceName(QStringLiteral("knot\n")));
    QVERIFY(!validateAlias(QStringLiteral("dev\n")));
    // What `sh -c` makes of a quoted word is the word.
    const QString nasty = QStringLiteral("a b'c\"d$e`f");
    const auto r = test::runProcess(
        QStringLiteral("sh"), { QStringLiteral("-c"), QStringLiteral("printf %s ") + sshcommand::shellQuote(nasty) });
    QCOMPARE(QString::fromUtf8(r.out), nasty);
}

void TestAppCore::proxyCommandsQuotePaths()
{
    Workspace w;
    w.source = QStringLiteral("knot");
    w.name = QStringLiteral("dev");
    w.user = QStringLiteral("alice");
    w.identityFile = QStringLiteral("/home/a b/.ssh/id_ed25519");
    const auto c = sshcommand::proxyCommands(w, QStringLiteral("127.0.0.1"), 2222, QStringLiteral("/k h/known"));
    QCOMPARE(c.ssh, QStringLiteral("ssh -p 2222 -i '/home/a b/.ssh/id_ed25519' -o HostKeyAlias=knot.dev -o "
                                   "UserKnownHostsFile='/k h/known' alice@127.0.0.1"));
    QVERIFY(c.sftp.startsWith(QStringLiteral("sftp -P 2222 ")));
    QVERIFY(c.scp.startsWith(QStringLiteral("scp -P 2222 ")));
    QVERIFY(c.rsync.contains(QStringLiteral("-e \"ssh -p 2222 ")));
}

void TestAppCore::settingsRoundTrip()
{
    auto loaded = AppSettings::load();
    QVERIFY(loaded.ok());
    AppSettings s = *loaded;
    QCOMPARE(s.agentLifetimeMinutes, 60); // defaults without a file
    QVERIFY(!s.agentForwardingDefault);
    QVERIFY(!s.sshConfigIntegration);
    s.terminal = QStringLiteral("custom");
    s.terminalTemplate = QStringLiteral("myterm -e {command}");
    s.favourites = { QStringLiteral("knot.dev") };
    for (int i = 0; i < 10; ++i)
        s.touchRecent(QStringLiteral("ssh.h%1").arg(i));
    s.touchRecent(QStringLiteral("ssh.h5"));
    s.agentConfirm = true;
    QVERIFY(s.save().ok());
    const AppSettings back = AppSettings::load().value_or({});
    QVERIFY(back.agentConfirm);
    QCOMPARE(back.terminalTemplate, s.terminalTemplate);
    QCOMPARE(back.favourites, s.favourites);
    QCOMPARE(back.recent.size(), AppSettings::kMaxRecent);
    QCOMPARE(back.recent.first(), QStringLiteral("ssh.h5"));
    QVERIFY(!back.recent.mid(1).contains(QStringLiteral("ssh.h5")));
}

void TestAppCore::settingsIniIsTakenOver()
{
    // Keyport 0.1 wrote settings.ini through QSettings; its values carry over into settings.json.
    QFile::remove(paths::settingsPath());
    const QString ini = QDir(paths::configDir()).filePath(QStringLiteral("settings.ini"));
    QDir().mkpath(paths::configDir());
    QFile f(ini);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("[agent]\nlifetimeMinutes=5\n[workspaces]\nfavourites=knot.a, ssh.b\n");
    f.close();
    auto loaded = AppSettings::load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->agentLifetimeMinutes, 5);
    QCOMPARE(loaded->favourites, (QStringList { QStringLiteral("knot.a"), QStringLiteral("ssh.b") }));
    QVERIFY(loaded->save().ok());
    QVERIFY(!QFile::exists(ini));
    QCOMPARE(AppSettings::load()->agentLifetimeMinutes, 5);
}

QTEST_GUILESS_MAIN(TestAppCore)
#include "tst_appcore.moc"
