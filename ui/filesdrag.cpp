#include "filesdrag.h"

#include "uilog.h"

#include "common/text.h"
#include "session/sftpwire.h"
#include "session/sftpworker.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QDrag>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QStyle>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#ifdef KEYPORT_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#endif

#ifdef KEYPORT_HAVE_XCB
#include <xcb/xcb.h>

#include <cstdlib>
#include <cstring>
#endif

#include <functional>

namespace keyport {

namespace {

// A fetch into the staging folder is used again by a later drag of the same
// items for this long; after that the remote files may have changed.
constexpr qint64 kStageReuseSecs = 600;
// Staging folders older than this are left from an earlier run: removed.
constexpr qint64 kStageMaxAgeSecs = 24 * 3600;

// Runs `work` (file system calls) on a pool thread, then `then` with its
// result on the GUI thread, unless `guard` is gone by then.
template <typename T> void offGuiThread(QObject *guard, std::function<T()> work, std::function<void(const T &)> then)
{
    QPointer<QObject> g(guard);
    QThreadPool::globalInstance()->start([g, work = std::move(work), then = std::move(then)] {
        const T result = work();
        QMetaObject::invokeMethod(
            qApp,
            [g, then, result] {
                if (g)
                    then(result);
            },
            Qt::QueuedConnection);
    });
}

// Makes `dir` inside `root`, both readable by this user only: the staged
// copies of a workspace's files are nobody else's business. Empty on success.
QString makePrivateDir(const QString &root, const QString &dir)
{
    constexpr QFile::Permissions kPrivate = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    if (!QDir().mkpath(root) || !QFile::setPermissions(root, kPrivate))
        return QCoreApplication::translate("keyport::FilesDragOut", "%1 cannot be made.").arg(root);
    if (!QDir().mkdir(dir, kPrivate))
        return QCoreApplication::translate("keyport::FilesDragOut", "%1 cannot be made.").arg(dir);
    return {};
}

QString randomName()
{
    QByteArray bytes(8, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

#ifdef KEYPORT_HAVE_XCB
// Qt's own connection to the X server, when the app runs on X11.
xcb_connection_t *x11()
{
    if (!qGuiApp || QGuiApplication::platformName() != QLatin1String("xcb"))
        return nullptr;
    auto *x = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    return x ? x->connection() : nullptr;
}

struct FreeDeleter {
    void operator()(void *p) const { std::free(p); }
};
template <typename T> using XReply = std::unique_ptr<T, FreeDeleter>;

xcb_atom_t atom(xcb_connection_t *c, const char *name)
{
    const XReply<xcb_intern_atom_reply_t> reply(
        xcb_intern_atom_reply(c, xcb_intern_atom(c, false, uint16_t(std::strlen(name)), name), nullptr));
    return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
}
#endif

} // namespace

DragOutMode dragOutModeFor(const QString &platformName, const QString &currentDesktop)
{
    const QStringList desktops = currentDesktop.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    auto runs = [&desktops](QLatin1String name) {
        for (const QString &d : desktops)
            if (d.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    // Dolphin and Plasma's desktop take Ark's pair first, on X11 and Wayland.
    if (runs(QLatin1String("KDE")))
        return DragOutMode::Direct;
    // Their file managers (Thunar, Nemo, Caja, PCManFM) take XDND direct save
    // when the drag offers no uri-list. GNOME's Files dropped it in 43.
    if (platformName == QLatin1String("xcb"))
        for (const char *name : { "XFCE", "X-Cinnamon", "Cinnamon", "MATE", "LXDE", "LXQt" })
            if (runs(QLatin1String(name)))
                return DragOutMode::Direct;
    return DragOutMode::Staged;
}

// --- FilesDragOffer ---------------------------------------------------------

FilesDragOffer::FilesDragOffer(FilesDragOut *out, const QByteArray &folder, const QList<DragItem> &items,
                               DragOutMode mode)
    : QObject(out)
    , m_out(out)
    , m_folder(folder)
    , m_items(items)
    , m_mode(mode)
    , m_expiry(new QTimer(this))
{
    m_expiry->setSingleShot(true);
    m_expiry->setInterval(kLifetimeMs);
    connect(m_expiry, &QTimer::timeout, this, &FilesDragOffer::expire);
    m_expiry->start();
#ifdef KEYPORT_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        static quint64 counter = 0;
        const QString path = QStringLiteral("/io/keyport/DndExtract/%1").arg(++counter);
        if (bus.registerObject(path, this, QDBusConnection::ExportScriptableSlots)) {
            m_service = bus.baseService();
            m_path = path;
        } else {
            qCWarning(lcUi) << "drag out: cannot register" << path << "on the session bus";
        }
    }
#endif
#ifdef KEYPORT_HAVE_XCB
    m_directSave = mode == DragOutMode::Direct && x11();
#endif
    if (mode == DragOutMode::Staged)
        m_stage = out->stageFor(folder, items);
}

FilesDragOffer::~FilesDragOffer()
{
#ifdef KEYPORT_HAVE_DBUS
    if (!m_path.isEmpty())
        QDBusConnection::sessionBus().unregisterObject(m_path);
#endif
    clearDirectSaveProperty();
}

QStringList FilesDragOffer::formats() const
{
    QStringList out;
    if (!m_service.isEmpty())
        out << kArkServiceFormat << kArkPathFormat;
    if (m_directSave)
        out << kDirectSaveFormat;
    if (m_mode == DragOutMode::Staged)
        out << kUriListFormat;
    return out;
}

void FilesDragOffer::dragEnded()
{
    m_expiry->start();
}

void FilesDragOffer::expire()
{
    qCDebug(lcUi) << "drag out: offer" << m_path << "expired";
    deleteLater();
}

bool FilesDragOffer::claim()
{
    if (m_claimed)
        return false;
    m_claimed = true;
#ifdef KEYPORT_HAVE_DBUS
    // Gone from the bus once taken (after this call's reply is on its way).
    if (!m_path.isEmpty())
        QTimer::singleShot(0, this, [path = m_path] { QDBusConnection::sessionBus().unregisterObject(path); });
#endif
    return true;
}

void FilesDragOffer::download(const QString &localFolder)
{
    if (!m_out)
        return;
    SftpWorker *worker = m_out->worker();
    if (!worker || !worker->isReady()) {
        Q_EMIT m_out->message(tr("The workspace is not connected: nothing was downloaded."));
        return;
    }
    QStringList sources;
    for (const DragItem &item : std::as_const(m_items))
        sources << QString::fromUtf8(sftp::joinPath(m_folder, item.name));
    const QString what = m_items.size() == 1
                             ? tr("Downloading %1 to %2").arg(sftp::printablePath(m_items.first().name), localFolder)
                             : tr("Downloading %n item(s) to %1", nullptr, int(m_items.size())).arg(localFolder);
    qCInfo(lcUi) << "drag out:" << sources.size() << "item(s) to" << localFolder;
    SftpTransferHandle *handle =
        worker->copy(SftpCopyJob::Direction::Download, sources, localFolder + QLatin1Char('/'), m_out->copyOptions());
    Q_EMIT m_out->transferStarted(handle, what);
}

Result<QString> FilesDragOffer::arkDestination(const QString &path)
{
    // Dolphin sends a local path; Plasma's desktop may send desktop:/ (Ark
    // resolves that with KIO; its folder is the Desktop folder).
    if (path.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(path);
    const QUrl url(path);
    if (url.isLocalFile() && url.host().isEmpty() && url.path().startsWith(QLatin1Char('/')))
        return QDir::cleanPath(url.toLocalFile());
    if (url.scheme() == QLatin1String("desktop"))
        return QStringLiteral("desktop:") + QDir::cleanPath(QLatin1Char('/') + url.path());
    // Another scheme (sftp://, smb://) would need KIO; relative paths have no folder.
    return Error(ErrorCode::Unsupported,
                 tr("Keyport downloads into a folder of this computer only, not into %1.").arg(printable(path, 120)));
}

void FilesDragOffer::extractSelectedFilesTo(const QString &path)
{
#ifdef KEYPORT_HAVE_DBUS
    const bool viaBus = calledFromDBus();
#else
    const bool viaBus = false;
#endif
    auto refuse = [&](const QString &why) {
        qCInfo(lcUi) << "drag out: Ark call refused:" << why;
        if (m_out)
            Q_EMIT m_out->message(why);
#ifdef KEYPORT_HAVE_DBUS
        if (viaBus)
            sendErrorReply(QDBusError::InvalidArgs, why);
#endif
    };
    const Result<QString> destination = arkDestination(path);
    if (!destination)
        return refuse(destination.error().message);
    if (!claim())
        return refuse(tr("These items were handed over already: drag them again."));

    // Whether the folder is there and writable is a question for the file
    // system, asked off the GUI thread; Dolphin waits for the reply.
    const QString target = *destination;
    std::function<void(const QString &)> reply;
#ifdef KEYPORT_HAVE_DBUS
    if (viaBus) {
        setDelayedReply(true);
        reply = [request = message(), bus = connection()](const QString &why) {
            QDBusConnection(bus).send(why.isEmpty() ? request.createReply()
                                                    : request.createErrorReply(QDBusError::InvalidArgs, why));
        };
    }
#endif
    auto check = [target, reply]() -> QString {
        QString dir = target;
        if (dir.startsWith(QLatin1String("desktop:")))
            dir = QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::DesktopLocation) + dir.mid(8));
        const QFileInfo info(dir);
        const QString why =
            !info.isDir() ? QCoreApplication::translate("keyport::FilesDragOffer", "%1 is not a folder.").arg(dir)
            : !info.isWritable()
                ? QCoreApplication::translate("keyport::FilesDragOffer", "%1 cannot be written to.").arg(dir)
                : QString();
        // Answered from here: the reply must not wait for the GUI thread.
        if (reply)
            reply(why);
        return why.isEmpty() ? dir : QStringLiteral("\n") + why;
    };
    offGuiThread<QString>(this, check, [this](const QString &checked) {
        if (checked.startsWith(QLatin1Char('\n'))) {
            qCInfo(lcUi) << "drag out: Ark destination refused:" << checked.mid(1);
            if (m_out)
                Q_EMIT m_out->message(checked.mid(1));
            return;
        }
        download(checked);
    });
}

#ifdef KEYPORT_HAVE_XCB
bool FilesDragOffer::attachDirectSave(quint32 window)
{
    xcb_connection_t *c = x11();
    if (!m_directSave || !c)
        return false;
    if (!window) {
        // Qt made its window the owner of XdndSelection when the drag
        // started; that window is the XDND source receivers talk to.
        const XReply<xcb_get_selection_owner_reply_t> owner(
            xcb_get_selection_owner_reply(c, xcb_get_selection_owner(c, atom(c, "XdndSelection")), nullptr));
        window = owner ? owner->owner : 0;
    }
    if (!window)
        return false;
    // The protocol's suggested leaf name. Only the folder of the URI the
    // receiver writes back is used (as archive managers do): several items
    // have no one name.
    const QByteArray name = m_items.size() == 1 ? m_items.first().name : QByteArrayLiteral("Keyport items");
    xcb_change_property(c, XCB_PROP_MODE_REPLACE, window, atom(c, "XdndDirectSave0"), atom(c, "text/plain"), 8,
                        uint32_t(name.size()), name.constData());
    xcb_flush(c);
    m_window = window;
    if (m_out) {
        if (m_out->m_directSaveOwner && m_out->m_directSaveOwner != this)
            m_out->m_directSaveOwner->m_window = 0; // the window holds this offer's name now
        m_out->m_directSaveOwner = this;
    }
    return true;
}

QByteArray FilesDragOffer::directSave()
{
    xcb_connection_t *c = x11();
    if (!m_directSave || !c || !m_window)
        return QByteArrayLiteral("E");
    // The receiver wrote the full file:// URI into the property before it
    // asked for this data (the X server keeps one client's requests in order).
    const XReply<xcb_get_property_reply_t> prop(xcb_get_property_reply(
        c, xcb_get_property(c, false, m_window, atom(c, "XdndDirectSave0"), XCB_GET_PROPERTY_TYPE_ANY, 0, 16384),
        nullptr));
    QByteArray uri;
    if (prop && prop->format == 8)
        uri = QByteArray(static_cast<const char *>(xcb_get_property_value(prop.get())),
                         xcb_get_property_value_length(prop.get()));
    while (uri.endsWith('\0'))
        uri.chop(1);
    const Result<QString> folder = directSaveFolder(uri);
    if (!folder) {
        qCInfo(lcUi) << "drag out: direct save refused:" << folder.error().message;
        if (m_out)
            Q_EMIT m_out->message(folder.error().message);
        // F: "not there, ask me for the data another way"; E: an error, said.
        return folder.error().code == ErrorCode::Unsupported ? QByteArrayLiteral("F") : QByteArrayLiteral("E");
    }
    if (!claim()) {
        if (m_out)
            Q_EMIT m_out->message(tr("These items were handed over already: drag them again."));
        return QByteArrayLiteral("E");
    }
    // S once the download is queued, not once it is done: the receiver waits
    // for this answer inside its drop, and a large file would outlast its
    // patience (and freeze both). The file appears whole when it is complete
    // (part file, then rename), as a file manager's folder watch shows.
    download(*folder);
    return QByteArrayLiteral("S");
}

void FilesDragOffer::clearDirectSaveProperty()
{
    xcb_connection_t *c = x11();
    if (!c || !m_window)
        return;
    xcb_delete_property(c, m_window, atom(c, "XdndDirectSave0"));
    xcb_flush(c);
    m_window = 0;
}
#else
bool FilesDragOffer::attachDirectSave(quint32)
{
    return false;
}

QByteArray FilesDragOffer::directSave()
{
    return QByteArrayLiteral("E");
}

void FilesDragOffer::clearDirectSaveProperty()
{
}
#endif

Result<QString> FilesDragOffer::directSaveFolder(const QByteArray &uri)
{
    if (uri.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("The drop target named no file to save to."));
    const QUrl url = QUrl::fromEncoded(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("The drop target named no file to save to (%1).").arg(printable(QString::fromUtf8(uri), 120)));
    const QString host = url.host();
    if (url.scheme() != QLatin1String("file")
        || (!host.isEmpty() && host != QLatin1String("localhost")
            && host.compare(QSysInfo::machineHostName(), Qt::CaseInsensitive) != 0))
        return Error(ErrorCode::Unsupported, tr("Keyport downloads into a folder of this computer only, not into %1.")
                                                 .arg(printable(QString::fromUtf8(uri), 120)));
    const QString path = url.path(QUrl::FullyDecoded);
    if (!path.startsWith(QLatin1Char('/')) || url.fileName().isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("The drop target named no file to save to (%1).").arg(printable(QString::fromUtf8(uri), 120)));
    return QDir::cleanPath(path.left(path.lastIndexOf(QLatin1Char('/')) + 1));
}

QByteArray FilesDragOffer::uriList()
{
    if (!m_stage)
        return {};
    const QString what = m_items.size() == 1 ? sftp::printablePath(m_items.first().name)
                                             : tr("%n item(s)", nullptr, int(m_items.size()));
    if (!m_stage->done || m_stage->error.isError()) {
        // Qt asks more than once per drop (text/plain falls back to the
        // URLs): say it once.
        if (!m_toldIncomplete && m_out) {
            m_toldIncomplete = true;
            Q_EMIT m_out->message(
                m_stage->done ? tr("%1 could not be fetched for the drop: %2").arg(what, m_stage->error.message)
                              : tr("%1 is still being fetched: drop it again when its transfer is done.").arg(what));
        }
        return {};
    }
    QByteArray out;
    for (const DragItem &item : std::as_const(m_items))
        out += QUrl::fromLocalFile(m_stage->dir + QLatin1Char('/') + QString::fromUtf8(item.name)).toEncoded() + "\r\n";
    return out;
}

// --- FilesDragMimeData -------------------------------------------------------

FilesDragMimeData::FilesDragMimeData(FilesDragOffer *offer)
    : m_offer(offer)
{
}

QStringList FilesDragMimeData::formats() const
{
    return m_offer ? m_offer->formats() : QStringList();
}

QVariant FilesDragMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    Q_UNUSED(type) // bytes; QMimeData turns a uri-list into URLs itself
    FilesDragOffer *offer = m_offer.data();
    if (!offer || !offer->formats().contains(mimeType))
        return {};
    if (mimeType == kArkServiceFormat)
        return offer->dbusService().toUtf8();
    if (mimeType == kArkPathFormat)
        return offer->dbusPath().toUtf8();
    if (mimeType == kDirectSaveFormat)
        return offer->directSave();
    if (mimeType == kUriListFormat)
        return offer->uriList();
    return {};
}

// --- FilesDragOut -------------------------------------------------------------

FilesDragOut::FilesDragOut(SftpWorker *worker, QObject *parent)
    : QObject(parent)
    , m_worker(worker)
{
    m_options.recursive = true;
    m_options.transfer.ifExists = TransferOptions::IfExists::Fail;
    // What an earlier run left (a crash, a kill) goes by age: another
    // window may be using the newer ones.
    const QString root = stagingRoot();
    QThreadPool::globalInstance()->start([root] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::NoSymLinks);
        while (it.hasNext()) {
            it.next();
            if (it.fileInfo().lastModified().secsTo(now) > kStageMaxAgeSecs)
                QDir(it.filePath()).removeRecursively();
        }
    });
}

FilesDragOut::~FilesDragOut()
{
    if (m_directSaveOwner)
        m_directSaveOwner->clearDirectSaveProperty();
    QStringList dirs;
    for (const auto &stage : std::as_const(m_stages)) {
        if (stage->handle && !stage->handle->isFinished())
            stage->handle->cancel();
        dirs << stage->dir;
    }
    if (!dirs.isEmpty())
        QThreadPool::globalInstance()->start([dirs] {
            for (const QString &dir : dirs)
                QDir(dir).removeRecursively();
        });
}

QString FilesDragOut::stagingRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/drag-out");
}

FilesDragMimeData *FilesDragOut::createMimeData(const QByteArray &remoteFolder, const QList<DragItem> &items,
                                                DragOutMode mode)
{
    auto *offer = new FilesDragOffer(this, remoteFolder, items, mode);
    if (offer->formats().isEmpty()) {
        // Neither a session bus nor X11: a direct drag would offer nothing.
        delete offer;
        offer = new FilesDragOffer(this, remoteFolder, items, DragOutMode::Staged);
    }
    return new FilesDragMimeData(offer);
}

Qt::DropAction FilesDragOut::exec(QWidget *source, const QByteArray &remoteFolder, const QList<DragItem> &items)
{
    if (items.isEmpty())
        return Qt::IgnoreAction;
    const DragOutMode mode =
        dragOutModeFor(QGuiApplication::platformName(), qEnvironmentVariable("XDG_CURRENT_DESKTOP"));
    FilesDragMimeData *mime = createMimeData(remoteFolder, items, mode);
    QPointer<FilesDragOffer> offer = mime->offer();
    auto *drag = new QDrag(source); // Qt deletes it (on X11 after the receiver is done)
    drag->setMimeData(mime);
    const bool one = items.size() == 1 && !items.first().folder;
    drag->setPixmap(source->style()->standardIcon(one ? QStyle::SP_FileIcon : QStyle::SP_DirIcon).pixmap(32, 32));
    if (offer->offersDirectSave())
        // Qt takes XdndSelection in startDrag(), inside exec(); the first
        // timer to fire inside the drag's event loop comes after that.
        QTimer::singleShot(0, offer, [offer] {
            if (offer && !offer->attachDirectSave())
                qCInfo(lcUi) << "drag out: no XDND source window for XdndDirectSave0";
        });
    qCInfo(lcUi) << "drag out:" << items.size() << "item(s)," << mime->formats();
    // Copy only: a receiver that moves would delete nothing here, but it
    // must not show Move either.
    const Qt::DropAction action = drag->exec(Qt::CopyAction, Qt::CopyAction);
    if (offer)
        offer->dragEnded();
    return action;
}

std::shared_ptr<DragStage> FilesDragOut::stageFor(const QByteArray &remoteFolder, const QList<DragItem> &items)
{
    QByteArray key = remoteFolder;
    for (const DragItem &item : items)
        key += '\0' + item.name;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto it = m_stages.constFind(key); it != m_stages.constEnd()) {
        const std::shared_ptr<DragStage> &stage = *it;
        if (stage->started.secsTo(now) < kStageReuseSecs && !(stage->done && stage->error.isError()))
            return stage;
    }
    auto stage = std::make_shared<DragStage>();
    stage->started = now;
    const QString root = stagingRoot();
    stage->dir = root + QLatin1Char('/') + randomName();
    m_stages.insert(key, stage);
    QStringList sources;
    for (const DragItem &item : items)
        sources << QString::fromUtf8(sftp::joinPath(remoteFolder, item.name));
    const QString what = items.size() == 1 ? tr("Fetching %1 for the drop").arg(sftp::printablePath(items.first().name))
                                           : tr("Fetching %n item(s) for the drop", nullptr, int(items.size()));
    offGuiThread<QString>(
        this, [root, dir = stage->dir] { return makePrivateDir(root, dir); },
        [this, stage, sources, what](const QString &failed) {
            if (!failed.isEmpty()) {
                stage->done = true;
                stage->error = Error(ErrorCode::Io, tr("The staging folder cannot be made: %1").arg(failed));
                Q_EMIT message(stage->error.message);
                return;
            }
            if (!m_worker || !m_worker->isReady()) {
                stage->done = true;
                stage->error = Error(ErrorCode::Network, tr("The workspace is not connected."));
                Q_EMIT message(stage->error.message);
                return;
            }
            SftpTransferHandle *handle =
                m_worker->copy(SftpCopyJob::Direction::Download, sources, stage->dir + QLatin1Char('/'), m_options);
            stage->handle = handle;
            connect(handle, &SftpTransferHandle::finished, this, [stage, handle] {
                stage->done = true;
                stage->error = handle->error();
            });
            Q_EMIT transferStarted(handle, what);
        });
    return stage;
}

// --- FilesTreeView ------------------------------------------------------------

void FilesTreeView::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions) // the model says Move too; a drag out only copies
    Q_EMIT dragRequested();
}

} // namespace keyport
