// A file of Keyport's that cannot be read, as the app shows it: in place,
// naming the file and the line, with the ways forward (open it; move it
// aside and start afresh), and never written over meanwhile.
#include "appcontext.h"
#include "common/paths.h"
#include "common/settings.h"
#include "errorbanner.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "settingspage.h"
#include "workspacemodel.h"
#include "workspacespage.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QToolButton>

using namespace keyport;

class TestBrokenFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void brokenSettingsAreShownAndKept();
    void brokenWorkspaceSettingsCanBeMovedAside();
    void quickChangesAllReachTheFile();

private:
    std::unique_ptr<test::TempHome> m_home;
};

void TestBrokenFiles::initTestCase()
{
    m_home = std::make_unique<test::TempHome>();
    qunsetenv("SSH_AUTH_SOCK");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/keyport-test-bus");
}

void TestBrokenFiles::brokenSettingsAreShownAndKept()
{
    const QString settings = paths::settingsPath();
    const QByteArray broken = "{\"favourites\": [\"ssh.a\"], \"editor\": \"cursor\",,}";
    QVERIFY(test::writeFile(settings, broken));
    MainWindow window;
    window.show();
    WorkspacesPage *page = window.workspacesPage();
    QTRY_VERIFY(page->banner()->message().contains(settings));
    QVERIFY(page->banner()->message().contains(QStringLiteral("line 1")));
    auto *moveAside = page->banner()->findChild<QToolButton *>(QStringLiteral("moveAside"));
    QVERIFY(moveAside && moveAside->isVisible());
    QVERIFY(page->banner()->findChild<QToolButton *>(QStringLiteral("openFile"))->isVisible());
    // A change in the app does not reach the file: it says so instead.
    window.context()->updateSettings([](AppSettings &s) { s.favourites << QStringLiteral("ssh.b"); });
    QTest::qWait(200);
    QCOMPARE(test::readFile(settings), broken);
    QVERIFY(window.settingsPage()->banner()->message().contains(settings));
    // Moving it aside keeps every byte and starts afresh.
    QSignalSpy moved(page->banner(), &ErrorBanner::movedAside);
    moveAside->click();
    QVERIFY(moved.wait(5000));
    const QString aside = moved.first().at(1).toString();
    QVERIFY(aside.startsWith(settings + QStringLiteral(".broken-")));
    QCOMPARE(test::readFile(aside), broken);
    QVERIFY(!QFile::exists(settings));
    QVERIFY(!window.context()->settingsError().isError());
    QVERIFY(page->banner()->message().contains(aside));
}

void TestBrokenFiles::brokenWorkspaceSettingsCanBeMovedAside()
{
    const QString file = paths::workspaceSettingsPath();
    const QByteArray broken = "{\"hosts\": [{\"name\": \"alpha\", \"host\": \"192.0.2.1\"}],}";
    QVERIFY(test::writeFile(file, broken));
    MainWindow window;
    window.show();
    WorkspacesPage *page = window.workspacesPage();
    // Listing needs the per-workspace settings: it stops, naming the file.
    QTRY_VERIFY_WITH_TIMEOUT(page->banner()->message().contains(file), 10000);
    QCOMPARE(page->model()->workspaceCount(), 0);
    QCOMPARE(test::readFile(file), broken);
    QSignalSpy moved(page->banner(), &ErrorBanner::movedAside);
    QSignalSpy refreshed(page, &WorkspacesPage::refreshed);
    page->banner()->findChild<QToolButton *>(QStringLiteral("moveAside"))->click();
    QVERIFY(moved.wait(5000));
    QCOMPARE(test::readFile(moved.first().at(1).toString()), broken);
    // Everything is listed again, from a fresh start.
    QVERIFY(refreshed.wait(15000));
    QVERIFY(page->model()->workspace(QStringLiteral("local.sandbox")));
}

void TestBrokenFiles::quickChangesAllReachTheFile()
{
    // Saves run off the GUI thread, one at a time: none is lost to another.
    QFile::remove(paths::settingsPath());
    MainWindow window;
    for (int i = 0; i < 20; ++i)
        window.context()->updateSettings([i](AppSettings &s) { s.favourites << QStringLiteral("ssh.host%1").arg(i); });
    QTRY_COMPARE(AppSettings::load().value_or({}).favourites.size(), 20);
    QCOMPARE(window.context()->settings().favourites.size(), 20);
}

QTEST_MAIN(TestBrokenFiles)
#include "tst_brokenfiles.moc"
