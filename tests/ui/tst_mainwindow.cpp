// The main window opens, its About box names the versions, and the Keys page
// lists the keys in ~/.ssh.
#include "appcontext.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "settingspage.h"

#include "common/versions.h"
#include "identity/keystore.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QTest>
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
    void appearanceLightDarkAndBack();

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

// The Settings page's Appearance: dark and light are Fusion palettes of
// their own, the default goes back to what the desktop gave, at once.
void TestMainWindow::appearanceLightDarkAndBack()
{
    MainWindow w;
    const QColor desktop = QApplication::palette().color(QPalette::Window);
    auto *combo = w.settingsPage()->findChild<QComboBox *>(QStringLiteral("appearance"));
    QVERIFY(combo);
    w.settingsPage()->load();
    combo->setCurrentIndex(combo->findData(QStringLiteral("dark")));
    QTRY_COMPARE(w.context()->settings().appearance, QStringLiteral("dark"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    combo->setCurrentIndex(combo->findData(QStringLiteral("light")));
    QTRY_VERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
    combo->setCurrentIndex(combo->findData(QString()));
    QTRY_COMPARE(QApplication::palette().color(QPalette::Window), desktop);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
