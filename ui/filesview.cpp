#include "filesview.h"

#include "appcontext.h"
#include "conflictdialog.h"
#include "filesdrag.h"
#include "transferspanel.h"
#include "uilog.h"

#include "common/job.h"
#include "common/text.h"
#include "launch/sshcommand.h"
#include "session/remoteedit.h"
#include "session/sftpcopy.h"
#include "session/sftplisting.h"
#include "session/sftpworker.h"
#include "session/transferqueue.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace keyport {

namespace {

enum Role { NameRole = Qt::UserRole + 1, FolderRole, SortRole, LinkToFolderRole };
enum Column { NameColumn, SizeColumn, TypeColumn, ModifiedColumn, PermissionsColumn, OwnerColumn, LinkColumn, Columns };

// Rows go into the list this many per turn of the event loop: a folder of
// 20,000 entries fills in 40 short steps, the window answering in between.
constexpr int kRowsPerTurn = 500;

std::function<bool(const QUrl &)> &opener()
{
    static std::function<bool(const QUrl &)> open = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    return open;
}

// "rwxr-xr-x", with setuid, setgid and sticky as ls shows them.
QString modeString(quint32 mode)
{
    QString s(9, QLatin1Char('-'));
    const char *rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i)
        if (mode & (0400 >> i))
            s[i] = QLatin1Char(rwx[i]);
    auto special = [&s, mode](quint32 bit, int at, char set, char setNoExec) {
        if (mode & bit)
            s[at] = QLatin1Char(s[at] == QLatin1Char('-') ? setNoExec : set);
    };
    special(04000, 2, 's', 'S');
    special(02000, 5, 's', 'S');
    special(01000, 8, 't', 'T');
    return s;
}

// Lexically: "/a/./b/../c/" is "/a/c" (as Dolphin's location bar takes it).
QByteArray normalized(const QByteArray &path)
{
    QList<QByteArray> parts;
    for (const QByteArray &part : path.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts << part;
    }
    return '/' + parts.join('/');
}

} // namespace

// The list's rows: one RemoteEntry each, sorted once per listing (folders
// first), then shown kRowsPerTurn at a time. What is shown is formatted
// when the view asks for it, so only the rows on screen cost a date format.
struct FilesRow {
    RemoteEntry e;
    QString key; // the name case-folded, for sorting
};

class FilesModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;
    std::function<void(const QByteArray &from, const QString &to)> onRename;

    using Row = FilesRow;
    static QList<Row> rowsOf(const QList<RemoteEntry> &entries)
    {
        QList<Row> rows;
        rows.reserve(entries.size());
        for (const RemoteEntry &e : entries)
            rows.append(Row { e, {} }); // keys are folded by the sort
        return rows;
    }
    // Sorted as the model sorts, off the GUI thread (a pure function of the rows).
    static QList<Row> sorted(QList<Row> rows, int column, Qt::SortOrder order)
    {
        sortRows(rows, column, order);
        return rows;
    }
    const QList<Row> &rows() const { return m_all; }
    int sortColumn() const { return m_column; }
    Qt::SortOrder sortOrder() const { return m_order; }
    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_all = std::move(rows);
        m_hasLinks = std::any_of(m_all.cbegin(), m_all.cend(), [](const Row &r) { return r.e.link; });
        m_shown = 0;
        endResetModel();
    }
    void setEntries(const QList<RemoteEntry> &entries) { setRows(sorted(rowsOf(entries), m_column, m_order)); }
    void clear() { setEntries({}); }
    // Shows up to `n` more rows; false once all are shown.
    bool fillMore(int n)
    {
        const int more = int(qMin<qsizetype>(n, m_all.size() - m_shown));
        if (more > 0) {
            beginInsertRows({}, m_shown, m_shown + more - 1);
            m_shown += more;
            endInsertRows();
        }
        return m_shown < m_all.size();
    }
    bool hasLinks() const { return m_hasLinks; }
    int total() const { return int(m_all.size()); }
    const RemoteEntry *entryAt(int row) const { return row >= 0 && row < m_shown ? &m_all[row].e : nullptr; }
    int rowOf(const QByteArray &name) const
    {
        for (int row = 0; row < m_shown; ++row)
            if (m_all[row].e.name == name)
                return row;
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_shown; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : Columns; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case NameColumn:
            return FilesView::tr("Name");
        case SizeColumn:
            return FilesView::tr("Size");
        case TypeColumn:
            return FilesView::tr("Type");
        case ModifiedColumn:
            return FilesView::tr("Modified");
        case PermissionsColumn:
            return FilesView::tr("Permissions");
        case OwnerColumn:
            return FilesView::tr("Owner");
        case LinkColumn:
            return FilesView::tr("Link to");
        }
        return {};
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.column() == NameColumn)
            f |= Qt::ItemIsEditable; // F2 renames in place
        return f;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const RemoteEntry *e = entryAt(index.row());
        if (!e)
            return {};
        const bool folder = e->isFolder() || e->isLinkToFolder();
        switch (role) {
        case NameRole:
            return e->name;
        case FolderRole: // opens as a folder: one, or a link to one followed
            return e->isFolder();
        case LinkToFolderRole:
            return e->isLinkToFolder();
        case Qt::DisplayRole:
        case Qt::EditRole:
            return text(*e, index.column(), folder);
        case Qt::ToolTipRole:
            return toolTip(*e, index.column());
        case Qt::DecorationRole:
            if (index.column() != NameColumn)
                return {};
            return icon(*e);
        case Qt::TextAlignmentRole:
            if (index.column() == SizeColumn)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        default:
            return {};
        }
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        const RemoteEntry *e = entryAt(index.row());
        if (!e || role != Qt::EditRole || index.column() != NameColumn)
            return false;
        const QString to = value.toString();
        if (to != text(*e, NameColumn, false) && onRename)
            onRename(e->name, to);
        return false; // the row changes when the folder is listed again
    }

    // A click on a header: the rows are sorted again off the GUI thread
    // (onSort), then shown anew, the selection kept.
    std::function<void()> onSort;
    void sort(int column, Qt::SortOrder order) override
    {
        if (column == m_column && order == m_order)
            return;
        m_column = column;
        m_order = order;
        if (onSort)
            onSort();
    }

private:
    static void sortRows(QList<Row> &rows, int column, Qt::SortOrder order)
    {
        const bool ascending = order == Qt::AscendingOrder;
        // Names folded once, not in each of the n log n comparisons.
        for (Row &r : rows)
            if (r.key.isNull())
                r.key = QString::fromUtf8(r.e.name).toCaseFolded();
        auto byName = [](const Row &a, const Row &b) {
            return a.key != b.key ? a.key < b.key : a.e.name < b.e.name;
        };
        auto number = [column](const RemoteEntry &e) -> qint64 {
            switch (column) {
            case SizeColumn:
                return qint64(shownSize(e));
            case ModifiedColumn:
                return e.attrs.mtime;
            case PermissionsColumn:
                return e.attrs.permissions & 07777;
            default:
                return 0;
            }
        };
        std::stable_sort(rows.begin(), rows.end(), [&](const Row &ra, const Row &rb) {
            const RemoteEntry &a = ra.e, &b = rb.e;
            // Folders first, whichever the order (as Dolphin and WinSCP).
            const bool fa = a.isFolder() || a.isLinkToFolder(), fb = b.isFolder() || b.isLinkToFolder();
            if (fa != fb)
                return fa;
            int c = 0;
            if (column == TypeColumn)
                c = QString::compare(a.type, b.type, Qt::CaseInsensitive);
            else if (column == OwnerColumn)
                c = QString::compare(a.owner, b.owner, Qt::CaseInsensitive);
            else if (column == LinkColumn)
                c = a.linkTarget < b.linkTarget ? -1 : b.linkTarget < a.linkTarget ? 1 : 0;
            else if (column != NameColumn) {
                const qint64 ka = number(a), kb = number(b);
                c = ka < kb ? -1 : ka > kb ? 1 : 0;
            }
            if (c == 0)
                return ascending ? byName(ra, rb) : byName(rb, ra);
            return ascending ? c < 0 : c > 0;
        });
    }

    static quint64 shownSize(const RemoteEntry &e)
    {
        if (e.link && !e.attrs.isRegular()) // not followed: what it points to
            return e.target && e.target->isRegular() ? e.target->size : 0;
        return e.attrs.isRegular() ? e.attrs.size : 0;
    }

    QString text(const RemoteEntry &e, int column, bool folder) const
    {
        const QLocale locale;
        switch (column) {
        case NameColumn:
            // A name is shown printable: a server's name cannot fake another row.
            return printable(QString::fromUtf8(e.name), 255);
        case SizeColumn:
            if (folder || (!e.attrs.isRegular() && !(e.link && e.target && e.target->isRegular())))
                return {};
            return locale.formattedDataSize(qint64(shownSize(e)));
        case TypeColumn:
            return e.type;
        case ModifiedColumn:
            return e.attrs.has(sftp::Attributes::AcModTime)
                       ? locale.toString(QDateTime::fromSecsSinceEpoch(e.attrs.mtime), QLocale::ShortFormat)
                       : QString();
        case PermissionsColumn:
            return e.attrs.has(sftp::Attributes::Permissions) ? modeString(e.attrs.permissions) : QString();
        case OwnerColumn:
            return e.owner;
        case LinkColumn:
            return e.link ? printable(QString::fromUtf8(e.linkTarget), 255) : QString();
        }
        return {};
    }

    QString toolTip(const RemoteEntry &e, int column) const
    {
        switch (column) {
        case NameColumn: {
            QString tip = printable(QString::fromUtf8(e.name), 255);
            if (e.link)
                tip += QStringLiteral("\n")
                       + FilesView::tr("Link to %1").arg(printable(QString::fromUtf8(e.linkTarget), 255))
                       + (e.target ? QString() : QStringLiteral(" ") + FilesView::tr("(missing)"));
            return tip;
        }
        case ModifiedColumn:
            return e.attrs.has(sftp::Attributes::AcModTime)
                       ? QLocale().toString(QDateTime::fromSecsSinceEpoch(e.attrs.mtime), QLocale::LongFormat)
                       : QString();
        case PermissionsColumn:
            return QString::number(e.attrs.permissions & 07777, 8).rightJustified(4, QLatin1Char('0'));
        case OwnerColumn:
            return e.owner.isEmpty() ? QString() : FilesView::tr("Owner %1, group %2").arg(e.owner, e.group);
        default:
            return {};
        }
    }

    QIcon icon(const RemoteEntry &e) const
    {
        if (m_icons.isEmpty()) {
            QStyle *style = QApplication::style();
            for (auto which :
                 { QStyle::SP_DirIcon, QStyle::SP_DirLinkIcon, QStyle::SP_FileIcon, QStyle::SP_FileLinkIcon })
                m_icons << style->standardIcon(which);
        }
        if (e.isFolder() || e.isLinkToFolder())
            return m_icons[e.link ? 1 : 0];
        return m_icons[e.link ? 3 : 2];
    }

    QList<Row> m_all;
    mutable QList<QIcon> m_icons;
    int m_shown = 0;
    int m_column = NameColumn;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_hasLinks = false;
};

// The path bar: a button for each folder from the top (the home folder as
// "Home" when the path is in it) to the one shown. A click on the empty part
// asks for the location to be typed.
class FilesBreadcrumbs : public QWidget {
public:
    std::function<void(const QByteArray &)> onFolder;
    std::function<void()> onEdit;

    explicit FilesBreadcrumbs(QWidget *parent)
        : QWidget(parent)
        , m_layout(new QHBoxLayout(this))
    {
        m_layout->setContentsMargins(0, 0, 0, 0);
        m_layout->setSpacing(0);
        m_layout->addStretch(1);
        setCursor(Qt::IBeamCursor); // the empty part is where a location is typed
        setToolTip(FilesView::tr("Click a folder to go there; click here or press Ctrl+L to type a location"));
        setAccessibleName(FilesView::tr("Path"));
    }

    void setPath(const QByteArray &path, const QByteArray &home)
    {
        while (m_layout->count() > 1) {
            QLayoutItem *item = m_layout->takeAt(0);
            delete item->widget();
            delete item;
        }
        struct Crumb {
            QString text;
            QByteArray path;
        };
        QList<Crumb> crumbs;
        QByteArray rest = path;
        const bool inHome = !home.isEmpty() && home != "/" && (path == home || path.startsWith(home + '/'));
        if (inHome) {
            crumbs << Crumb { FilesView::tr("Home"), home };
            rest = path.mid(home.size());
        } else {
            crumbs << Crumb { QStringLiteral("/"), QByteArrayLiteral("/") };
        }
        QByteArray at = inHome ? home : QByteArray();
        for (const QByteArray &part : rest.split('/')) {
            if (part.isEmpty())
                continue;
            at += '/' + part;
            crumbs << Crumb { printable(QString::fromUtf8(part), 40), at };
        }
        // A deep path keeps its last folders; "…" stands for the ones before.
        constexpr int kShown = 7;
        int index = 0;
        for (qsizetype i = 0; i < crumbs.size(); ++i) {
            if (crumbs.size() > kShown && i > 0 && i < crumbs.size() - (kShown - 1)) {
                if (i == 1)
                    addButton(QStringLiteral("…"), crumbs[crumbs.size() - kShown + 1].path, false, index++, true);
                continue;
            }
            addButton(crumbs[i].text, crumbs[i].path, i == 0 && inHome, index++, i == crumbs.size() - 1);
        }
    }

protected:
    void mousePressEvent(QMouseEvent *event) override
    {
        if (onEdit)
            onEdit();
        event->accept();
    }

private:
    void addButton(const QString &text, const QByteArray &path, bool home, int at, bool last)
    {
        if (at > 0) {
            auto *sep = new QLabel(QStringLiteral("›"), this);
            sep->setContentsMargins(2, 0, 2, 0);
            sep->setEnabled(false);
            m_layout->insertWidget(m_layout->count() - 1, sep);
        }
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("crumb"));
        b->setProperty("remotePath", path);
        b->setText(text);
        b->setAutoRaise(true);
        b->setCursor(Qt::PointingHandCursor);
        b->setToolTip(sftp::printablePath(path));
        b->setAccessibleName(home ? FilesView::tr("Home folder") : text);
        if (home) {
            b->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
            b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        }
        if (last) {
            QFont f = b->font();
            f.setBold(true);
            b->setFont(f);
        }
        connect(b, &QToolButton::clicked, this, [this, path] {
            if (onFolder)
                onFolder(path);
        });
        m_layout->insertWidget(m_layout->count() - 1, b);
    }

    QHBoxLayout *m_layout;
};

void FilesView::setOpener(std::function<bool(const QUrl &)> open)
{
    opener() = open ? std::move(open) : [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
}

FilesView::FilesView(const Workspace &workspace, const QString &cliPath, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_worker(new SftpWorker([workspace, cliPath] { return sshcommand::sftpArgv(workspace, cliPath); }, this))
    , m_edits(new RemoteEdit(m_worker, this))
{
    setAcceptDrops(true);
    auto *l = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *up = new QToolButton(this);
    up->setIcon(style()->standardIcon(QStyle::SP_FileDialogToParent));
    up->setToolTip(tr("Up one folder (Alt+Up, Backspace)"));
    up->setAccessibleName(tr("Up one folder"));
    up->setAutoRaise(true);
    auto *home = new QToolButton(this);
    home->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    home->setToolTip(tr("The remote home folder (Alt+Home)"));
    home->setAccessibleName(tr("Home folder"));
    home->setAutoRaise(true);
    m_locationStack = new QStackedWidget(this);
    m_crumbs = new FilesBreadcrumbs(m_locationStack);
    m_crumbs->setObjectName(QStringLiteral("filesPath"));
    m_location = new QLineEdit(m_locationStack);
    m_location->setObjectName(QStringLiteral("filesLocation"));
    m_location->setAccessibleName(tr("Folder on the workspace"));
    m_location->setPlaceholderText(tr("A folder: /path, ~/path, or a path in the one shown"));
    m_location->installEventFilter(this);
    m_locationStack->addWidget(m_crumbs);
    m_locationStack->addWidget(m_location);
    m_locationStack->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_locationStack->setFixedHeight(m_location->sizeHint().height() + 2);
    auto *refresh = new QToolButton(this);
    refresh->setIcon(AppContext::icon(QStringLiteral("refresh")));
    refresh->setToolTip(tr("Refresh (F5)"));
    refresh->setAccessibleName(tr("Refresh"));
    refresh->setAutoRaise(true);
    m_hidden = new QAction(tr("Show hidden files"), this);
    m_hidden->setObjectName(QStringLiteral("filesShowHidden"));
    m_hidden->setCheckable(true);
    m_hidden->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H)); // shown in menus; handleKey() acts on it
    m_follow = new QAction(tr("Open links to folders as folders"), this);
    m_follow->setObjectName(QStringLiteral("filesFollowLinks"));
    m_follow->setCheckable(true);
    m_follow->setToolTip(tr("A link to a folder opens like the folder; sizes and dates are its target's"));
    auto *viewMenu = new QMenu(this);
    viewMenu->addAction(m_hidden);
    viewMenu->addAction(m_follow);
    auto *viewButton = new QToolButton(this);
    viewButton->setText(tr("View"));
    viewButton->setAccessibleName(tr("View options"));
    viewButton->setToolTip(tr("Hidden files, links"));
    viewButton->setMenu(viewMenu);
    viewButton->setPopupMode(QToolButton::InstantPopup);
    viewButton->setAutoRaise(true);
    bar->addWidget(up);
    bar->addWidget(home);
    bar->addWidget(m_locationStack, 1);
    bar->addWidget(refresh);
    bar->addWidget(viewButton);
    l->addLayout(bar);

    m_model = new FilesModel(this);
    m_model->onRename = [this](const QByteArray &from, const QString &to) {
        rename(from, to);
    };
    m_model->onSort = [this] {
        resort();
    };
    m_view = new FilesTreeView(this);
    m_view->setObjectName(QStringLiteral("filesList"));
    m_view->setAccessibleName(tr("Files"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // large folders lay out fast
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Dragged out to a file manager or the desktop: a download (copy only).
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed); // F2
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->installEventFilter(this);
    // Fixed widths, not "resize to contents": that would measure every row of a large folder.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    const QFontMetrics fm(font());
    header->resizeSection(SizeColumn, fm.horizontalAdvance(QStringLiteral("1,023.9 MiB")) + 16);
    header->resizeSection(TypeColumn, fm.horizontalAdvance(QStringLiteral("Markdown document")) + 16);
    const QString longestDate =
        QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59)), QLocale::ShortFormat);
    header->resizeSection(ModifiedColumn, fm.horizontalAdvance(longestDate) + 24);
    header->resizeSection(PermissionsColumn, fm.horizontalAdvance(QStringLiteral("rwxr-xr-x")) + 24);
    header->resizeSection(OwnerColumn, fm.horizontalAdvance(QStringLiteral("username")) + 16);
    header->resizeSection(LinkColumn, fm.horizontalAdvance(QStringLiteral("../shared/data")) + 16);
    header->setSectionHidden(LinkColumn, true); // shown when the folder has links
    l->addWidget(m_view, 1);
    m_fill = new QTimer(this);
    m_fill->setInterval(0);
    connect(m_fill, &QTimer::timeout, this, &FilesView::fillSome);

    auto *actions = new QHBoxLayout;
    auto *uploadButton = new QPushButton(AppContext::icon(QStringLiteral("add")), tr("Upload…"), this);
    uploadButton->setObjectName(QStringLiteral("filesUpload"));
    uploadButton->setToolTip(tr("Upload files into this folder (or drop them here)"));
    auto *downloadButton = new QPushButton(tr("Download…"), this);
    downloadButton->setObjectName(QStringLiteral("filesDownload"));
    downloadButton->setToolTip(tr("Download the selected files and folders to a folder of this computer"));
    auto *newFolder = new QPushButton(tr("New folder"), this);
    newFolder->setToolTip(tr("New folder (Ctrl+Shift+N)"));
    for (QPushButton *b : { uploadButton, downloadButton, newFolder })
        b->setAutoDefault(false); // Enter opens the current entry, never a button
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filesStatus"));
    m_status->setWordWrap(true);
    actions->addWidget(uploadButton);
    actions->addWidget(downloadButton);
    actions->addWidget(newFolder);
    actions->addWidget(m_status, 1);
    l->addLayout(actions);

    m_queue = new TransferQueue(m_worker, this);
    m_panel = new TransfersPanel(m_queue, this);
    m_panel->setMaximumHeight(170);
    m_panel->hide(); // until the first copy
    l->addWidget(m_panel);
    m_dragOut = new FilesDragOut(m_worker, this);
    m_dragOut->setCopyOptions(copyOptions());

    m_crumbs->onFolder = [this](const QByteArray &path) {
        openFolder(path);
    };
    m_crumbs->onEdit = [this] {
        editLocation();
    };
    connect(up, &QToolButton::clicked, this, [this] { openFolder(sftp::parentPath(m_path)); });
    connect(home, &QToolButton::clicked, this, [this] { openFolder(m_worker->home()); });
    connect(refresh, &QToolButton::clicked, this, [this] { openFolder(m_path); });
    connect(m_hidden, &QAction::toggled, this, [this] { openFolder(m_path); });
    connect(m_follow, &QAction::toggled, this, [this] { openFolder(m_path); });
    connect(m_location, &QLineEdit::returnPressed, this, [this] {
        const QByteArray path = resolveTyped(m_location->text());
        closeLocationEditor();
        openFolder(path);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &) { openCurrent(); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &FilesView::contextMenu);
    connect(uploadButton, &QPushButton::clicked, this, &FilesView::chooseAndUpload);
    connect(downloadButton, &QPushButton::clicked, this, &FilesView::chooseAndDownload);
    connect(newFolder, &QPushButton::clicked, this, &FilesView::makeFolder);
    connect(m_edits, &RemoteEdit::changed, this, &FilesView::askUpload);
    connect(m_dragOut, &FilesDragOut::transferStarted, this,
            [this](SftpTransferHandle *h, const QString &what) { track(h, true, what); });
    connect(m_dragOut, &FilesDragOut::message, this, &FilesView::showStatus);
    connect(m_view, &FilesTreeView::dragRequested, this, &FilesView::dragOut);
    connect(m_queue, &TransferQueue::added, m_panel, &QWidget::show);
    connect(m_queue, &TransferQueue::ended, this, [this](QueuedTransfer *t) {
        const bool ok = t->state() == QueuedTransfer::State::Done;
        qCInfo(lcUi) << "transfer ended:" << t->title() << (ok ? QStringLiteral("ok") : t->error().oneLine());
        if (t->direction() == QueuedTransfer::Direction::Upload)
            openFolder(m_path); // what arrived shows
        Q_EMIT transferFinished(ok);
    });
    connect(m_panel, &TransfersPanel::notice, this, &FilesView::transferNotice);
    connect(m_queue, &TransferQueue::reconnecting, this, [this](int attempt, int ms) {
        showStatus(tr("The connection to %1 was lost. Trying again in %n s (try %2)…", nullptr, qMax(1, ms / 1000))
                       .arg(m_workspace.id())
                       .arg(attempt));
    });
    // The first time the home folder; after a reconnection the folder that was shown.
    connect(m_worker, &SftpWorker::ready, this, [this] { openFolder(m_path.isEmpty() ? m_worker->home() : m_path); });
    connect(m_worker, &SftpWorker::failed, this, [this](const Error &e) {
        showStatus(tr("The files of %1 cannot be reached: %2").arg(m_workspace.id(), e.message));
        m_location->setPlaceholderText(tr("Not connected"));
        Q_EMIT sessionFailed(e);
        Q_EMIT listed();
    });
    showStatus(tr("Opening the files of %1…").arg(m_workspace.id()));
    m_worker->start();
}

FilesView::~FilesView()
{
    // Before the session goes: the copies stop (their part files stay), and
    // nothing hears of them ending (a reconnection would start).
    delete m_panel;
    m_queue->cancelAll();
    delete m_queue;
}

void FilesView::showStatus(const QString &text)
{
    m_status->setText(text);
}

bool FilesView::showsHidden() const
{
    return m_hidden->isChecked();
}

void FilesView::setShowHidden(bool show)
{
    m_hidden->setChecked(show);
}

bool FilesView::followsLinks() const
{
    return m_follow->isChecked();
}

void FilesView::setFollowLinks(bool follow)
{
    m_follow->setChecked(follow);
}

void FilesView::openFolder(const QByteArray &path)
{
    if (path.isEmpty() || !m_worker->isReady())
        return;
    const quint64 listing = ++m_listing;
    m_listingPending = true;
    if (path == m_path) { // a refresh keeps the selection
        keepSelection();
    } else {
        m_keepSelected.clear();
        m_keepCurrent.clear();
    }
    showStatus(tr("Listing %1…").arg(sftp::printablePath(path)));
    SftpListJob::Options options;
    options.hidden = m_hidden->isChecked();
    options.followLinks = m_follow->isChecked();
    m_worker->browse(path, options, [this, path, listing](const Result<SftpListJob::Listing> &result) {
        if (listing != m_listing)
            return; // a newer click won
        if (!result) {
            m_listingPending = false;
            showStatus(result.error().message);
            Q_EMIT listed();
            return;
        }
        const SftpListJob::Listing listed = *result;
        sortThen(FilesModel::rowsOf(listed.entries),
                 [this, path, listed](const QList<FilesRow> &rows) { showSorted(path, listed, rows); });
    });
}

void FilesView::sortThen(const QList<FilesRow> &rows, std::function<void(const QList<FilesRow> &)> then)
{
    // On the thread pool: 20,000 names are a long sort for one turn of the event loop.
    const quint64 listing = m_listing;
    const int column = m_model->sortColumn();
    const Qt::SortOrder order = m_model->sortOrder();
    auto *sort = new TaskJob<QList<FilesRow>>(
        [rows, column, order] { return Result(FilesModel::sorted(rows, column, order)); }, this);
    startJob(sort, this, [this, listing, column, order, then](TaskJob<QList<FilesRow>> *sorted) {
        if (listing != m_listing)
            return; // a newer listing or sort won
        if (column != m_model->sortColumn() || order != m_model->sortOrder())
            return sortThen(sorted->value(), then); // the order changed meanwhile: once more, the new way
        then(sorted->value());
    });
}

void FilesView::keepSelection()
{
    m_keepSelected = selectedNames();
    const QModelIndex current = m_view->currentIndex();
    m_keepCurrent = current.isValid() ? current.siblingAtColumn(NameColumn).data(NameRole).toByteArray() : QByteArray();
}

void FilesView::resort()
{
    // Nothing listed yet, or a folder on its way: it sorts the new way when it comes
    // (a sort of the rows shown would drop it).
    if (m_path.isEmpty() || m_listingPending)
        return;
    ++m_listing; // an answer to an earlier listing or sort is dropped
    keepSelection();
    sortThen(m_model->rows(), [this](const QList<FilesRow> &rows) { showRows(rows); });
}

void FilesView::showSorted(const QByteArray &path, const SftpListJob::Listing &listed, const QList<FilesRow> &rows)
{
    const bool changedFolder = path != m_path;
    m_listingPending = false;
    m_path = path;
    m_crumbs->setPath(path, m_worker->home());
    m_location->setText(QString::fromUtf8(path));
    const int shown = int(listed.entries.size());
    QString status = tr("%n item(s)", nullptr, shown);
    if (listed.hiddenCount > 0)
        status += QStringLiteral(", ") + tr("%n hidden (Ctrl+H shows them)", nullptr, listed.hiddenCount);
    m_listedStatus = status;
    if (shown > kRowsPerTurn)
        showStatus(tr("Showing %1…").arg(status));
    if (changedFolder)
        m_view->scrollToTop();
    showRows(rows);
    m_view->header()->setSectionHidden(LinkColumn, !m_model->hasLinks());
}

void FilesView::showRows(const QList<FilesRow> &rows)
{
    m_fill->stop();
    m_model->setRows(rows);
    fillSome();
    if (m_model->total() > m_model->rowCount())
        m_fill->start();
}

void FilesView::fillSome()
{
    if (m_model->fillMore(kRowsPerTurn))
        return; // more next turn
    m_fill->stop();
    if (!m_keepSelected.isEmpty() || !m_keepCurrent.isEmpty()) {
        QList<QByteArray> names = m_keepSelected;
        if (!m_keepCurrent.isEmpty()) {
            names.removeAll(m_keepCurrent);
            names.prepend(m_keepCurrent);
        }
        selectNames(names);
    } else if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0) {
        // Keyboard users start on the first row; nothing is selected yet.
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::NoUpdate);
    }
    m_keepSelected.clear();
    m_keepCurrent.clear();
    showStatus(m_listedStatus);
    Q_EMIT listed();
}

QList<QByteArray> FilesView::selectedNames() const
{
    QList<QByteArray> names;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(NameColumn))
        names << index.data(NameRole).toByteArray();
    return names;
}

void FilesView::selectNames(const QList<QByteArray> &names)
{
    m_view->selectionModel()->clearSelection();
    bool first = true;
    for (const QByteArray &name : names) {
        const int row = m_model->rowOf(name);
        if (row < 0)
            continue;
        const QModelIndex index = m_model->index(row, NameColumn);
        if (first) {
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            first = false;
        } else {
            m_view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

QByteArray FilesView::resolveTyped(const QString &typed) const
{
    const QByteArray t = typed.trimmed().toUtf8();
    if (t.isEmpty())
        return m_path;
    if (t == "~")
        return m_worker->home();
    if (t.startsWith("~/"))
        return normalized(m_worker->home() + t.mid(1));
    if (t.startsWith('/'))
        return normalized(t);
    return normalized(sftp::joinPath(m_path, t));
}

void FilesView::editLocation()
{
    m_location->setText(QString::fromUtf8(m_path));
    m_locationStack->setCurrentWidget(m_location);
    m_location->setFocus();
    m_location->selectAll();
}

void FilesView::closeLocationEditor()
{
    if (m_locationStack->currentWidget() != m_location)
        return;
    m_locationStack->setCurrentWidget(m_crumbs);
    if (m_location->hasFocus())
        m_view->setFocus();
}

void FilesView::openCurrent()
{
    const QModelIndex index = m_view->currentIndex().siblingAtColumn(NameColumn);
    const RemoteEntry *e = m_model->entryAt(index.row());
    if (!e)
        return;
    const QByteArray path = sftp::joinPath(m_path, e->name);
    if (e->isFolder())
        return openFolder(path);
    if (e->isLinkToFolder()) {
        showStatus(
            tr("%1 is a link to the folder %2: \"Open link\" in its menu opens it, or View ▸ Open links to "
               "folders as folders.")
                .arg(printable(QString::fromUtf8(e->name), 60), printable(QString::fromUtf8(e->linkTarget), 80)));
        return;
    }
    if (e->attrs.isRegular() || (e->link && e->target && e->target->isRegular()))
        return openInApplication(e->name);
    showStatus(tr("%1 is not a file Keyport can open.").arg(printable(QString::fromUtf8(e->name), 60)));
}

void FilesView::openInApplication(const QByteArray &name)
{
    const QByteArray remote = sftp::joinPath(m_path, name);
    const QString shown = printable(QString::fromUtf8(name), 60);
    showStatus(tr("Downloading %1 to open it…").arg(shown));
    QPointer<FilesView> self(this);
    m_edits->open(remote, [self, shown](const Result<QString> &local) {
        if (!self)
            return;
        if (!local)
            return self->showStatus(local.error().message);
        if (!opener()(QUrl::fromLocalFile(*local))) {
            self->showStatus(tr("No application here opens %1. Its copy is %2.").arg(shown, *local));
            return;
        }
        self->showStatus(
            tr("Opened %1 on this computer. When you save it there, Keyport offers to upload it.").arg(shown));
        Q_EMIT self->openedLocally(*local);
    });
}

void FilesView::askUpload(const QString &localPath, const QByteArray &remotePath)
{
    if (m_asking.contains(localPath))
        return; // one question per file; its answer uploads the newest save
    m_asking.insert(localPath);
    const QString name = printable(QFileInfo(localPath).fileName(), 80);
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Upload the changes?"),
                        tr("Upload the changed %1 to %2?").arg(name, m_workspace.id()), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("uploadChanged"));
    box->setInformativeText(tr("It replaces %1 on the workspace.").arg(sftp::printablePath(remotePath)));
    QPushButton *uploadButton = box->addButton(tr("Upload"), QMessageBox::AcceptRole);
    box->addButton(tr("Not now"), QMessageBox::RejectRole);
    box->setDefaultButton(uploadButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Not modal to the app: the person may still be editing, or browsing.
    box->setWindowModality(Qt::NonModal);
    connect(box, &QMessageBox::finished, this, [this, box, uploadButton, localPath, name] {
        m_asking.remove(localPath);
        if (box->clickedButton() != uploadButton) {
            showStatus(tr("%1 was not uploaded; saving it again asks again.").arg(name));
            return;
        }
        if (SftpTransferHandle *h = m_edits->upload(localPath))
            track(h, false, tr("Uploading %1").arg(name));
    });
    box->show();
}

void FilesView::rename(const QByteArray &from, const QString &to)
{
    const QByteArray name = to.toUtf8();
    if (name == from || to.isEmpty())
        return;
    if (!isSafeEntryName(name)) {
        showStatus(
            tr("\"%1\" cannot be a name: no \"/\", control characters, \".\" or \"..\".").arg(printable(to, 60)));
        Q_EMIT operationFinished(false);
        return;
    }
    const QString said = tr("Renamed %1 to %2.").arg(printable(QString::fromUtf8(from), 60), printable(to, 60));
    m_keepCurrent = name;
    m_worker->rename(sftp::joinPath(m_path, from), sftp::joinPath(m_path, name),
                     [this, said](const Status &renamed) { operationDone(renamed, said); });
}

void FilesView::operationDone(const Status &status, const QString &said)
{
    // Listed again first, so the message is not replaced by the count.
    const QString text = status ? said : status.error().message;
    auto *once = new QMetaObject::Connection;
    *once = connect(this, &FilesView::listed, this, [this, once, text, ok = status.ok()] {
        disconnect(*once);
        delete once;
        showStatus(text);
        Q_EMIT operationFinished(ok);
    });
    const QByteArray keep = m_keepCurrent;
    openFolder(m_path);
    if (!keep.isEmpty())
        m_keepCurrent = keep;
}

void FilesView::deleteSelected()
{
    QList<QByteArray> names = selectedNames();
    if (names.isEmpty()) {
        const QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            return;
        names << current.siblingAtColumn(NameColumn).data(NameRole).toByteArray();
    }
    int folders = 0;
    for (const QByteArray &n : names) {
        const int row = m_model->rowOf(n);
        if (const RemoteEntry *e = m_model->entryAt(row); e && e->isFolder() && !e->link)
            ++folders;
    }
    QString question;
    const QString first = printable(QString::fromUtf8(names.first()), 60);
    if (names.size() == 1)
        question = folders ? tr("Delete the folder %1 and everything in it?").arg(first) : tr("Delete %1?").arg(first);
    else if (folders)
        question = tr("Delete %n item(s), folders with everything in them?", nullptr, int(names.size()));
    else
        question = tr("Delete %n item(s)?", nullptr, int(names.size()));
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete from the workspace"), question, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setInformativeText(tr("They are deleted on %1, not moved to a trash: this cannot be undone. Links are "
                               "deleted, never what they point to.")
                                .arg(m_workspace.id()));
    QPushButton *del = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QList<QByteArray> paths;
    for (const QByteArray &n : names)
        paths << sftp::joinPath(m_path, n);
    connect(box, &QMessageBox::finished, this, [this, box, del, paths] {
        if (box->clickedButton() != del)
            return;
        showStatus(tr("Deleting %n item(s)…", nullptr, int(paths.size())));
        m_worker->removeTree(paths, [this](const Status &s, int removed, const QStringList &failures) {
            if (!failures.isEmpty())
                m_status->setToolTip(failures.join(QLatin1Char('\n')));
            else
                m_status->setToolTip({});
            operationDone(s, tr("Deleted %n item(s).", nullptr, removed));
        });
    });
    box->open(); // window-modal, no nested event loop
}

void FilesView::makeFolder()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newFolder"));
    dialog->setWindowTitle(tr("New folder"));
    dialog->setLabelText(tr("Name of the new folder in %1:").arg(sftp::printablePath(m_path)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (name.isEmpty())
            return;
        if (!isSafeEntryName(name.toUtf8())) {
            showStatus(tr("\"%1\" cannot be a folder name.").arg(printable(name, 60)));
            Q_EMIT operationFinished(false);
            return;
        }
        m_keepSelected.clear();
        m_keepCurrent = name.toUtf8();
        const QString said = tr("Made the folder %1.").arg(printable(name, 60));
        m_worker->makeDirectory(sftp::joinPath(m_path, name.toUtf8()),
                                [this, said](const Status &made) { operationDone(made, said); });
    });
    dialog->open();
}

void FilesView::copyPath()
{
    QStringList paths;
    for (const QByteArray &name : selectedNames())
        paths << sftp::printablePath(sftp::joinPath(m_path, name));
    if (paths.isEmpty())
        paths << sftp::printablePath(m_path);
    // Printable: a name with a newline must not paste as two commands.
    QApplication::clipboard()->setText(paths.join(QLatin1Char('\n')));
    showStatus(tr("Copied %1").arg(printable(paths.join(QStringLiteral(", ")), 120)));
}

void FilesView::contextMenu(const QPoint &pos)
{
    const QModelIndex at = m_view->indexAt(pos);
    if (at.isValid() && !m_view->selectionModel()->isRowSelected(at.row(), {}))
        m_view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else if (at.isValid())
        m_view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::NoUpdate);
    const RemoteEntry *e = at.isValid() ? m_model->entryAt(at.row()) : nullptr;
    const int selected = int(selectedNames().size());
    QMenu menu(this);
    auto add = [&menu](const QString &text, QKeySequence keys, auto slot) {
        QAction *a = menu.addAction(text, &menu, slot);
        a->setShortcut(keys); // handleKey() does the work; the menu shows the key
        return a;
    };
    if (e && selected == 1) {
        if (e->isFolder()) {
            QAction *open = add(tr("Open"), QKeySequence(Qt::Key_Return), [this] { openCurrent(); });
            menu.setDefaultAction(open);
        } else if (e->isLinkToFolder()) {
            const QByteArray path = sftp::joinPath(m_path, e->name);
            QAction *open = add(tr("Open link"), {}, [this, path] { openFolder(path); });
            menu.setDefaultAction(open);
        } else {
            const QByteArray name = e->name;
            QAction *open = add(tr("Open with its application"), QKeySequence(Qt::Key_Return),
                                [this, name] { openInApplication(name); });
            open->setToolTip(tr("Downloads a copy, opens it, and offers to upload it when it is saved"));
            menu.setDefaultAction(open);
        }
    }
    if (e) {
        add(tr("Download…"), {}, [this] { chooseAndDownload(); });
        if (selected == 1)
            add(tr("Rename"), QKeySequence(Qt::Key_F2),
                [this] { m_view->edit(m_view->currentIndex().siblingAtColumn(NameColumn)); });
        add(tr("Delete…"), QKeySequence(QKeySequence::Delete), [this] { deleteSelected(); });
        menu.addSeparator();
    }
    add(e ? tr("Copy path") : tr("Copy the folder's path"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
        [this] { copyPath(); });
    menu.addSeparator();
    add(tr("New folder…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { makeFolder(); });
    add(tr("Upload here…"), {}, [this] { chooseAndUpload(); });
    add(tr("Refresh"), QKeySequence(Qt::Key_F5), [this] { openFolder(m_path); });
    menu.addSeparator();
    menu.addAction(m_hidden);
    menu.addAction(m_follow);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

bool FilesView::isOwnKey(QKeyEvent *event, bool inList) const
{
    const QKeyCombination k = event->keyCombination();
    static const QList<QKeyCombination> anywhere = {
        QKeyCombination(Qt::Key_F5),
        QKeyCombination(Qt::ALT, Qt::Key_Up),
        QKeyCombination(Qt::ALT, Qt::Key_Home),
        QKeyCombination(Qt::CTRL, Qt::Key_L),
        QKeyCombination(Qt::CTRL, Qt::Key_H),
        QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_N),
        QKeyCombination(Qt::CTRL | Qt::ALT, Qt::Key_C),
    };
    static const QList<QKeyCombination> list = {
        QKeyCombination(Qt::Key_Delete), QKeyCombination(Qt::Key_Backspace),
        QKeyCombination(Qt::Key_Return), QKeyCombination(Qt::KeypadModifier, Qt::Key_Enter),
        QKeyCombination(Qt::Key_Enter),
    };
    return anywhere.contains(k) || (inList && list.contains(k));
}

bool FilesView::handleKey(QKeyEvent *event, bool inList)
{
    if (!isOwnKey(event, inList))
        return false;
    switch (event->key()) {
    case Qt::Key_F5:
        openFolder(m_path);
        break;
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        openFolder(sftp::parentPath(m_path));
        break;
    case Qt::Key_Home:
        openFolder(m_worker->home());
        break;
    case Qt::Key_L:
        editLocation();
        break;
    case Qt::Key_H:
        m_hidden->toggle();
        break;
    case Qt::Key_N:
        makeFolder();
        break;
    case Qt::Key_C:
        copyPath();
        break;
    case Qt::Key_Delete:
        deleteSelected();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openCurrent();
        break;
    default:
        return false;
    }
    return true;
}

bool FilesView::event(QEvent *event)
{
    // Ours before the window's shortcuts (F5 is also the main window's
    // "Refresh all"): keys pressed anywhere in the view come here.
    if (event->type() == QEvent::ShortcutOverride && isOwnKey(static_cast<QKeyEvent *>(event), false)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void FilesView::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event, false))
        QWidget::keyPressEvent(event);
}

bool FilesView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!isOwnKey(key, true))
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        // Before the list: it would take Backspace and Delete as a search.
        return handleKey(key, true);
    }
    if (watched == m_location) {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            closeLocationEditor(); // not the window's Esc
            return true;
        }
        if (event->type() == QEvent::FocusOut)
            QTimer::singleShot(0, this, [this] {
                if (!m_location->hasFocus())
                    closeLocationEditor();
            });
    }
    return QWidget::eventFilter(watched, event);
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
    const QString what =
        localPaths.size() == 1
            ? tr("Uploading %1 to %2").arg(QFileInfo(localPaths.first()).fileName(), sftp::printablePath(into))
            : tr("Uploading %n item(s) to %1", nullptr, int(localPaths.size())).arg(sftp::printablePath(into));
    queue(false, localPaths, QString::fromUtf8(into) + QLatin1Char('/'), what);
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
    const QString what =
        paths.size() == 1
            ? tr("Downloading %1 to %2").arg(QFileInfo(paths.first()).fileName(), QDir::toNativeSeparators(localFolder))
            : tr("Downloading %n item(s) to %1", nullptr, int(paths.size())).arg(QDir::toNativeSeparators(localFolder));
    queue(true, paths, localFolder + QLatin1Char('/'), what);
}

SftpCopyJob::Options FilesView::copyOptions()
{
    SftpCopyJob::Options options;
    options.recursive = true;
    // A file that is there already is a question, as in a file manager; the
    // answer may hold for the rest of the copy.
    options.transfer.ifExists = TransferOptions::IfExists::Ask;
    QPointer<FilesView> self(this);
    options.transfer.ask = [self](const TransferConflict &conflict, std::function<void(ConflictAnswer)> answer) {
        if (!self) {
            ConflictAnswer stop;
            stop.choice = ConflictAnswer::Choice::Cancel;
            return answer(stop);
        }
        // A window copying in the background comes back: only a person can answer.
        if (!self->window()->isVisible())
            self->window()->show();
        ConflictDialog::ask(self, conflict, std::move(answer));
    };
    return options;
}

void FilesView::queue(bool download, const QStringList &sources, const QString &destination, const QString &what)
{
    m_queue->add(download ? QueuedTransfer::Direction::Download : QueuedTransfer::Direction::Upload, sources,
                 destination, copyOptions(), what);
}

int FilesView::runningTransfers() const
{
    return m_queue->activeCount();
}

void FilesView::track(SftpTransferHandle *handle, bool download, const QString &what)
{
    if (handle)
        m_queue->adopt(handle, download ? QueuedTransfer::Direction::Download : QueuedTransfer::Direction::Upload,
                       what);
}

void FilesView::dragOut()
{
    QList<DragItem> items;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(NameColumn))
        items << DragItem { index.data(NameRole).toByteArray(), index.data(FolderRole).toBool(), -1 };
    if (items.isEmpty() || !m_worker->isReady())
        return;
    m_dragOut->exec(m_view, m_path, items);
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

void FilesView::dragEnterEvent(QDragEnterEvent *event)
{
    // Not our own drag out coming back: that would upload what was just dragged.
    if (event->source() == m_view)
        return event->ignore();
    if (event->mimeData()->hasUrls() && m_worker->isReady())
        event->acceptProposedAction();
}

void FilesView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->source() == m_view)
        return event->ignore();
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
    connect(m_view->transfers(), &TransferQueue::ended, this, &FilesWindow::closeIfIdle);
}

void FilesWindow::showAgain()
{
    m_background = false;
    show();
    setWindowState(windowState() & ~Qt::WindowMinimized);
    raise();
    activateWindow();
}

void FilesWindow::closeIfIdle()
{
    // Queued: `ended` is emitted before the queue starts the next one.
    QTimer::singleShot(0, this, [this] {
        if (m_background && !isVisible() && m_view->runningTransfers() == 0) {
            qCInfo(lcUi) << "background transfers over; closing" << objectName();
            m_agreed = true;
            close();
        }
    });
}

FilesWindow::Close FilesWindow::askToClose()
{
    const int running = m_view->runningTransfers();
    // Once agreed, closing goes through both reject() and closeEvent(): ask once.
    if (running == 0 || m_agreed)
        return Close::Now;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Transfers are running"),
                                tr("%n transfer(s) still running. Keep copying in the background? The window comes "
                                   "back when they need you, and you hear when they are done.",
                                   nullptr, running),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("stopTransfers"));
    box->setInformativeText(tr("Stopping keeps what arrived as part files: copying again continues from there."));
    QPushButton *background = box->addButton(tr("Keep copying in the background"), QMessageBox::AcceptRole);
    QPushButton *stop = box->addButton(tr("Stop and close"), QMessageBox::DestructiveRole);
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(background);
    box->exec();
    const QAbstractButton *chosen = box->clickedButton();
    box->deleteLater();
    if (chosen == stop) {
        m_agreed = true;
        return Close::Now;
    }
    return chosen == background ? Close::Background : Close::Stay;
}

bool FilesWindow::handleClose()
{
    switch (askToClose()) {
    case Close::Now:
        return true;
    case Close::Background:
        m_background = true;
        hide();
        closeIfIdle(); // they may have ended while the question was up
        return false;
    case Close::Stay:
        return false;
    }
    return false;
}

void FilesWindow::reject()
{
    if (handleClose())
        QDialog::reject();
}

void FilesWindow::closeEvent(QCloseEvent *event)
{
    if (handleClose())
        QDialog::closeEvent(event);
    else
        event->ignore();
}

} // namespace keyport
