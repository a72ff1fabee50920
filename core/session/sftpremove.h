#pragma once

#include "common/job.h"
#include "session/requestwindow.h"

#include <QList>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace keyport {

class SftpClient;

// Deletes files and folders on a workspace, a folder with everything in it
// (as `rm -r`): walked without following links (a link is removed, never
// what it points to), children first, then the folder. What cannot be
// deleted is said, and the folders holding it stay; the rest goes on. Fails
// when anything was left.
class SftpRemoveJob : public Job {
    Q_OBJECT

public:
    // Absolute remote paths.
    SftpRemoveJob(SftpClient *client, QList<QByteArray> paths, QObject *parent = nullptr);

    int removed() const { return m_removed; }
    // One line each: what could not be deleted, and the server's reason.
    const QStringList &failures() const { return m_failures; }

protected:
    void run() override;
    void abort() override;

private:
    struct Folder {
        QByteArray path;
        std::shared_ptr<Folder> parent;
        int pending = 0; // children not deleted (or failed) yet
        bool listed = false;
        bool failed = false; // something inside stays, so the folder does too
    };
    using FolderPtr = std::shared_ptr<Folder>;
    void removeFile(const QByteArray &path, const FolderPtr &parent);
    void removeFolder(const QByteArray &path, const FolderPtr &parent);
    void childDone(const FolderPtr &parent, bool ok);
    void folderCheck(const FolderPtr &folder);
    void failedOn(const Error &error);
    void removeOne(const QByteArray &path, bool folder, const FolderPtr &parent);
    void enqueue(RequestWindow::Request request);
    void pump();
    void maybeDone();

    QPointer<SftpClient> m_client;
    QList<QByteArray> m_paths;
    RequestWindow m_requests;
    int m_topPending = 0;
    int m_removed = 0;
    QStringList m_failures;
};

} // namespace keyport
