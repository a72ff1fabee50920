#pragma once

#include "common/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QFileSystemWatcher;
class QThread;
class QTimer;

namespace keyport {

class SftpTransferHandle;
class SftpWorker;

// A remote file opened in a local application, as WinSCP's "Edit" does it:
// downloaded into a private folder of its own (0700), watched, and when the
// local copy changes, changed() says so: the front end asks, then upload()s
// it over the remote file. Core opens nothing: the front end opens the path
// open() gives (QDesktopServices). Editors that save by writing a new file
// and renaming it over the old one are seen too (the folder is watched, and
// the file watched again). Copies nothing changed in are removed when this
// object goes; a copy with changes not uploaded stays, and the log says where.
class RemoteEdit : public QObject {
    Q_OBJECT

public:
    explicit RemoteEdit(SftpWorker *worker, QObject *parent = nullptr);
    ~RemoteEdit() override;

    // Downloads `remotePath` (absolute) and gives the local copy's path. A
    // file open already is not downloaded again: its copy may hold edits.
    void open(const QByteArray &remotePath, std::function<void(const Result<QString> &)> done);
    // Uploads the local copy over the remote file (replacing it): a transfer
    // like any other, on the worker.
    SftpTransferHandle *upload(const QString &localPath);
    QByteArray remotePathOf(const QString &localPath) const;
    // How long a change must be quiet before it counts (editors write in steps).
    void setSettleTime(int ms) { m_settleMs = ms; }

Q_SIGNALS:
    // The local copy changed since it was downloaded, uploaded, or last said.
    void changed(const QString &localPath, const QByteArray &remotePath);

private:
    struct Copy {
        QByteArray remote;
        QString folder; // the private folder holding it
        QString local;
        qint64 size = -1;
        qint64 modifiedMs = -1;
        bool dirty = false; // changed, not uploaded yet
        QTimer *settle = nullptr;
    };
    // Watches (again); `then` runs here once the watches are in place.
    void watch(const Copy &copy, std::function<void()> then = {});
    void check(const QString &local);
    void onChanged(const QString &pathOrFolder);

    SftpWorker *m_worker;
    // The watcher (its stats and inotify reads) lives on a thread of its own.
    QThread *m_thread;
    QFileSystemWatcher *m_watcher;
    QHash<QString, Copy> m_copies; // by local path
    int m_settleMs = 400;
};

} // namespace keyport
