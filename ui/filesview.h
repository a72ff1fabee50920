#pragma once

#include "model/workspace.h"
#include "session/sftpwire.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QStandardItemModel;
class QTreeView;

namespace keyport {

class SftpTransferHandle;
class SftpWorker;

// One workspace's files: a folder of it (the remote home first), sortable,
// with folders opened by double-click or Enter; files and folders dropped on
// it from the desktop or a file manager are uploaded into the folder shown
// (or the folder under the cursor); selected items download to a folder.
// The session (SftpWorker) lives on a thread of its own: nothing here reads
// a file or a socket. Transfers are listed under the files with progress.
class FilesView : public QWidget {
    Q_OBJECT
public:
    // The workspace must be prepared already (the launch pipeline ran).
    FilesView(const Workspace &workspace, const QString &cliPath, QWidget *parent = nullptr);
    ~FilesView() override;

    QString currentPath() const { return QString::fromUtf8(m_path); }
    void openFolder(const QByteArray &path);
    // Uploads local files or folders into `remoteFolder` (empty: the one shown).
    void upload(const QStringList &localPaths, const QByteArray &remoteFolder = {});
    // Downloads the selected items into a local folder.
    void downloadSelected(const QString &localFolder);
    int runningTransfers() const;

Q_SIGNALS:
    // The folder shown was listed (or could not be).
    void listed();
    void transferFinished(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showEntries(const QList<sftp::Entry> &entries);
    void showStatus(const QString &text);
    void track(SftpTransferHandle *handle, const QString &what);
    QByteArray folderAt(const QPoint &viewportPos) const;
    void chooseAndDownload();
    void chooseAndUpload();
    void makeFolder();

    Workspace m_workspace;
    SftpWorker *m_worker;
    QByteArray m_path;
    QLineEdit *m_location;
    QTreeView *m_view;
    QStandardItemModel *m_model;
    QLabel *m_status;
    QListWidget *m_transfers;
    QList<QPointer<SftpTransferHandle>> m_running;
    quint64 m_listing = 0; // the newest listing asked for; older answers are dropped
};

// The window "Browse files" opens: a FilesView, and a question before it
// closes with transfers still running (they stop; their part files stay).
class FilesWindow : public QDialog {
    Q_OBJECT
public:
    FilesWindow(const Workspace &workspace, const QString &cliPath, QWidget *parent = nullptr);
    FilesView *view() const { return m_view; }
    void reject() override; // Esc closes too, and asks the same

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    bool mayClose();
    FilesView *m_view;
    bool m_agreed = false; // to stopping the transfers and closing
};

} // namespace keyport
