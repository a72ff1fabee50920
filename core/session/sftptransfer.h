#pragma once

#include "common/job.h"
#include "session/partfilecommitter.h"
#include "session/sftpwire.h"

#include <QFile>
#include <QMap>
#include <QPointer>

#include <functional>
#include <optional>

namespace keyport {

class SftpClient;

// A target that is there already (or the part file of an earlier try), as
// the person deciding sees it: sizes and modification times of both sides.
struct TransferConflict {
    bool download = true;
    QString local; // the local target (download) or source (upload)
    QByteArray remote; // the remote source (download) or target (upload)
    qint64 sourceSize = 0;
    qint64 sourceMtime = 0; // seconds since the epoch
    bool targetExists = false;
    qint64 targetSize = 0;
    qint64 targetMtime = 0;
    qint64 partSize = -1; // what an earlier, interrupted try left; -1: none
};

// What to do with one conflict, and whether the same goes for the rest of
// the copy ("apply to all").
struct ConflictAnswer {
    enum class Choice { Overwrite, OverwriteIfNewer, Resume, Rename, Skip, Cancel };
    Choice choice = Choice::Skip;
    bool applyToAll = false;
};

// Asks about a conflict; `answer` is called once, later (a dialog) or at once.
using ConflictQuestion = std::function<void(const TransferConflict &, std::function<void(ConflictAnswer)> answer)>;

// What a transfer does when the target exists, and how it treats times,
// permissions and an earlier, interrupted try.
struct TransferOptions {
    // OverwriteIfNewer replaces only a target older than the source (cp -u);
    // Rename keeps both, the copy as "name (1).ext"; Ask calls `ask`, also
    // for a part file an earlier try left (resume it, or start over).
    enum class IfExists { Fail, Overwrite, OverwriteIfNewer, Rename, Skip, Ask };
    IfExists ifExists = IfExists::Fail;
    ConflictQuestion ask; // for IfExists::Ask
    // Continue from <target>.keyport-part after checking that its tail is
    // still the source's; without it a part file is started over.
    bool resume = false;
    // A target with the source's size and modification time is taken as
    // copied already (rsync's quick check): what a retry of a copy that
    // stopped half-way must not ask about or copy again.
    bool skipIdentical = false;
    bool preserveTimes = true; // modification time, always kept (as scp -p does for times)
    bool preservePermissions = false;
};

// "name (1).ext", "name (2).ext", …: the n-th name for keeping both.
QString numberedName(const QString &name, int n);

// The part file a transfer writes before the rename that makes it the
// target: a target is only ever absent, old, or complete.
QString partPathFor(const QString &target);
QByteArray partPathFor(const QByteArray &target);

// One file, either way, over an SFTP session: pipelined (several READs or
// WRITEs in flight, each at most the server's limit), into a part file,
// renamed over the target only when complete, with its modification time.
// A connection that drops leaves the part file; `resume` picks it up.
class SftpFileTransfer : public Job {
    Q_OBJECT

public:
    enum class Direction { Download, Upload };
    SftpFileTransfer(SftpClient *client, Direction direction, QByteArray remotePath, QString localPath,
                     TransferOptions options, QObject *parent = nullptr);
    // Downloads: what a folder listing already said of the source (one
    // round trip fewer per file).
    void setSourceAttributes(const sftp::Attributes &attrs) { m_known = attrs; }
    // Downloads: the complete part file goes to `committer` (durable and
    // renamed in a batch) instead of being fsync'ed and renamed here.
    void setCommitter(PartFileCommitter *committer) { m_committer = committer; }
    // The network part is done; the part file waits for its batch.
    bool isCommitting() const { return m_committing; }

    Direction direction() const { return m_direction; }
    QByteArray remotePath() const { return m_remote; }
    QString localPath() const { return m_local; }
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; }
    // Where the transfer started (non-zero after a resume).
    qint64 resumedAt() const { return m_resumedAt; }
    bool skipped() const { return m_skipped; }
    // Skipped because an earlier try had copied it (skipIdentical): its bytes count as done.
    bool skippedAsCopied() const { return m_skippedAsCopied; }

    // Bytes in flight at most (the window): enough to fill a tunnel's pipe,
    // little enough to keep memory flat.
    static constexpr qint64 kWindow = 16 << 20;

Q_SIGNALS:
    void transferred(qint64 done, qint64 total);
    // The session is free of this file (it waits for its batch now).
    void committing();

protected:
    void run() override;
    void abort() override;

private:
    void downloadStart(const sftp::Attributes &source);
    void downloadOpen();
    void downloadOpened();
    void requestRead(qint64 offset, quint32 length);
    void uploadOpened();
    bool writeChunk(qint64 offset, quint32 length); // false: failed
    void downloadPump();
    void downloadFinish();
    void uploadStart();
    void uploadLookedAt(const Result<sftp::Attributes> &target, const Result<sftp::Attributes> &part);
    void uploadOpen(qint64 partSize);
    // A target (or part file) is there: settles what to do by the options,
    // or by asking, then calls `proceed` unless the file is skipped.
    void settleConflict(const TransferConflict &conflict, std::function<void()> proceed);
    void apply(ConflictAnswer::Choice choice, const TransferConflict &conflict, std::function<void()> proceed);
    // Keeping both: the first free "name (n).ext" becomes the target.
    void renameTarget(int n, std::function<void()> proceed);
    void uploadPump();
    void uploadFinish();
    void fail(const Error &error);
    // Sends a request answered by a STATUS: `then` on success, else fails.
    void sendExpectingOk(quint32 id, const sftp::Request &request, const QString &what, std::function<void()> then);
    // A READ or WRITE of `length` bytes, counted in flight until answered;
    // `handle` gets the reply (errors of the session fail the transfer).
    void sendInFlight(quint32 id, const sftp::Request &request, qint64 length,
                      std::function<void(const sftp::Reply *reply)> handle);
    void closeHandleThen(std::function<void()> then);
    void checkTail(qint64 size, std::function<void(bool matches)> then);
    void finishRemote(); // upload: times, permissions, close, rename
    void emitProgress();
    void startWriteBack();
    void downloaded(); // the part file is the target

    QPointer<SftpClient> m_client;
    Direction m_direction;
    QByteArray m_remote;
    QString m_local;
    TransferOptions m_options;
    QFile m_file; // the local source, or the local part file
    QByteArray m_handle; // the remote file
    sftp::Attributes m_sourceAttrs;
    std::optional<sftp::Attributes> m_known;
    QPointer<PartFileCommitter> m_committer;
    bool m_committing = false;
    qint64 m_total = 0;
    qint64 m_done = 0; // bytes the target has in order (written locally, or acknowledged remotely)
    qint64 m_next = 0; // offset of the next request
    qint64 m_resumedAt = 0;
    qint64 m_writtenBack = 0; // downloads: handed to the disk so far
    qint64 m_inFlight = 0;
    int m_outstanding = 0;
    QMap<qint64, QByteArray> m_early; // downloads: data that arrived ahead of m_done
    QList<std::pair<qint64, quint32>> m_gaps; // downloads: the rest of short reads, asked first
    QMap<qint64, qint64> m_acked; // uploads: acknowledged writes ahead of m_done (offset -> length)
    Error m_writeError; // uploads: the first failed write, reported once the others are in
    bool m_eof = false;
    bool m_skipped = false;
    bool m_skippedAsCopied = false;
    bool m_stopping = false;
    qint64 m_lastProgress = -1;
};

} // namespace keyport
