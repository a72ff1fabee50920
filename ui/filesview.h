#pragma once

#include "model/workspace.h"
#include "session/sftpcopy.h"
#include "session/sftplisting.h"
#include "session/sftpwire.h"

#include <QDialog>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;

namespace keyport {

class FilesBreadcrumbs;
class FilesDragOut;
class FilesTreeView;
class FilesModel;
struct FilesRow;
class RemoteEdit;
class SftpTransferHandle;
class SftpWorker;
class TransferQueue;
class TransfersPanel;

// One workspace's files, as a file manager shows them: the remote home
// first; a path bar of folders to click (or a location to type: Ctrl+L);
// a sortable list (name, size, type, modified, permissions, owner, link
// target) filled in chunks, so a folder of 20,000 entries never freezes the
// window; dot files on request (Ctrl+H), links to folders followed on
// request; a context menu and the keys of Dolphin and WinSCP (Enter, F2,
// Del, F5, Backspace, Alt+Up, Alt+Home, Ctrl+Shift+N). A file opens in its
// local application and is uploaded again when saved, after asking.
// Files and folders dropped on it are uploaded into the folder shown (or the
// folder under the cursor); selected items download to a folder.
// Items dragged out download to where they are dropped (FilesDragOut).
// The session (SftpWorker) lives on a thread of its own: nothing here reads
// a file or a socket. Transfers queue under the files (TransferQueue, shown
// by a TransfersPanel): a few at once, each with progress, pause, cancel and
// retry; a file that is there already is a question (ConflictDialog); a
// dropped connection is reconnected and the copies continue.
class FilesView : public QWidget {
    Q_OBJECT
public:
    // The workspace must be prepared already (the launch pipeline ran).
    FilesView(const Workspace &workspace, const QString &cliPath, QWidget *parent = nullptr);
    ~FilesView() override;

    const Workspace &workspace() const { return m_workspace; }
    QString currentPath() const { return QString::fromUtf8(m_path); }
    void openFolder(const QByteArray &path);
    // Uploads local files or folders into `remoteFolder` (empty: the one shown).
    void upload(const QStringList &localPaths, const QByteArray &remoteFolder = {});
    // Downloads the selected items into a local folder.
    void downloadSelected(const QString &localFolder);
    // Queued, running or reconnecting copies (paused ones wait for a person).
    int runningTransfers() const;
    TransferQueue *transfers() const { return m_queue; }

    bool showsHidden() const;
    void setShowHidden(bool show);
    bool followsLinks() const;
    void setFollowLinks(bool follow);
    // The raw names of the selected entries.
    QList<QByteArray> selectedNames() const;
    // Selects the entries with these names (the first becomes current).
    void selectNames(const QList<QByteArray> &names);
    // The current entry: a folder (or a followed link to one) opens, a file
    // opens in its local application.
    void openCurrent();
    void openInApplication(const QByteArray &name);
    // Renames `from` (a name in the folder shown) to `to`, never over an
    // existing name; unsafe names are refused.
    void rename(const QByteArray &from, const QString &to);
    // Asks, then deletes the selection (folders with everything in them).
    void deleteSelected();
    void editLocation();

    // Test seam: what opens a local copy (QDesktopServices::openUrl otherwise).
    static void setOpener(std::function<bool(const QUrl &)> opener);
    RemoteEdit *edits() const { return m_edits; }

Q_SIGNALS:
    // The folder shown was listed, all rows in (or could not be).
    void listed();
    // A copy ended: done (ok), failed or cancelled.
    void transferFinished(bool ok);
    // Worth a notification: a long copy ended, or one ended out of sight.
    void transferNotice(const QString &title, const QString &message, bool ok);
    // A new folder, a rename or a delete ended (the folder is listed again).
    void operationFinished(bool ok);
    // A remote file's local copy was handed to its application.
    void openedLocally(const QString &localPath);
    // The session could not be opened (or reopened).
    void sessionFailed(const keyport::Error &error);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showSorted(const QByteArray &path, const SftpListJob::Listing &listed, const QList<FilesRow> &rows);
    void showRows(const QList<FilesRow> &rows);
    // Sorts `rows` as the list is sorted, off the GUI thread; `then` gets them
    // unless a newer listing or sort came meanwhile.
    void sortThen(const QList<FilesRow> &rows, std::function<void(const QList<FilesRow> &)> then);
    void keepSelection(); // for a refresh or a sort to select again
    void fillSome();
    void resort();
    void showStatus(const QString &text);
    // A copy started elsewhere (a drag out, a file saved locally) joins the queue's list.
    void track(SftpTransferHandle *handle, bool download, const QString &what);
    void queue(bool download, const QStringList &sources, const QString &destination, const QString &what);
    SftpCopyJob::Options copyOptions();
    void dragOut();
    QByteArray folderAt(const QPoint &viewportPos) const;
    void chooseAndDownload();
    void chooseAndUpload();
    void makeFolder();
    void contextMenu(const QPoint &pos);
    void copyPath();
    void askUpload(const QString &localPath, const QByteArray &remotePath);
    // A key of the view's own (the list or the whole view); true when handled.
    bool handleKey(QKeyEvent *event, bool inList);
    bool isOwnKey(QKeyEvent *event, bool inList) const;
    QByteArray resolveTyped(const QString &typed) const;
    void closeLocationEditor();
    void operationDone(const Status &status, const QString &said);

    Workspace m_workspace;
    SftpWorker *m_worker;
    RemoteEdit *m_edits;
    QByteArray m_path;
    QStackedWidget *m_locationStack;
    FilesBreadcrumbs *m_crumbs;
    QLineEdit *m_location;
    FilesTreeView *m_view;
    FilesModel *m_model;
    QTimer *m_fill;
    QLabel *m_status;
    TransferQueue *m_queue;
    TransfersPanel *m_panel;
    FilesDragOut *m_dragOut;
    QAction *m_hidden;
    QAction *m_follow;
    quint64 m_listing = 0; // the newest listing asked for; older answers are dropped
    bool m_listingPending = false; // a folder is being listed: it sorts itself the order shown when it comes
    QString m_listedStatus; // said once all rows are in
    QList<QByteArray> m_keepSelected; // a refresh keeps the selection
    QByteArray m_keepCurrent;
    QSet<QString> m_asking; // local copies with an upload question open
};

// The window "Browse files" opens: a FilesView, and a question before it
// closes with transfers running: keep copying in the background (the window
// hides, and closes by itself once they are over), stop them (their part
// files stay), or stay.
class FilesWindow : public QDialog {
    Q_OBJECT
public:
    FilesWindow(const Workspace &workspace, const QString &cliPath, QWidget *parent = nullptr);
    FilesView *view() const { return m_view; }
    // Hidden while its transfers finish.
    bool inBackground() const { return m_background; }
    // Brings it up again (from the background too).
    void showAgain();
    void reject() override; // Esc closes too, and asks the same

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum class Close { Now, Background, Stay };
    Close askToClose();
    bool handleClose();
    void closeIfIdle();
    FilesView *m_view;
    bool m_agreed = false; // to stopping the transfers and closing
    bool m_background = false;
};

} // namespace keyport
