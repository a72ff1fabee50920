#include "filesview.h"

#include "appcontext.h"
#include "uilog.h"

#include "common/text.h"
#include "launch/sshcommand.h"
#include "session/sftpcopy.h"
#include "session/sftpworker.h"

#include <QDateTime>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace keyport {

namespace {

enum Role { NameRole = Qt::UserRole + 1, FolderRole, SortRole };

// Sorts by a role of its own, so sizes sort as numbers and folders come first.
class SortItem : public QStandardItem {
public:
    using QStandardItem::QStandardItem;
    bool operator<(const QStandardItem &other) const override
    {
        const QVariant a = data(SortRole), b = other.data(SortRole);
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    }
};

} // namespace

FilesView::FilesView(const Workspace &workspace, const QString &cliPath, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_worker(new SftpWorker([workspace, cliPath] { return sshcommand::sftpArgv(workspace, cliPath); }, this))
{
    setAcceptDrops(true);
    auto *l = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *up = new QToolButton(this);
    up->setIcon(style()->standardIcon(QStyle::SP_FileDialogToParent));
    up->setToolTip(tr("Up one folder (Alt+Up)"));
    up->setAccessibleName(tr("Up one folder"));
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    auto *home = new QToolButton(this);
    home->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    home->setToolTip(tr("The remote home folder"));
    home->setAccessibleName(tr("Home folder"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("filesLocation"));
    m_location->setAccessibleName(tr("Folder on the workspace"));
    m_location->setPlaceholderText(tr("Connecting…"));
    auto *refresh = new QToolButton(this);
    refresh->setIcon(AppContext::icon(QStringLiteral("refresh")));
    refresh->setToolTip(tr("Refresh (F5)"));
    refresh->setAccessibleName(tr("Refresh"));
    refresh->setShortcut(Qt::Key_F5);
    bar->addWidget(up);
    bar->addWidget(home);
    bar->addWidget(m_location, 1);
    bar->addWidget(refresh);
    l->addLayout(bar);

    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({ tr("Name"), tr("Size"), tr("Modified"), tr("Permissions") });
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("filesList"));
    m_view->setAccessibleName(tr("Files"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // large folders lay out fast
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    l->addWidget(m_view, 1);

    auto *actions = new QHBoxLayout;
    auto *uploadButton = new QPushButton(AppContext::icon(QStringLiteral("add")), tr("Upload…"), this);
    uploadButton->setObjectName(QStringLiteral("filesUpload"));
    uploadButton->setToolTip(tr("Upload files into this folder (or drop them here)"));
    auto *downloadButton = new QPushButton(tr("Download…"), this);
    downloadButton->setObjectName(QStringLiteral("filesDownload"));
    downloadButton->setToolTip(tr("Download the selected files and folders to a folder of this computer"));
    auto *newFolder = new QPushButton(tr("New folder"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filesStatus"));
    m_status->setWordWrap(true);
    actions->addWidget(uploadButton);
    actions->addWidget(downloadButton);
    actions->addWidget(newFolder);
    actions->addWidget(m_status, 1);
    l->addLayout(actions);

    m_transfers = new QListWidget(this);
    m_transfers->setObjectName(QStringLiteral("transfers"));
    m_transfers->setAccessibleName(tr("Transfers"));
    m_transfers->setMaximumHeight(110);
    m_transfers->hide();
    l->addWidget(m_transfers);

    connect(up, &QToolButton::clicked, this, [this] { openFolder(sftp::parentPath(m_path)); });
    connect(home, &QToolButton::clicked, this, [this] { openFolder(m_worker->home()); });
    connect(refresh, &QToolButton::clicked, this, [this] { openFolder(m_path); });
    connect(m_location, &QLineEdit::returnPressed, this, [this] { openFolder(m_location->text().toUtf8()); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex name = index.siblingAtColumn(0);
        if (name.data(FolderRole).toBool())
            openFolder(sftp::joinPath(m_path, name.data(NameRole).toByteArray()));
    });
    connect(uploadButton, &QPushButton::clicked, this, &FilesView::chooseAndUpload);
    connect(downloadButton, &QPushButton::clicked, this, &FilesView::chooseAndDownload);
    connect(newFolder, &QPushButton::clicked, this, &FilesView::makeFolder);
    connect(m_worker, &SftpWorker::ready, this, [this] { openFolder(m_worker->home()); });
    connect(m_worker, &SftpWorker::failed, this, [this](const Error &e) {
        showStatus(tr("The files of %1 cannot be reached: %2").arg(m_workspace.id(), e.message));
        m_location->setPlaceholderText(tr("Not connected"));
        Q_EMIT listed();
    });
    showStatus(tr("Opening the files of %1…").arg(m_workspace.id()));
    m_worker->start();
}

FilesView::~FilesView() = default;

void FilesView::showStatus(const QString &text)
{
    m_status->setText(text);
}

void FilesView::openFolder(const QByteArray &path)
{
    if (path.isEmpty() || !m_worker->isReady())
        return;
    const quint64 listing = ++m_listing;
    showStatus(tr("Listing %1…").arg(sftp::printablePath(path)));
    m_worker->list(path, [this, path, listing](const Result<QList<sftp::Entry>> &entries) {
        if (listing != m_listing)
            return; // a newer click won
        if (!entries) {
            showStatus(entries.error().message);
            Q_EMIT listed();
            return;
        }
        m_path = path;
        m_location->setText(QString::fromUtf8(path));
        showEntries(*entries);
        showStatus(tr("%n item(s)", nullptr, int(entries->size())));
        Q_EMIT listed();
    });
}

void FilesView::showEntries(const QList<sftp::Entry> &entries)
{
    m_view->setSortingEnabled(false); // one sort at the end, not one per row
    m_model->removeRows(0, m_model->rowCount());
    const QIcon folderIcon = style()->standardIcon(QStyle::SP_DirIcon);
    const QIcon fileIcon = style()->standardIcon(QStyle::SP_FileIcon);
    const QIcon linkIcon = style()->standardIcon(QStyle::SP_FileLinkIcon);
    const QLocale locale;
    for (const sftp::Entry &e : entries) {
        const bool folder = e.attrs.isDirectory();
        // A name is shown printable: a server's name cannot fake another row.
        auto *name = new SortItem(folder                ? folderIcon
                                  : e.attrs.isSymlink() ? linkIcon
                                                        : fileIcon,
                                  printable(QString::fromUtf8(e.name), 255));
        name->setData(e.name, NameRole);
        name->setData(folder, FolderRole);
        name->setData(QString(folder ? QStringLiteral("0") : QStringLiteral("1")) + QString::fromUtf8(e.name).toLower(),
                      SortRole);
        auto *size = new SortItem(folder ? QString() : locale.formattedDataSize(qint64(e.attrs.size)));
        size->setData(folder ? -1 : qint64(e.attrs.size), SortRole);
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QDateTime modified = QDateTime::fromSecsSinceEpoch(e.attrs.mtime);
        auto *time = new SortItem(
            e.attrs.has(sftp::Attributes::AcModTime) ? locale.toString(modified, QLocale::ShortFormat) : QString());
        time->setData(qint64(e.attrs.mtime), SortRole);
        const QString mode = QString::number(e.attrs.permissions & 07777, 8).rightJustified(4, QLatin1Char('0'));
        auto *perms = new SortItem(e.attrs.has(sftp::Attributes::Permissions) ? mode : QString());
        perms->setData(mode, SortRole);
        m_model->appendRow({ name, size, time, perms });
    }
    m_view->setSortingEnabled(true);
}

QByteArray FilesView::folderAt(const QPoint &viewportPos) const
{
    const QModelIndex at = m_view->indexAt(viewportPos).siblingAtColumn(0);
    if (at.isValid() && at.data(FolderRole).toBool())
        return sftp::joinPath(m_path, at.data(NameRole).toByteArray());
    return m_path;
}

void FilesView::upload(const QStringList &localPaths, const QByteArray &remoteFolder)
{
    if (localPaths.isEmpty() || !m_worker->isReady())
        return;
    const QByteArray into = remoteFolder.isEmpty() ? m_path : remoteFolder;
    SftpCopyJob::Options options;
    options.recursive = true;
    // Replacing a file of the same name is what a drop onto a folder means
    // in a file manager after its question; asking comes with the conflict dialog.
    options.transfer.ifExists = TransferOptions::IfExists::Overwrite;
    const QString what =
        localPaths.size() == 1
            ? tr("Uploading %1 to %2").arg(QFileInfo(localPaths.first()).fileName(), sftp::printablePath(into))
            : tr("Uploading %n item(s) to %1", nullptr, int(localPaths.size())).arg(sftp::printablePath(into));
    track(
        m_worker->copy(SftpCopyJob::Direction::Upload, localPaths, QString::fromUtf8(into) + QLatin1Char('/'), options),
        what);
}

void FilesView::downloadSelected(const QString &localFolder)
{
    QStringList paths;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(0))
        paths << QString::fromUtf8(sftp::joinPath(m_path, index.data(NameRole).toByteArray()));
    if (paths.isEmpty()) {
        showStatus(tr("Select the files or folders to download first."));
        return;
    }
    SftpCopyJob::Options options;
    options.recursive = true;
    options.transfer.ifExists = TransferOptions::IfExists::Overwrite;
    const QString what = tr("Downloading %n item(s) to %1", nullptr, int(paths.size())).arg(localFolder);
    track(m_worker->copy(SftpCopyJob::Direction::Download, paths, localFolder + QLatin1Char('/'), options), what);
}

int FilesView::runningTransfers() const
{
    int n = 0;
    for (const auto &h : m_running)
        if (h && !h->isFinished())
            ++n;
    return n;
}

void FilesView::track(SftpTransferHandle *handle, const QString &what)
{
    m_running << handle;
    auto *item = new QListWidgetItem(what + QStringLiteral("…"), m_transfers);
    m_transfers->show();
    m_transfers->scrollToItem(item);
    const QLocale locale;
    connect(handle, &SftpTransferHandle::progressed, this, [item, what, locale](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 0;
        item->setText(tr("%1: %2 of %3 (%4%)")
                          .arg(what, locale.formattedDataSize(done), locale.formattedDataSize(total))
                          .arg(percent));
    });
    connect(handle, &SftpTransferHandle::finished, this, [this, handle, item, what, locale] {
        const Error &e = handle->error();
        if (e.isError())
            item->setText(e.code == ErrorCode::Cancelled ? tr("%1: cancelled").arg(what)
                                                         : tr("%1: failed. %2").arg(what, e.message));
        else
            item->setText(tr("%1: done (%2)").arg(what, locale.formattedDataSize(handle->done())));
        if (!handle->warnings().isEmpty())
            item->setToolTip(handle->warnings().join(QLatin1Char('\n')));
        qCInfo(lcUi) << "transfer finished:" << what << (e.isError() ? e.oneLine() : QStringLiteral("ok"));
        openFolder(m_path); // what arrived shows
        Q_EMIT transferFinished(!e.isError());
    });
}

void FilesView::chooseAndUpload()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Upload to %1").arg(sftp::printablePath(m_path)));
    upload(files);
}

void FilesView::chooseAndDownload()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Download to"));
    if (!folder.isEmpty())
        downloadSelected(folder);
}

void FilesView::makeFolder()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New folder"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.isEmpty())
        return;
    if (!isSafeEntryName(name.toUtf8())) {
        showStatus(tr("\"%1\" cannot be a folder name.").arg(printable(name, 60)));
        return;
    }
    m_worker->makeDirectory(sftp::joinPath(m_path, name.toUtf8()), [this](const Status &made) {
        if (!made)
            showStatus(made.error().message);
        openFolder(m_path);
    });
}

void FilesView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_worker->isReady())
        event->acceptProposedAction();
}

void FilesView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls() && m_worker->isReady())
        event->acceptProposedAction();
}

void FilesView::dropEvent(QDropEvent *event)
{
    qCDebug(lcUi) << "drop of" << event->mimeData()->urls();
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    // Copy only, never move: the originals stay where they are.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    const QPoint at = m_view->viewport()->mapFrom(this, event->position().toPoint());
    upload(paths, m_view->viewport()->rect().contains(at) ? folderAt(at) : m_path);
}

FilesWindow::FilesWindow(const Workspace &workspace, const QString &cliPath, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_view(new FilesView(workspace, cliPath, this))
{
    setObjectName(QStringLiteral("files-") + workspace.id());
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Files of %1").arg(workspace.id()));
    auto *l = new QVBoxLayout(this);
    l->addWidget(m_view);
    resize(760, 520);
}

bool FilesWindow::mayClose()
{
    const int running = m_view->runningTransfers();
    // Once agreed, closing goes through both reject() and closeEvent(): ask once.
    if (running == 0 || m_agreed)
        return true;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Transfers are running"),
                                tr("%n transfer(s) still running. Stop them and close? What arrived stays as part "
                                   "files, and copying again continues from there.",
                                   nullptr, running),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("stopTransfers"));
    QPushButton *stop = box->addButton(tr("Stop and close"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep running"), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().last()));
    box->exec();
    m_agreed = box->clickedButton() == stop;
    box->deleteLater();
    return m_agreed;
}

void FilesWindow::reject()
{
    if (mayClose())
        QDialog::reject();
}

void FilesWindow::closeEvent(QCloseEvent *event)
{
    if (mayClose())
        QDialog::closeEvent(event);
    else
        event->ignore();
}

} // namespace keyport
