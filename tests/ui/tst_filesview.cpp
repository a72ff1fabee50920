// The Files view, offscreen, against the sandbox's real sshd: the remote home
// first, folders opened, a drop of file URLs uploading into the folder shown
// (and into a folder under the cursor), the selection downloading, the
// transfers listed with their outcome; the session never on the GUI thread.
// The path bar and the keys; owners, types and link targets; hidden files
// and links on request; rename, delete (recursively, never through a link)
// and new folder; 20,000 entries without the window freezing; a file opened
// locally and uploaded again when saved.
#include "filesview.h"
#include "fixtures.h"

#include "model/workspace.h"
#include "session/sftpclient.h"
#include "session/sftplisting.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <pwd.h>
#include <unistd.h>

using namespace keyport;

class TestFilesView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void browsesUploadsAndDownloads();
    void closingWithTransfersRunningAsks();
    void conflictsAreAsked();
    void keepsCopyingInTheBackground();
    void pathBarAndKeys();
    void ownersTypesLinksAndHiddenFiles();
    void renameDeleteAndNewFolder();
    void largeFolderKeepsTheWindowAnswering();
    void openedLocallyAndUploadedWhenSaved();
    void aProjectLikeTree();
    void ownerFromLongName_data();
    void ownerFromLongName();
    void idNamesAreCountedAsAsked();

private:
    test::SandboxHome m_sandbox;
};

void TestFilesView::initTestCase()
{
    KEYPORT_REQUIRE_TOOL("sshd");
    KEYPORT_REQUIRE_TOOL("ssh");
    // The app runs the launch pipeline before it opens the view; this is its CLI twin.
    const QString sandbox = m_sandbox.start();
    QVERIFY2(sandbox.isEmpty(), qPrintable(sandbox));
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
    QVERIFY2(!view.currentPath().isEmpty(),
             qPrintable(view.findChild<QLabel *>(QStringLiteral("filesStatus"))->text()));
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
    auto *transfers = view.findChild<QTreeWidget *>(QStringLiteral("transfers"));
    QVERIFY(transfers && transfers->isVisible());
    QCOMPARE(transfers->topLevelItemCount(), 3);
    QCOMPARE(transfers->topLevelItem(0)->text(0), QStringLiteral("Uploading dropped one.txt to ") + remote.path());
    QCOMPARE(transfers->topLevelItem(2)->text(0), QStringLiteral("Downloading readme.md to ") + downloads.path());
    for (int i = 0; i < transfers->topLevelItemCount(); ++i)
        QCOMPARE(transfers->topLevelItem(i)->text(4), QStringLiteral("Done"));
    QCOMPARE(view.runningTransfers(), 0);
}

namespace {
// Runs `act` on the top-level widget named `name` once it is shown (the test
// waits for it as a person would).
void whenShown(const QString &name, std::function<void(QWidget *)> act)
{
    QTimer::singleShot(50, qApp, [name, act] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == name && w->isVisible())
                return act(w);
        whenShown(name, act); // not up yet
    });
}

// Clicks `button` (an object name) in the conflict dialog once it is up,
// ticking "the same for the rest" first when asked to; its text goes to `said`.
void answerConflict(const QString &button, bool forAll = false, QString *said = nullptr)
{
    whenShown(QStringLiteral("conflictDialog"), [button, forAll, said](QWidget *dialog) {
        if (said)
            *said = dialog->findChild<QLabel *>()->text();
        if (forAll)
            dialog->findChild<QCheckBox *>(QStringLiteral("conflictForAll"))->setChecked(true);
        auto *b = dialog->findChild<QPushButton *>(button);
        QVERIFY2(b, qPrintable(button));
        b->click();
    });
}

// Answers the question a window closed with copies running asks.
void answerWith(const QString &button)
{
    whenShown(QStringLiteral("stopTransfers"), [button](QWidget *box) {
        for (QAbstractButton *b : box->findChildren<QAbstractButton *>())
            if (b->text() == button)
                b->click();
    });
}

// A Files window on the sandbox showing `folder`; null when it did not list it.
QPointer<FilesWindow> windowOn(const QString &folder)
{
    QPointer<FilesWindow> window =
        new FilesWindow(test::listedWorkspace(QStringLiteral("local.sandbox")), test::cliPath());
    window->show();
    QSignalSpy listed(window->view(), &FilesView::listed);
    if (!listed.wait(20000) || window->view()->currentPath().isEmpty())
        return {};
    window->view()->openFolder(folder.toUtf8());
    if (!listed.wait(10000) || window->view()->currentPath() != folder)
        return {};
    return window;
}
} // namespace

// A file that is there already is a question, whichever way it goes: skip
// leaves it, replace replaces it, "keep both" names the copy "name (1)", and
// an answer for the rest is not asked again.
void TestFilesView::conflictsAreAsked()
{
    const Workspace w = test::listedWorkspace(QStringLiteral("local.sandbox"));
    QCOMPARE(w.id(), QStringLiteral("local.sandbox"));
    QTemporaryDir remote, local;
    const QString there = remote.filePath(QStringLiteral("notes.txt"));
    QVERIFY(test::writeFile(there, "on the workspace"));
    const QString mine = local.filePath(QStringLiteral("notes.txt"));
    QVERIFY(test::writeFile(mine, "on this computer, newer"));

    FilesView view(w, test::cliPath());
    view.resize(700, 500);
    view.show();
    QSignalSpy listed(&view, &FilesView::listed);
    QVERIFY(listed.wait(20000));
    view.openFolder(remote.path().toUtf8());
    QVERIFY(listed.wait(10000));
    QSignalSpy finished(&view, &FilesView::transferFinished);

    QString said;
    answerConflict(QStringLiteral("conflictSkip"), false, &said);
    view.upload({ mine });
    QVERIFY(finished.wait(20000));
    QVERIFY2(said.contains(QStringLiteral("notes.txt")), qPrintable(said));
    QCOMPARE(test::readFile(there), QByteArray("on the workspace"));

    answerConflict(QStringLiteral("conflictOverwrite"));
    view.upload({ mine });
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(test::readFile(there), QByteArray("on this computer, newer"));

    // Downloading two files onto two that are there: asked once, for both.
    QVERIFY(listed.wait(10000));
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("todo.txt")), "remote todo"));
    QVERIFY(test::writeFile(local.filePath(QStringLiteral("todo.txt")), "local todo"));
    view.openFolder(remote.path().toUtf8());
    QVERIFY(listed.wait(10000));
    view.selectNames({ "notes.txt", "todo.txt" });
    int asked = 0;
    QTimer counter;
    QObject::connect(&counter, &QTimer::timeout, [&asked] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (widget->objectName() == QLatin1String("conflictDialog") && widget->isVisible()
                && !widget->property("counted").toBool()) {
                widget->setProperty("counted", true);
                ++asked;
            }
    });
    counter.start(10);
    answerConflict(QStringLiteral("conflictRename"), true);
    view.downloadSelected(local.path());
    QVERIFY(finished.wait(20000));
    counter.stop();
    QCOMPARE(asked, 1);
    QCOMPARE(test::readFile(local.filePath(QStringLiteral("todo.txt"))), QByteArray("local todo"));
    QCOMPARE(test::readFile(local.filePath(QStringLiteral("todo (1).txt"))), QByteArray("remote todo"));
    QCOMPARE(test::readFile(local.filePath(QStringLiteral("notes (1).txt"))), QByteArray("on this computer, newer"));
}

// A window closed with a transfer running asks first: "Cancel" keeps both
// open; "Stop and close" stops it, and nothing half-written is at the target.
void TestFilesView::closingWithTransfersRunningAsks()
{
    QTemporaryDir remote, local;
    QPointer<FilesWindow> window = windowOn(remote.path());
    QVERIFY(window);
    const QString big = local.filePath(QStringLiteral("big.bin"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(qint64(1) << 30)); // sparse: quick to make, slow enough to send
    }
    window->view()->upload({ big });
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(remote.filePath(QStringLiteral("big.bin.keyport-part"))).size() > 0, 20000);
    QCOMPARE(window->view()->runningTransfers(), 1);

    answerWith(QStringLiteral("Cancel"));
    window->close();
    QVERIFY(window && window->isVisible());
    QCOMPARE(window->view()->runningTransfers(), 1);

    answerWith(QStringLiteral("Stop and close"));
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!window, 10000); // closed and deleted
    QTest::qWait(500);
    QVERIFY(!QFileInfo::exists(remote.filePath(QStringLiteral("big.bin"))));
}

// "Keep copying in the background" hides the window; the copy goes on, a
// notice says it is done (nobody could see it end), and the window closes by
// itself. Browsing the files again meanwhile would bring the same one back.
void TestFilesView::keepsCopyingInTheBackground()
{
    QTemporaryDir remote, local;
    QPointer<FilesWindow> window = windowOn(remote.path());
    QVERIFY(window);
    QSignalSpy notices(window->view(), &FilesView::transferNotice);
    const QString source = local.filePath(QStringLiteral("dataset.bin"));
    QVERIFY(test::writeRandomFile(source, qint64(200) << 20));
    window->view()->upload({ source });
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(remote.filePath(QStringLiteral("dataset.bin.keyport-part"))).size() > 0, 20000);

    answerWith(QStringLiteral("Keep copying in the background"));
    window->close();
    QVERIFY(window);
    QVERIFY(!window->isVisible());
    QVERIFY(window->inBackground());
    QCOMPARE(window->view()->runningTransfers(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(!window, 120000); // closed (and deleted) once the copy is over
    QCOMPARE(test::sha256Of(remote.filePath(QStringLiteral("dataset.bin"))), test::sha256Of(source));
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().at(0).toString(), QStringLiteral("Uploading dataset.bin to ") + remote.path());
    QVERIFY(notices.first().at(2).toBool());
}

namespace {

int rowOf(const QTreeView *tree, const QString &name)
{
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        if (tree->model()->index(row, 0).data().toString() == name)
            return row;
    return -1;
}

QString cell(const QTreeView *tree, const QString &name, int column, int role = Qt::DisplayRole)
{
    const int row = rowOf(tree, name);
    return row < 0 ? QStringLiteral("<no row %1>").arg(name) : tree->model()->index(row, column).data(role).toString();
}

QStringList crumbTexts(const FilesView &view)
{
    QStringList out;
    // In layout order: the path bar's buttons left to right.
    QList<QToolButton *> buttons = view.findChildren<QToolButton *>(QStringLiteral("crumb"));
    std::sort(buttons.begin(), buttons.end(), [](QToolButton *a, QToolButton *b) { return a->x() < b->x(); });
    for (QToolButton *b : buttons)
        out << b->text();
    return out;
}

QToolButton *crumb(const FilesView &view, const QByteArray &path)
{
    for (QToolButton *b : view.findChildren<QToolButton *>(QStringLiteral("crumb")))
        if (b->property("remotePath").toByteArray() == path)
            return b;
    return nullptr;
}

QString currentUser()
{
    const passwd *pw = getpwuid(getuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// Clicks `button` on the message box `name` once it is up (a child of `parent`).
void answerBox(QWidget *parent, const QString &name, const QString &button)
{
    QTimer::singleShot(20, parent, [parent, name, button] {
        auto *box = parent->findChild<QMessageBox *>(name);
        if (!box || !box->isVisible())
            return answerBox(parent, name, button);
        for (QAbstractButton *b : box->buttons())
            if (b->text() == button)
                return b->click();
        qWarning() << "no button" << button << "on" << name;
    });
}

} // namespace

// A view on the sandbox, its home listed.
#define OPEN_VIEW(view, listed)                                                                                        \
    const Workspace w = test::listedWorkspace(QStringLiteral("local.sandbox"));                                        \
    QCOMPARE(w.id(), QStringLiteral("local.sandbox"));                                                                 \
    FilesView view(w, test::cliPath());                                                                                \
    view.resize(900, 560);                                                                                             \
    view.show();                                                                                                       \
    QSignalSpy listed(&view, &FilesView::listed);                                                                      \
    QVERIFY(listed.wait(20000));                                                                                       \
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("filesList"));                                             \
    QVERIFY(tree)

// One button a folder, the home as "Home"; a click on one goes there; the
// location is typed after Ctrl+L (or a click on the bar's empty part); the
// keys of a file manager move around.
void TestFilesView::pathBarAndKeys()
{
    OPEN_VIEW(view, listed);
    QTemporaryDir remote;
    QVERIFY(QDir(remote.path()).mkpath(QStringLiteral("a/b")));
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("a/b/c.txt")), "c"));

    const QByteArray home = view.currentPath().toUtf8();
    QCOMPARE(crumbTexts(view).first(), QStringLiteral("Home"));
    QCOMPARE(crumbTexts(view).size(), 1);

    const QByteArray b = remote.filePath(QStringLiteral("a/b")).toUtf8();
    view.openFolder(b);
    QVERIFY(listed.wait(10000));
    QStringList expected { QStringLiteral("/") };
    for (const QByteArray &part : b.split('/'))
        if (!part.isEmpty())
            expected << QString::fromUtf8(part);
    if (b.startsWith(home + '/')) // a temp dir inside the home
        expected =
            QStringList { QStringLiteral("Home") } + QString::fromUtf8(b.mid(home.size() + 1)).split(QLatin1Char('/'));
    QCOMPARE(crumbTexts(view), expected);
    QCOMPARE(cell(tree, QStringLiteral("c.txt"), 0), QStringLiteral("c.txt"));

    // A click on a folder of the path goes there.
    QToolButton *a = crumb(view, remote.filePath(QStringLiteral("a")).toUtf8());
    QVERIFY(a);
    a->click();
    QVERIFY(listed.wait(10000));
    QCOMPARE(view.currentPath(), remote.filePath(QStringLiteral("a")));

    // Ctrl+L: the location, typed; relative to the folder shown.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_L, Qt::ControlModifier);
    auto *location = view.findChild<QLineEdit *>(QStringLiteral("filesLocation"));
    QVERIFY(location);
    QTRY_VERIFY(location->isVisible());
    QCOMPARE(location->text(), remote.filePath(QStringLiteral("a")));
    location->setText(QStringLiteral("b/../b"));
    QTest::keyClick(location, Qt::Key_Return);
    QVERIFY(listed.wait(10000));
    QCOMPARE(view.currentPath(), QString::fromUtf8(b));
    QVERIFY(!location->isVisible()); // the path bar again

    // Esc leaves the location without going anywhere.
    view.editLocation();
    QTest::keyClick(location, Qt::Key_Escape);
    QVERIFY(!location->isVisible());

    // Backspace and Alt+Up go up, Alt+Home home, F5 lists again.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Backspace);
    QVERIFY(listed.wait(10000));
    QCOMPARE(view.currentPath(), remote.filePath(QStringLiteral("a")));
    QTest::keyClick(tree, Qt::Key_Up, Qt::AltModifier);
    QVERIFY(listed.wait(10000));
    QCOMPARE(view.currentPath(), remote.path());
    // Enter opens the folder that is current.
    view.selectNames({ "a" });
    QTest::keyClick(tree, Qt::Key_Return);
    QVERIFY(listed.wait(10000));
    QCOMPARE(view.currentPath(), remote.filePath(QStringLiteral("a")));
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("a/new.txt")), "n"));
    QTest::keyClick(tree, Qt::Key_F5);
    QVERIFY(listed.wait(10000));
    QVERIFY(rowOf(tree, QStringLiteral("new.txt")) >= 0);
    QTest::keyClick(tree, Qt::Key_Home, Qt::AltModifier);
    QVERIFY(listed.wait(10000));
    QCOMPARE(view.currentPath().toUtf8(), home);

    // Copy path (Ctrl+Alt+C): the selected entry's full path.
    view.openFolder(remote.path().toUtf8());
    QVERIFY(listed.wait(10000));
    view.selectNames({ "a" });
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(QApplication::clipboard()->text(), remote.filePath(QStringLiteral("a")));
}

// Owner (users-groups-by-id@openssh.com: the sandbox's sshd offers it), type,
// permissions, and link targets; dot files only on request; a link to a
// folder opens as one only on request, and never by a plain Enter.
void TestFilesView::ownersTypesLinksAndHiddenFiles()
{
    OPEN_VIEW(view, listed);
    QTemporaryDir remote;
    const QDir r(remote.path());
    QVERIFY(r.mkdir(QStringLiteral("src")));
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("src/main.cpp")), "int main() {}\n"));
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("README.md")), "# hi\n"));
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral(".env")), "SECRET=1\n"));
    QVERIFY(QFile::setPermissions(remote.filePath(QStringLiteral("README.md")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(QFile::link(QStringLiteral("src"), remote.filePath(QStringLiteral("to-src"))));
    QVERIFY(QFile::link(QStringLiteral("nowhere"), remote.filePath(QStringLiteral("dangling"))));
    QVERIFY(QFile::link(QStringLiteral("README.md"), remote.filePath(QStringLiteral("readme-link"))));
    // A name that is an escape sequence: shown printable, never as is.
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("evil\x1b[2Jname")), "x"));

    view.openFolder(remote.path().toUtf8());
    QVERIFY(listed.wait(10000));
    QCOMPARE(rowOf(tree, QStringLiteral(".env")), -1); // hidden by default
    auto *status = view.findChild<QLabel *>(QStringLiteral("filesStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("1 hidden")), qPrintable(status->text()));
    QCOMPARE(names(tree).first(), QStringLiteral("src")); // folders first, then a link to one
    QCOMPARE(names(tree).at(1), QStringLiteral("to-src"));

    QCOMPARE(cell(tree, QStringLiteral("README.md"), 5), currentUser());
    QVERIFY(cell(tree, QStringLiteral("README.md"), 5, Qt::ToolTipRole).contains(QStringLiteral("group")));
    QCOMPARE(cell(tree, QStringLiteral("README.md"), 4), QStringLiteral("rw-r--r--"));
    QCOMPARE(cell(tree, QStringLiteral("README.md"), 4, Qt::ToolTipRole), QStringLiteral("0644"));
    QCOMPARE(cell(tree, QStringLiteral("src"), 2), QStringLiteral("Folder"));
    QCOMPARE(cell(tree, QStringLiteral("to-src"), 2), QStringLiteral("Link to folder"));
    QCOMPARE(cell(tree, QStringLiteral("dangling"), 2), QStringLiteral("Broken link"));
    QVERIFY(cell(tree, QStringLiteral("readme-link"), 2).startsWith(QStringLiteral("Link to ")));
    QVERIFY(!tree->header()->isSectionHidden(6)); // "Link to": this folder has links
    QCOMPARE(cell(tree, QStringLiteral("to-src"), 6), QStringLiteral("src"));
    QCOMPARE(cell(tree, QStringLiteral("dangling"), 6), QStringLiteral("nowhere"));
    QVERIFY(cell(tree, QStringLiteral("to-src"), 0, Qt::ToolTipRole).contains(QStringLiteral("Link to src")));
    QCOMPARE(cell(tree, QStringLiteral("readme-link"), 1),
             cell(tree, QStringLiteral("README.md"), 1)); // its target's size
    QVERIFY(rowOf(tree, QStringLiteral("evil\\x1b[2Jname")) >= 0);
    for (const QString &n : names(tree))
        QVERIFY2(!n.contains(QChar(0x1b)), qPrintable(n));

    // Enter on a link to a folder does not follow it...
    view.selectNames({ "to-src" });
    view.openCurrent();
    QTest::qWait(300);
    QCOMPARE(view.currentPath(), remote.path());
    QVERIFY2(status->text().contains(QStringLiteral("link")), qPrintable(status->text()));
    // ...unless asked: then it opens as the folder.
    view.setFollowLinks(true);
    QVERIFY(listed.wait(10000));
    QCOMPARE(cell(tree, QStringLiteral("to-src"), 2), QStringLiteral("Link to folder")); // still said
    view.selectNames({ "to-src" });
    view.openCurrent();
    QVERIFY(listed.wait(10000));
    QCOMPARE(view.currentPath(), remote.filePath(QStringLiteral("to-src")));
    QCOMPARE(names(tree), QStringList { QStringLiteral("main.cpp") });
    view.setFollowLinks(false);
    QVERIFY(listed.wait(10000));

    // Ctrl+H: the dot files too.
    view.openFolder(remote.path().toUtf8());
    QVERIFY(listed.wait(10000));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(listed.wait(10000));
    QVERIFY(view.showsHidden());
    QVERIFY(rowOf(tree, QStringLiteral(".env")) >= 0);
    QTest::keyClick(tree, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(listed.wait(10000));
    QCOMPARE(rowOf(tree, QStringLiteral(".env")), -1);
}

// F2 renames in place (refusing names no file system should hold, and
// never over another file); Del asks, then deletes a folder with all in it,
// removing a link inside but not what it points to; what fails is said and
// the rest still goes; Ctrl+Shift+N makes a folder.
void TestFilesView::renameDeleteAndNewFolder()
{
    OPEN_VIEW(view, listed);
    QTemporaryDir remote, outside;
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("draft.txt")), "draft"));
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("taken.txt")), "taken"));
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("proj/src/deep/a.c")), "a"));
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("proj/b.c")), "b"));
    QVERIFY(QDir(remote.path()).mkpath(QStringLiteral("proj/empty")));
    QVERIFY(test::writeFile(outside.filePath(QStringLiteral("precious.txt")), "keep me"));
    QVERIFY(QFile::link(outside.path(), remote.filePath(QStringLiteral("proj/link-out"))));
    view.openFolder(remote.path().toUtf8());
    QVERIFY(listed.wait(10000));
    QSignalSpy done(&view, &FilesView::operationFinished);

    // F2, a new name, Enter.
    view.selectNames({ "draft.txt" });
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_F2);
    auto *editor = tree->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("final.txt"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.last().first().toBool(), true);
    QCOMPARE(test::readFile(remote.filePath(QStringLiteral("final.txt"))), QByteArray("draft"));
    QVERIFY(!QFile::exists(remote.filePath(QStringLiteral("draft.txt"))));
    QCOMPARE(view.selectedNames(), QList<QByteArray> { "final.txt" }); // the renamed one stays current

    // Never a name with a slash, nor over another file.
    view.rename("final.txt", QStringLiteral("../escaped.txt"));
    QCOMPARE(done.last().first().toBool(), false);
    view.rename("final.txt", QStringLiteral("taken.txt"));
    QVERIFY(done.wait(10000));
    QCOMPARE(done.last().first().toBool(), false);
    QCOMPARE(test::readFile(remote.filePath(QStringLiteral("taken.txt"))), QByteArray("taken"));
    QVERIFY(QFile::exists(remote.filePath(QStringLiteral("final.txt"))));

    // Del asks; Cancel keeps everything.
    view.selectNames({ "proj" });
    answerBox(&view, QStringLiteral("confirmDelete"), QStringLiteral("Cancel"));
    QTest::keyClick(tree, Qt::Key_Delete);
    QTRY_VERIFY(!view.findChild<QMessageBox *>(QStringLiteral("confirmDelete")));
    QVERIFY(QFile::exists(remote.filePath(QStringLiteral("proj/src/deep/a.c"))));
    // Delete: the folder with all in it, but not what its link points to.
    answerBox(&view, QStringLiteral("confirmDelete"), QStringLiteral("Delete"));
    QTest::keyClick(tree, Qt::Key_Delete);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.last().first().toBool(), true);
    QVERIFY(!QFileInfo::exists(remote.filePath(QStringLiteral("proj"))));
    QCOMPARE(test::readFile(outside.filePath(QStringLiteral("precious.txt"))), QByteArray("keep me"));
    QCOMPARE(rowOf(tree, QStringLiteral("proj")), -1);

    // A failure is said, and the rest still goes: one of the two selected is
    // gone before the delete reaches it.
    view.selectNames({ "final.txt", "taken.txt" });
    QVERIFY(QFile::remove(remote.filePath(QStringLiteral("taken.txt"))));
    answerBox(&view, QStringLiteral("confirmDelete"), QStringLiteral("Delete"));
    view.deleteSelected();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.last().first().toBool(), false);
    auto *status = view.findChild<QLabel *>(QStringLiteral("filesStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("could not be deleted")), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QStringLiteral("taken.txt")), qPrintable(status->text()));
    QVERIFY(!QFile::exists(remote.filePath(QStringLiteral("final.txt"))));

    // Ctrl+Shift+N: a new folder, by name.
    tree->setFocus();
    QTimer::singleShot(50, &view, [&view] {
        auto *dialog = view.findChild<QInputDialog *>(QStringLiteral("newFolder"));
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("made here"));
        dialog->accept();
    });
    QTest::keyClick(tree, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.last().first().toBool(), true);
    QVERIFY(QFileInfo(remote.filePath(QStringLiteral("made here"))).isDir());
    QVERIFY(rowOf(tree, QStringLiteral("made here")) >= 0);
}

// 20,000 entries: all listed, and the event loop never stalls for long
// while they arrive (rows go in 500 at a time, sorted once). A functional
// check with a generous bound, not a benchmark.
void TestFilesView::largeFolderKeepsTheWindowAnswering()
{
    OPEN_VIEW(view, listed);
    QTemporaryDir remote;
    constexpr int kCount = 20000;
    for (int i = 0; i < kCount; ++i) {
        QFile f(remote.filePath(QStringLiteral("file %1.txt").arg(i, 5, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &view, [&] { longest = qMax(longest, sinceTick.restart()); });
    sinceTick.start();
    ticker.start();
    QElapsedTimer took;
    took.start();
    view.openFolder(remote.path().toUtf8());
    QVERIFY(listed.wait(60000));
    ticker.stop();
    qInfo() << "listed" << kCount << "entries in" << took.elapsed()
            << "ms; the longest the event loop waited:" << longest << "ms";
    QCOMPARE(tree->model()->rowCount(), kCount);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("file 00000.txt"));
    QCOMPARE(tree->model()->index(kCount - 1, 0).data().toString(), QStringLiteral("file 19999.txt"));
    QVERIFY2(longest < 200, qPrintable(QStringLiteral("the event loop waited %1 ms").arg(longest)));
    // Sorting by another column is one sort too, off the GUI thread.
    longest = 0;
    sinceTick.restart();
    ticker.start();
    tree->sortByColumn(0, Qt::DescendingOrder);
    QVERIFY(listed.wait(20000));
    ticker.stop();
    QVERIFY2(longest < 200, qPrintable(QStringLiteral("sorting: the event loop waited %1 ms").arg(longest)));
    QCOMPARE(tree->model()->rowCount(), kCount);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("file 19999.txt"));
    tree->sortByColumn(0, Qt::AscendingOrder);
    QVERIFY(listed.wait(20000));
    // A header click while another folder lists: that folder shows, the new way.
    QTemporaryDir other;
    for (const char *name : { "alpha", "bravo", "charlie" })
        QVERIFY(test::writeFile(other.filePath(QString::fromLatin1(name)), "x"));
    view.openFolder(other.path().toUtf8());
    tree->sortByColumn(0, Qt::DescendingOrder); // its answer is still on the way
    QVERIFY(listed.wait(20000));
    QTRY_COMPARE(tree->model()->rowCount(), 3);
    QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("charlie"));
    QCOMPARE(view.currentPath(), other.path());
}

// Open with its application: a copy in a private folder, handed to the opener
// (a stand-in here for the desktop's), and once it is saved (as editors do:
// a new file renamed over the old one), a question; "Upload" replaces the
// remote file, "Not now" leaves it.
void TestFilesView::openedLocallyAndUploadedWhenSaved()
{
    OPEN_VIEW(view, listed);
    QTemporaryDir remote;
    QVERIFY(test::writeFile(remote.filePath(QStringLiteral("notes.txt")), "first version\n"));
    view.openFolder(remote.path().toUtf8());
    QVERIFY(listed.wait(10000));
    QList<QUrl> opened;
    FilesView::setOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QSignalSpy local(&view, &FilesView::openedLocally);
    view.selectNames({ "notes.txt" });
    QTest::keyClick(tree, Qt::Key_Return); // Enter on a file opens it
    QVERIFY(local.wait(20000));
    FilesView::setOpener({});
    const QString copy = local.last().first().toString();
    QCOMPARE(opened, QList<QUrl> { QUrl::fromLocalFile(copy) });
    QCOMPARE(QFileInfo(copy).fileName(), QStringLiteral("notes.txt"));
    QCOMPARE(test::readFile(copy), QByteArray("first version\n"));
    // 0700: only this user's (owner bits only; no group, no other).
    QCOMPARE(int(QFileInfo(QFileInfo(copy).path()).permissions() & 0x7077), 0x7000); // 0700: only this user's
    QVERIFY(!copy.startsWith(remote.path()));

    // Saved the way editors save: a new file, renamed over the old one.
    QSignalSpy finished(&view, &FilesView::transferFinished);
    answerBox(&view, QStringLiteral("uploadChanged"), QStringLiteral("Upload"));
    QVERIFY(test::writeFile(copy + QStringLiteral(".swp"), "second version, saved\n"));
    QVERIFY(::rename(QFile::encodeName(copy + QStringLiteral(".swp")).constData(), QFile::encodeName(copy).constData())
            == 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().first().toBool(), true);
    QCOMPARE(test::readFile(remote.filePath(QStringLiteral("notes.txt"))), QByteArray("second version, saved\n"));
    QVERIFY(!QFile::exists(remote.filePath(QStringLiteral("notes.txt.swp"))));

    // Saved in place again: asked again; "Not now" leaves the remote file.
    answerBox(&view, QStringLiteral("uploadChanged"), QStringLiteral("Not now"));
    QTest::qWait(1100); // a new modification time even on coarse clocks
    QVERIFY(test::writeFile(copy, "third version, not sent\n"));
    auto *status = view.findChild<QLabel *>(QStringLiteral("filesStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("was not uploaded")), 10000); // asked, answered
    QTest::qWait(300);
    QCOMPARE(test::readFile(remote.filePath(QStringLiteral("notes.txt"))), QByteArray("second version, saved\n"));

    // Opened again, the local copy (with its edits) is not downloaded over.
    QSignalSpy again(&view, &FilesView::openedLocally);
    FilesView::setOpener([](const QUrl &) { return true; });
    view.openInApplication("notes.txt");
    QTRY_COMPARE(again.size(), 1); // at once: nothing to download
    FilesView::setOpener({});
    QCOMPARE(again.last().first().toString(), copy);
    QCOMPARE(test::readFile(copy), QByteArray("third version, not sent\n"));
}

// What a newcomer sees first (and docs/screenshots/files.png shows): a
// project's folder, folders first, the dot files out of the way, a link,
// one finished download.
void TestFilesView::aProjectLikeTree()
{
    const Workspace w = test::listedWorkspace(QStringLiteral("local.sandbox"));
    QCOMPARE(w.id(), QStringLiteral("local.sandbox"));
    QTemporaryDir remote, downloads;
    // For the screenshot, in the remote home when it has no shop-api of its
    // own (as a real project would be: the path bar then says "Home ›
    // shop-api"), removed after; a plain test run stays in its own folders.
    const QString shot = qEnvironmentVariable("KEYPORT_FILES_SCREENSHOT");
    QString project = remote.filePath(QStringLiteral("shop-api"));
    const passwd *pw = getpwuid(getuid());
    const QString inHome = pw ? QDir(QFile::decodeName(pw->pw_dir)).filePath(QStringLiteral("shop-api")) : QString();
    bool madeInHome = false;
    if (!shot.isEmpty() && !inHome.isEmpty() && !QFileInfo::exists(inHome) && QDir().mkdir(inHome)) {
        project = inHome;
        madeInHome = true;
    }
    const auto removeIt = qScopeGuard([&] {
        if (madeInHome)
            QDir(inHome).removeRecursively();
    });
    const QString into = downloads.filePath(QStringLiteral("Downloads"));
    QVERIFY(QDir().mkdir(into));
    const QList<std::pair<const char *, int>> files = {
        { "src/main.py", 4200 },        { "src/api/routes.py", 9000 }, { "tests/test_routes.py", 3100 },
        { "data/orders.csv", 2400000 }, { "docs/setup.md", 5200 },     { "README.md", 3900 },
        { "pyproject.toml", 812 },      { "Makefile", 640 },           { "deploy.sh", 1300 },
        { "screenshot.png", 184000 },   { ".gitignore", 120 },         { ".env", 64 },
    };
    for (const auto &[name, size] : files)
        QVERIFY(test::writeFile(project + QLatin1Char('/') + QLatin1String(name), QByteArray(size, 'x')));
    QVERIFY(QFile::setPermissions(project + QStringLiteral("/deploy.sh"),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::link(QStringLiteral("data"), project + QStringLiteral("/latest")));

    FilesWindow window(w, test::cliPath());
    window.resize(960, 560);
    window.show();
    FilesView &view = *window.view();
    QSignalSpy listed(&view, &FilesView::listed);
    QVERIFY(listed.wait(20000));
    view.openFolder(project.toUtf8());
    QVERIFY(listed.wait(10000));
    auto *tree = view.findChild<QTreeView *>(QStringLiteral("filesList"));
    QCOMPARE(names(tree), (QStringList { QStringLiteral("data"), QStringLiteral("docs"), QStringLiteral("latest"),
                                         QStringLiteral("src"), QStringLiteral("tests"), QStringLiteral("deploy.sh"),
                                         QStringLiteral("Makefile"), QStringLiteral("pyproject.toml"),
                                         QStringLiteral("README.md"), QStringLiteral("screenshot.png") }));
    QCOMPARE(cell(tree, QStringLiteral("deploy.sh"), 4), QStringLiteral("rwxr-xr-x"));
    QSignalSpy finished(&view, &FilesView::transferFinished);
    view.selectNames({ "README.md" });
    view.downloadSelected(into);
    QVERIFY(finished.wait(20000));
    QCOMPARE(test::readFile(into + QStringLiteral("/README.md")), QByteArray(3900, 'x'));
    if (madeInHome)
        QCOMPARE(crumbTexts(view), (QStringList { QStringLiteral("Home"), QStringLiteral("shop-api") }));
    view.selectNames({ "README.md" });
    tree->setFocus();
    if (!shot.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(window.grab().save(shot));
    }
}

void TestFilesView::ownerFromLongName_data()
{
    QTest::addColumn<QByteArray>("longName");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("group");
    QTest::newRow("sftp-server") << QByteArray("-rw-r--r--    1 alice    staff        1234 Jan  1 12:00 notes.txt")
                                 << "alice"
                                 << "staff";
    QTest::newRow("folder, acl mark") << QByteArray("drwxr-xr-x+   3 bob      dev          4096 Mar  3  2024 src")
                                      << "bob"
                                      << "dev";
    QTest::newRow("numeric") << QByteArray("lrwxrwxrwx    1 1001     1001            3 Jan  1 12:00 a -> b") << "1001"
                             << "1001";
    QTest::newRow("not a mode") << QByteArray("hello world this is not ls") << ""
                                << "";
    QTest::newRow("no link count") << QByteArray("-rw-r--r-- x alice staff 1 Jan 1 12:00 n") << ""
                                   << "";
    QTest::newRow("too short") << QByteArray("-rw-r--r-- 1 alice") << ""
                               << "";
    QTest::newRow("empty") << QByteArray() << ""
                           << "";
    QTest::newRow("escape in owner") << QByteArray("-rw-r--r-- 1 ev\x1b[2Jil staff 1 Jan 1 12:00 n") << "ev\\x1b[2Jil"
                                     << "staff";
    QTest::newRow("long owner") << QByteArray("-rw-r--r-- 1 ") + QByteArray(500, 'u') + QByteArray(" g 1 Jan 1 12:00 n")
                                << QString() << "g";
}

void TestFilesView::ownerFromLongName()
{
    QFETCH(QByteArray, longName);
    QFETCH(QString, user);
    QFETCH(QString, group);
    const LongNameOwner o = keyport::ownerFromLongName(longName);
    if (QByteArray(QTest::currentDataTag()) == "long owner") {
        QVERIFY(o.user.size() <= 65); // cut (64 and an ellipsis), never 500 characters in a column
        QVERIFY(o.user.startsWith(QStringLiteral("uuu")));
    } else {
        QCOMPARE(o.user, user);
    }
    QCOMPARE(o.group, group);
}

// users-groups-by-id's reply: exactly as many names as ids asked for.
void TestFilesView::idNamesAreCountedAsAsked()
{
    auto packed = [](const QList<QByteArray> &names) {
        QByteArray out;
        for (const QByteArray &n : names) {
            const quint32 len = quint32(n.size());
            out += char(len >> 24);
            out += char(len >> 16);
            out += char(len >> 8);
            out += char(len);
            out += n;
        }
        return out;
    };
    const QByteArray users = packed({ "alice", "" });
    const QByteArray groups = packed({ "staff" });
    const QByteArray payload = packed({ users, groups });
    auto ok = SftpClient::parseIdNames(payload, 2, 1);
    QVERIFY(ok);
    QCOMPARE(ok->users, (QList<QByteArray> { "alice", "" }));
    QCOMPARE(ok->groups, QList<QByteArray> { "staff" });
    QVERIFY(!SftpClient::parseIdNames(payload, 3, 1)); // fewer names than asked
    QVERIFY(!SftpClient::parseIdNames(payload, 1, 1)); // more
    QVERIFY(!SftpClient::parseIdNames(payload.left(payload.size() - 2), 2, 1)); // cut short
    // A length inside that claims 4 GiB.
    QVERIFY(!SftpClient::parseIdNames(packed({ QByteArray("\xff\xff\xff\xff", 4), groups }), 1, 1));
}

QTEST_MAIN(TestFilesView)
#include "tst_filesview.moc"
