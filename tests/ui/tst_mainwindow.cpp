// The main window opens, its About box names the versions, and the Keys page
// lists the keys in ~/.ssh.
#include "fixtures.h"
#include "mainwindow.h"

#include "common/versions.h"
#include "identity/keystore.h"

#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>
#include <QTreeWidget>

using namespace keyport;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensWithNavigationAndMenus();
    void aboutShowsVersions();
    void keysPageListsKeys();

private:
    std::unique_ptr<test::TempHome> m_home;
};

void TestMainWindow::initTestCase()
{
    m_home = std::make_unique<test::TempHome>();
}

void TestMainWindow::opensWithNavigationAndMenus()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *nav = w.findChild<QListWidget *>();
    QVERIFY(nav);
    QStringList pages;
    for (int i = 0; i < nav->count(); ++i)
        pages << nav->item(i)->text();
    QCOMPARE(pages, (QStringList { QStringLiteral("Workspaces"), QStringLiteral("Keys"), QStringLiteral("Identities"),
                                   QStringLiteral("Sources"), QStringLiteral("Settings") }));
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus, (QStringList { QStringLiteral("&File"), QStringLiteral("&Help") }));
}

void TestMainWindow::aboutShowsVersions()
{
    const Versions v = runtimeVersions();
    const QString text = MainWindow::aboutText();
    for (const QString &part : { v.keyport, v.qt, v.libssh, v.openssl })
        QVERIFY2(!part.isEmpty() && text.contains(part), qPrintable(text));
    QCOMPARE(v.qt, QString::fromLatin1(qVersion()));

    // The box itself opens from the Help menu and closes.
    MainWindow w;
    w.show();
    QTimer::singleShot(200, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QVERIFY(box->text().contains(runtimeVersions().libssh));
        box->accept();
    });
    w.showAbout();
}

void TestMainWindow::keysPageListsKeys()
{
    GenerateOptions opts;
    opts.comment = QStringLiteral("ui@test");
    auto key = KeyStore().generate(QStringLiteral("ui_key"), opts);
    QVERIFY(key.ok());
    MainWindow w;
    w.show();
    auto *tree = w.findChild<QTreeWidget *>(QStringLiteral("keys"));
    QVERIFY(tree);
    QTRY_COMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("ui_key"));
    QCOMPARE(tree->topLevelItem(0)->text(2), key->publicKey->fingerprint());
    QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("ui@test"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
