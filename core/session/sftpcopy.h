#pragma once

#include "common/job.h"
#include "session/sftptransfer.h"

#include <QList>
#include <QPointer>
#include <QStringList>

namespace keyport {

class PartFileCommitter;
class SftpClient;

// Whether a name a server listed may become a local file name inside the
// folder being copied into: not empty, ".", "..", no "/", no NUL and no
// control character. Everything else (spaces, unicode) is kept as is.
bool isSafeEntryName(const QByteArray &name);

// Files and folders, either way, as `cp -r` and scp do: each source goes to
// `destination`, or into it when it is a folder (or there are several
// sources). Folders are walked without following links: a remote symlink is
// never followed out of the tree (it is skipped, and said), local links and
// special files are skipped, and a remote name that could write outside the
// destination is refused. Several files are in flight at once, each through
// SftpFileTransfer (part file, rename, times).
class SftpCopyJob : public Job {
    Q_OBJECT

public:
    using Direction = SftpFileTransfer::Direction;
    struct Options {
        TransferOptions transfer;
        bool recursive = false;
        int parallelFiles = 16; // small files: round trips overlap (measured: docs/benchmarks.md)
    };
    // Remote paths absolute (or relative to the session's home), local ones absolute.
    SftpCopyJob(SftpClient *client, Direction direction, QStringList sources, QString destination, Options options,
                QObject *parent = nullptr);

    // Things skipped on the way (links, special files, unsafe names).
    const QStringList &warnings() const { return m_warnings; }
    int filesDone() const { return m_filesDone; }
    qint64 bytesDone() const;

Q_SIGNALS:
    // Bytes copied and known so far (the total grows while folders are walked).
    void transferred(qint64 done, qint64 total, const QString &current);

protected:
    void run() override;

private:
    struct Pending {
        QByteArray remote;
        QString local;
        std::optional<sftp::Attributes> attrs; // downloads: from the listing
    };
    void resolveDestination();
    void startSource(qsizetype index);
    void walkRemote(const QByteArray &remote, const QString &local);
    void walkLocal(const QString &local, const QByteArray &remote);
    // Makes (or finds) the remote folder, then walks the local one into it.
    void copyFolderUp(const QString &local, const QByteArray &remote);
    void enqueue(const QByteArray &remote, const QString &local, qint64 size,
                 std::optional<sftp::Attributes> attrs = std::nullopt);
    void pump();
    void walked();
    // Conflicts are asked one at a time (sixteen files may meet one each at
    // once), and an answer "for all" answers the rest without asking.
    void ask(const TransferConflict &conflict, std::function<void(ConflictAnswer)> answer);
    void askNext();

    QPointer<SftpClient> m_client;
    Direction m_direction;
    QStringList m_sources;
    QString m_destination;
    Options m_options;
    bool m_intoFolder = false;
    QList<Pending> m_queue;
    QList<QPointer<SftpFileTransfer>> m_running;
    PartFileCommitter *m_committer = nullptr; // downloads of folders
    QStringList m_warnings;
    struct Question {
        TransferConflict conflict;
        std::function<void(ConflictAnswer)> answer;
    };
    ConflictQuestion m_ask; // the caller's
    QList<Question> m_questions;
    std::optional<ConflictAnswer> m_forAll;
    bool m_asking = false;
    int m_walking = 0; // folder listings and source lookups not answered yet
    int m_filesDone = 0;
    qint64 m_bytesFinished = 0; // of files done
    qint64 m_bytesKnown = 0;
};

} // namespace keyport
