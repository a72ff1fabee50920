#pragma once

#include "common/result.h"
#include "session/sftpcopy.h"
#include "session/sftpworker.h"

#include <QDateTime>
#include <QMimeData>
#include <QObject>
#include <QPointer>
#include <QTreeView>

#ifdef KEYPORT_HAVE_DBUS
#include <QDBusContext>
#endif

#include <memory>

class QTimer;

namespace keyport {

class FilesDragOut;

// One item dragged out of the Files view: its remote name (the raw bytes the
// server listed), whether it is a folder, and its size (-1: not known).
struct DragItem {
    QByteArray name;
    bool folder = false;
    qint64 size = -1;
};

// How a drag hands its items over. Receivers take the first format they
// know, in their own order, and Thunar (like Nautilus 3 and Nemo) prefers
// text/uri-list to XdndDirectSave0: the two cannot be in one drag.
enum class DragOutMode {
    // The receiver names a folder and the items download into it: KDE's Ark
    // D-Bus pair (Dolphin, Plasma, on X11 and Wayland) and, on X11,
    // XdndDirectSave0 (Thunar, Nemo, Caja, PCManFM).
    Direct,
    // The items are fetched into a staging folder first and handed over as
    // text/uri-list file URLs once complete (GNOME's Files, browsers, Wayland
    // outside KDE, Windows, macOS). The Ark pair comes too: Dolphin takes it first.
    Staged,
};

// The mode for a desktop: Direct where Dolphin or Plasma (KDE) or an X11 file
// manager that takes XDND direct save is to be expected, Staged elsewhere.
// `currentDesktop` is $XDG_CURRENT_DESKTOP (colon-separated names).
DragOutMode dragOutModeFor(const QString &platformName, const QString &currentDesktop);

// The formats a drag out offers.
inline constexpr QLatin1String kArkServiceFormat("application/x-kde-ark-dndextract-service");
inline constexpr QLatin1String kArkPathFormat("application/x-kde-ark-dndextract-path");
inline constexpr QLatin1String kDirectSaveFormat("XdndDirectSave0");
inline constexpr QLatin1String kUriListFormat("text/uri-list");

// A staging folder's fetch: the items of one remote folder, downloaded into a
// fresh private folder; handed over only once `done` without error.
struct DragStage {
    QString dir;
    QPointer<SftpTransferHandle> handle;
    bool done = false;
    Error error;
    QDateTime started;
};

// What one drag offers, and the receiver's side of each protocol: the object
// Dolphin calls over D-Bus (org.kde.ark.DndExtract), the XdndDirectSave0
// answer, the staged file URLs. It outlives the drag a little (receivers ask
// after the drop, when QDrag::exec has returned already), then expires.
// One Ark call or one direct save per drag: any process of this user could
// call the object, so it takes one and is gone after.
class FilesDragOffer : public QObject
#ifdef KEYPORT_HAVE_DBUS
    ,
                       protected QDBusContext
#endif
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.ark.DndExtract")
public:
    // How long an offer waits for its receiver after the drag ended (or
    // after it was made, without a drag).
    static constexpr int kLifetimeMs = 120000;

    DragOutMode mode() const
    {
        return m_mode;
    }
    // Empty when there is no session bus (then the Ark pair is not offered).
    QString dbusService() const
    {
        return m_service;
    }
    QString dbusPath() const
    {
        return m_path;
    }
    bool offersDirectSave() const
    {
        return m_directSave;
    }
    QStringList formats() const;

    // XDND direct save: puts the suggested file name on the drag's source
    // window (the owner of XdndSelection when `window` is 0), as the
    // protocol asks at the start of a drag. False when not on X11.
    bool attachDirectSave(quint32 window = 0);
    // The answer to a receiver's request for XdndDirectSave0 (S, F or E).
    QByteArray directSave();
    // The staged files' URLs (CRLF-separated), or nothing while they are not
    // all complete.
    QByteArray uriList();
    // The drag ended: the receiver has kLifetimeMs from now.
    void dragEnded();

public Q_SLOTS:
    // org.kde.ark.DndExtract: Dolphin calls this synchronously and waits, so
    // it answers as soon as the folder is checked (off the GUI thread); the
    // download runs after, in the transfers list.
    Q_SCRIPTABLE void extractSelectedFilesTo(const QString &path);

private:
    friend class FilesDragOut;
    FilesDragOffer(FilesDragOut *out, const QByteArray &folder, const QList<DragItem> &items, DragOutMode mode);
    ~FilesDragOffer() override;
    // The folder an Ark call names (desktop:/ kept as "desktop:<path>" for
    // the file system check to resolve), or why it is not one of this computer.
    static Result<QString> arkDestination(const QString &path);
    // The folder of the file:// URI a direct-save receiver wrote back; an
    // Unsupported error (answered F) for another host or scheme.
    static Result<QString> directSaveFolder(const QByteArray &uri);
    // Takes this drag's one download; false when it was taken already.
    bool claim();
    void download(const QString &localFolder);
    void expire();
    void clearDirectSaveProperty();

    QPointer<FilesDragOut> m_out;
    QByteArray m_folder;
    QList<DragItem> m_items;
    DragOutMode m_mode;
    std::shared_ptr<DragStage> m_stage; // Staged only
    QString m_service, m_path;
    bool m_directSave = false;
    quint32 m_window = 0; // the XDND source window holding XdndDirectSave0
    bool m_claimed = false;
    bool m_toldIncomplete = false;
    QTimer *m_expiry;
};

// The mime data of a drag out: formats() and the data come from the offer,
// when a receiver asks (on X11 and Wayland at the drop, on the GUI thread).
class FilesDragMimeData : public QMimeData {
    Q_OBJECT
public:
    explicit FilesDragMimeData(FilesDragOffer *offer);
    FilesDragOffer *offer() const { return m_offer; }
    QStringList formats() const override;

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    QPointer<FilesDragOffer> m_offer;
};

// Dragging items out of one Files view to the desktop or a file manager, to
// download them (copy only: nothing on the workspace is ever removed). Every
// download goes through the view's SftpWorker into part files renamed when
// complete, so no receiver ever sees a half-written file.
class FilesDragOut : public QObject {
    Q_OBJECT
public:
    explicit FilesDragOut(SftpWorker *worker, QObject *parent = nullptr);
    // Removes this view's staging folders (off the GUI thread).
    ~FilesDragOut() override;

    // What a download does when the target is there already (default:
    // fail, and say so; nothing local is replaced without a question).
    void setCopyOptions(const SftpCopyJob::Options &options) { m_options = options; }
    const SftpCopyJob::Options &copyOptions() const { return m_options; }
    SftpWorker *worker() const { return m_worker; }

    // The mime data for dragging `items` of `remoteFolder` (Staged starts the
    // fetch into the staging folder now). Owned by the caller (QDrag).
    FilesDragMimeData *createMimeData(const QByteArray &remoteFolder, const QList<DragItem> &items, DragOutMode mode);
    // Runs the drag from `source` with Qt::CopyAction only, in the mode
    // dragOutModeFor() picks for this desktop. Returns when the drop is done
    // (QDrag::exec); downloads a receiver asks for start then or a little later.
    Qt::DropAction exec(QWidget *source, const QByteArray &remoteFolder, const QList<DragItem> &items);

    // $XDG_CACHE_HOME/keyport/drag-out: one private (0700) folder per fetch.
    static QString stagingRoot();

Q_SIGNALS:
    // A download a receiver asked for, or a fetch into the staging folder:
    // for the transfers list, with what to call it there.
    void transferStarted(keyport::SftpTransferHandle *handle, const QString &what);
    // Something to tell the person (a refused destination, a drop that came
    // before the staged files were complete).
    void message(const QString &text);

private:
    friend class FilesDragOffer;
    // The fetch of these items into the staging folder: a recent one again,
    // or a new one.
    std::shared_ptr<DragStage> stageFor(const QByteArray &remoteFolder, const QList<DragItem> &items);

    QPointer<SftpWorker> m_worker;
    SftpCopyJob::Options m_options;
    QHash<QByteArray, std::shared_ptr<DragStage>> m_stages; // by remote folder and names
    QPointer<FilesDragOffer> m_directSaveOwner; // the offer whose name is on the source window
};

// The Files view's list, which starts drags out of it: the view builds the
// items from its selection and calls FilesDragOut::exec.
class FilesTreeView : public QTreeView {
    Q_OBJECT
public:
    using QTreeView::QTreeView;

Q_SIGNALS:
    void dragRequested();

protected:
    void startDrag(Qt::DropActions supportedActions) override;
};

} // namespace keyport
