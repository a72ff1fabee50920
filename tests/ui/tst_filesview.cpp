// The Files view, offscreen, against the sandbox's real sshd: the remote home
// first, folders opened, a drop of file URLs uploading into the folder shown
// (and into a folder under the cursor), the selection downloading, the
// transfers listed with their outcome; the session never on the GUI thread.
#include "filesview.h"
#include "fixtures.h"

#include "model/workspace.h"

#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace keyport;

class TestFilesView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void browsesUploadsAndDownloads();
    void closingWithTransfersRunningAsks();

private:
    std::unique_ptr<test::TempHome> m_home;
};

void TestFilesView::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("ssh");
    m_home = std::make_unique<test::TempHome>();
    qunsetenv("SSH_AUTH_SOCK");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/keyport-test-bus");
    // The app runs the launch pipeline before it opens the view; this is its CLI twin.
    const QString sandbox = test::startTrustedSandbox();
    QVERIFY2(sandbox.isEmpty(), qPrintable(sandbox));
}

void TestFilesView::cleanupTestCase()
{
    if (m_home)
        test::runCli(test::args({ "sandbox", "stop" }));
}

namespace {

QStringList names(const QTreeView *view)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, 0).data().toString();
    return out;
}

void drop(QWidget *target, const QList<QUrl> &urls, const QPoint &at)
{
    // As a drag arrives: entered (which makes the widget the drop target), moved, dropped.
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent event(QPointF(at), Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
    QVERIFY(event.isAccepted());
    QCOMPARE(event.dropAction(), Qt::CopyAction); // never a move
}

} // namespace

void TestFilesView::browsesUploadsAndDownloads()
{
    const Workspace w = test::listedWorkspace(QStringLiteral("local.sandbox"));
    QCOMPARE(w.id(), QStringLiteral("local.sandbox"));
    QTemporaryDir remote, local, downloads;
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("readme.md")), "hello"));
    QVERIFY(QDir(remote.path()).mkdir(QStringLiteral("data")));

    FilesView view(w, test::cliPath());
    view.resize(700, 500);
    view.show();
    QSignalSpy listed(&view, &FilesView::listed);
    QVERIFY(listed.wait(20000)); // the home folder first
    QVERIFY(!view.currentPath().isEmpty());
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("filesList"));
    QVERIFY(tree);

    view.openFolder(remote.path().toUtf8());
    QVERIFY(listed.wait(10000));
    QCOMPARE(view.currentPath(), remote.path());
    QCOMPARE(names(tree), (QStringList { QStringLiteral("data"), QStringLiteral("readme.md") })); // folders first

    // Files dropped from a file manager go into the folder shown...
    const QString a = local.filePath(QStringLiteral("dropped one.txt"));
    QVERIFY(test::writeFile(a, QByteArray(300000, 'a')));
    QSignalSpy finished(&view, &FilesView::transferFinished);
    drop(&view, { QUrl::fromLocalFile(a) }, QPoint(5, 5));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(test::readFile(remote.filePath(QStringLiteral("dropped one.txt"))), QByteArray(300000, 'a'));
    // ...or into the folder under the cursor.
    QVERIFY(listed.wait(10000));
    const QRect dataRow = tree->visualRect(tree->model()->index(0, 0));
    const QPoint onData = tree->viewport()->mapTo(&view, dataRow.center());
    const QString b = local.filePath(QStringLiteral("into data.txt"));
    QVERIFY(test::writeFile(b, "b"));
    drop(&view, { QUrl::fromLocalFile(b) }, onData);
    QVERIFY(finished.wait(20000));
    QVERIFY(QFile::exists(remote.filePath(QStringLiteral("data/into data.txt"))));
    QVERIFY(QFile::exists(a)); // copied, never moved

    // The selection downloads to a local folder, whole.
    QVERIFY(listed.wait(10000));
    tree->selectionModel()->clearSelection();
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        if (tree->model()->index(row, 0).data().toString() == QLatin1String("readme.md"))
            tree->selectionModel()->select(tree->model()->index(row, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view.downloadSelected(downloads.path());
    QVERIFY(finished.wait(20000));
    QCOMPARE(test::readFile(downloads.filePath(QStringLiteral("readme.md"))), QByteArray("hello"));

    // Each transfer is listed with its outcome.
    auto *transfers = view.findChild<QListWidget *>(QStringLiteral("transfers"));
    QVERIFY(transfers && transfers->isVisible());
    QCOMPARE(transfers->count(), 3);
    for (int i = 0; i < transfers->count(); ++i)
        QVERIFY2(transfers->item(i)->text().contains(QStringLiteral("done")), qPrintable(transfers->item(i)->text()));
    QCOMPARE(view.runningTransfers(), 0);
    // For a look at it (tools/screenshots will take it from here).
    if (const QString shot = qEnvironmentVariable("KEYPORT_FILES_SCREENSHOT"); !shot.isEmpty())
        view.grab().save(shot);
}

namespace {
// Answers the question the window asks, once it is up.
void answerWith(const QString &button)
{
    QTimer::singleShot(50, qApp, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("stopTransfers"))
            return answerWith(button); // not up yet
        for (QAbstractButton *b : box->buttons())
            if (b->text() == button)
                b->click();
    });
}
} // namespace

// A window closed with a transfer running asks first: "Keep running" keeps
// both; "Stop and close" stops it, and nothing half-written is at the target.
void TestFilesView::closingWithTransfersRunningAsks()
{
    const Workspace w = test::listedWorkspace(QStringLiteral("local.sandbox"));
    QCOMPARE(w.id(), QStringLiteral("local.sandbox"));
    QTemporaryDir remote, local;
    QPointer<FilesWindow> window = new FilesWindow(w, test::cliPath());
    window->show();
    QSignalSpy listed(window->view(), &FilesView::listed);
    QVERIFY(listed.wait(20000));
    window->view()->openFolder(remote.path().toUtf8());
    QVERIFY(listed.wait(10000));
    const QString big = local.filePath(QStringLiteral("big.bin"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(1) << 30)); // sparse: quick to make, slow enough to send
    }
    window->view()->upload({ big });
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(remote.filePath(QStringLiteral("big.bin.keyport-part"))).size() > 0, 20000);
    QCOMPARE(window->view()->runningTransfers(), 1);

    answerWith(QStringLiteral("Keep running"));
    window->close();
    QVERIFY(window && window->isVisible());
    QCOMPARE(window->view()->runningTransfers(), 1);

    answerWith(QStringLiteral("Stop and close"));
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!window, 10000); // closed and deleted
    QTest::qWait(500);
    QVERIFY(!QFileInfo::exists(remote.filePath(QStringLiteral("big.bin"))));
}

QTEST_MAIN(TestFilesView)
#include "tst_filesview.moc"
