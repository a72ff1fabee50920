// A first run, as a newcomer meets it: an empty HOME (no keys, no sources, no
// ssh config). Every page says what to do next in place; the Workspaces
// page's "Try the local sandbox" asks before it makes a key, keeps that key
// out of ~/.ssh, and leads to a connected terminal (a recording stub) and a
// listed remote folder.
#include "fixtures.h"

#include "appcontext.h"
#include "errorbanner.h"
#include "filesview.h"
#include "hostkeydialog.h"
#include "identitiespage.h"
#include "keyspage.h"
#include "mainwindow.h"
#include "sourcespage.h"
#include "workspacedetails.h"
#include "workspacemodel.h"
#include "workspacespage.h"

#include "common/settings.h"
#include "sources/sandbox/sandbox.h"

#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace keyport;

namespace {

QPushButton *button(QWidget *in, const char *name)
{
    return in->findChild<QPushButton *>(QString::fromLatin1(name));
}

} // namespace

class TestFirstRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyPageSaysWhatToDoNext();
    void theSandboxAsksBeforeItMakesAKey();
    void theSandboxLeadsToATerminalAndFiles();

private:
    std::unique_ptr<test::TempHome> m_home;
    QTemporaryDir m_bin;
    std::unique_ptr<MainWindow> m_window;
};

void TestFirstRun::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    m_home = std::make_unique<test::TempHome>();
    qunsetenv("SSH_AUTH_SOCK");
    // No keyring either: a first run on a bare machine.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/keyport-test-bus");
    QVERIFY(test::writeRecordingStub(m_bin.path(), QStringLiteral("xterm")));
    qputenv("PATH", (m_bin.path() + QLatin1Char(':') + qEnvironmentVariable("PATH")).toLocal8Bit());
    AppSettings s = AppSettings::load().value_or({});
    s.terminal = QStringLiteral("xterm");
    QVERIFY(s.save().ok());
    m_window = std::make_unique<MainWindow>();
    m_window->context()->setCliPath(test::cliPath());
    m_window->resize(1024, 640);
    QSignalSpy refreshed(m_window->workspacesPage(), &WorkspacesPage::refreshed);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(refreshed.wait(20000));
}

void TestFirstRun::cleanupTestCase()
{
    m_window.reset();
    Sandbox::stop();
}

void TestFirstRun::everyPageSaysWhatToDoNext()
{
    WorkspacesPage *workspaces = m_window->workspacesPage();
    QWidget *welcome = workspaces->findChild<QWidget *>(QStringLiteral("welcome"));
    QVERIFY(welcome);
    QTRY_VERIFY(welcome->isVisible());
    // No key yet: the first step offers to make or bring one.
    QTRY_VERIFY(button(welcome, "welcomeGenerateKey")->isVisible());
    QVERIFY(button(welcome, "welcomeImportKey")->isVisible());
    QVERIFY(button(welcome, "welcomeAddSource")->isVisible());
    QVERIFY(button(welcome, "welcomeSandbox")->isVisible());

    m_window->showPage(MainWindow::Keys);
    QTRY_VERIFY(m_window->keysPage()
                    ->findChild<QLabel *>(QStringLiteral("keysStatus"))
                    ->text()
                    .contains(QStringLiteral("No keys in")));
    m_window->showPage(MainWindow::Identities);
    QTRY_VERIFY(m_window->identitiesPage()->findChild<QLabel *>(QStringLiteral("identitiesEmpty"))->isVisible());
    m_window->showPage(MainWindow::Sources);
    QVERIFY(m_window->sourcesPage()->findChild<QLabel *>(QStringLiteral("sourcesHint"))->isVisible());

    // Every page fits the smallest window Keyport is checked at (a wide
    // label or a long row of buttons on any page would widen them all).
    QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QVERIFY(m_window->minimumSizeHint().height() <= 640);

    // "Add a source…" takes the user to where sources are added.
    m_window->showPage(MainWindow::Workspaces);
    button(welcome, "welcomeAddSource")->click();
    QVERIFY(m_window->sourcesPage()->isVisible());
    m_window->showPage(MainWindow::Workspaces);
}

void TestFirstRun::theSandboxAsksBeforeItMakesAKey()
{
    QWidget *welcome = m_window->workspacesPage()->findChild<QWidget *>(QStringLiteral("welcome"));
    button(welcome, "welcomeSandbox")->click();
    QMessageBox *asked = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((asked = m_window->findChild<QMessageBox *>(QStringLiteral("sandboxKeyQuestion")))
                                 && asked->isVisible(),
                             10000);
    // Nothing made while it asks; "no" makes nothing and says how.
    QVERIFY(!QFile::exists(Sandbox::ownKeyPath()));
    asked->reject();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspacesPage()->banner()->message().contains(QStringLiteral("--own-key")),
                             10000);
    QVERIFY(!QFile::exists(Sandbox::ownKeyPath()));
    QVERIFY(!Sandbox::status().running);
}

void TestFirstRun::theSandboxLeadsToATerminalAndFiles()
{
    WorkspacesPage *page = m_window->workspacesPage();
    QWidget *welcome = page->findChild<QWidget *>(QStringLiteral("welcome"));
    button(welcome, "welcomeSandbox")->click();
    QMessageBox *asked = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((asked = m_window->findChild<QMessageBox *>(QStringLiteral("sandboxKeyQuestion")))
                                 && asked->isVisible(),
                             10000);
    asked->findChild<QPushButton *>(QStringLiteral("makeSandboxKey"))->click();
    // Running, selected, and the welcome gone.
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->workspace(QStringLiteral("local.sandbox"))
                                 && page->model()->workspace(QStringLiteral("local.sandbox"))->state
                                        == WorkspaceState::Running,
                             30000);
    QTRY_VERIFY(!welcome->isVisible());
    // Its key is its own: not in ~/.ssh.
    QVERIFY(QFile::exists(Sandbox::ownKeyPath()));
    QVERIFY(!Sandbox::ownKeyPath().startsWith(m_home->sshDir()));
    QVERIFY(QDir(m_home->sshDir()).entryList({ QStringLiteral("id_*") }, QDir::Files).isEmpty());

    QVERIFY(page->select(QStringLiteral("local.sandbox")));
    // At 1024x640 the details need no horizontal scroll bar (the buttons wrap).
    auto *details = page->findChild<WorkspaceDetails *>()->parentWidget()->parentWidget();
    auto *scroll = qobject_cast<QScrollArea *>(details);
    QVERIFY(scroll);
    QTRY_VERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("%1 wide for %2")
                                .arg(scroll->widget()->minimumSizeHint().width())
                                .arg(scroll->viewport()->width())));
    QPushButton *connectButton = button(page, "connect");
    QVERIFY(connectButton && connectButton->isVisible());
    QTest::mouseClick(connectButton, Qt::LeftButton);
    HostKeyDialog *trust = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((trust = page->findChild<HostKeyDialog *>()) && trust->isVisible(), 20000);
    trust->findChild<QPushButton *>(QStringLiteral("trust"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!test::recordedArgs(m_bin.path(), QStringLiteral("xterm")).isEmpty(), 20000);
    QVERIFY2(test::recordedArgs(m_bin.path(), QStringLiteral("xterm")).contains(QStringLiteral("local.sandbox")),
             qPrintable(test::recordedArgs(m_bin.path(), QStringLiteral("xterm")).join(QLatin1Char(' '))));
    // The pinned host key is too long for the pane at this size: cut, and
    // a button next to it copies the fingerprint alone.
    QToolButton *copyHostKey = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((copyHostKey = page->findChild<QToolButton *>(QStringLiteral("hostKeyCopy")))
                                 && copyHostKey->isVisible(),
                             10000);
    QApplication::clipboard()->clear();
    copyHostKey->click();
    const QString fingerprint = QApplication::clipboard()->text();
    QVERIFY2(fingerprint.startsWith(QLatin1String("SHA256:")) && !fingerprint.contains(QLatin1Char(' ')),
             qPrintable(fingerprint));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("hostKey"))->text().startsWith(fingerprint));
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());

    // The Files view: a remote folder, listed.
    QTemporaryDir remote;
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("hello from keyport.txt")), "hi\n"));
    // Still on the workspace it connected to.
    QCOMPARE(page->findChild<QListView *>(QStringLiteral("workspaces"))->currentIndex().row(),
             page->model()->rowOf(QStringLiteral("local.sandbox")));
    QPushButton *browse = button(page, "browseFiles");
    QTRY_VERIFY(browse->isVisible() && browse->isEnabled());
    browse->click();
    FilesWindow *window = nullptr;
    QTRY_VERIFY2_WITH_TIMEOUT((window = page->findChild<FilesWindow *>(QStringLiteral("files-local.sandbox"))),
                              qPrintable(page->banner()->message()), 20000);
    FilesView *files = window->view();
    QTRY_VERIFY_WITH_TIMEOUT(!files->currentPath().isEmpty(), 20000);
    QSignalSpy listed(files, &FilesView::listed);
    files->openFolder(remote.path().toUtf8());
    QVERIFY(listed.wait(10000));
    auto *tree = files->findChild<QTreeView *>(QStringLiteral("filesList"));
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("hello from keyport.txt"));
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
