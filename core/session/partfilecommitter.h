#pragma once

#include "common/result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace keyport {

// Downloaded part files that are complete, made durable and renamed over
// their targets in batches, off the thread that speaks SFTP.
//
// A part file is renamed only once the disk holds it (never a renamed file
// the disk does not have). One fsync per file costs a journal commit and a
// cache flush each: for 2,000 small files that was a third of the copy
// (docs/benchmarks.md). A batch is one syncfs per file system on Linux
// (fsync of each file elsewhere), then the renames in the order given. The
// cost: syncfs also writes out whatever else is dirty on that file system,
// so a batch can wait on another program's writes; it is bounded by the
// batch size and only delays the renames, never the network.
class PartFileCommitter : public QObject {
    Q_OBJECT

public:
    explicit PartFileCommitter(QObject *parent = nullptr);
    ~PartFileCommitter() override;

    // `part` is closed and complete. `done` is called later, on this
    // object's thread, once `part` is durable and is `target` (or with why
    // not: the part file then stays, for a resume). Dropped, uncalled, if
    // this object goes first; the part file stays then too.
    void commit(const QString &part, const QString &target, std::function<void(const Status &)> done);
    // Starts what is waiting now instead of after the delay (nothing more is coming soon).
    void flush();
    // Files handed over and not yet reported.
    int pending() const { return int(m_waiting.size() + m_running.size()); }

Q_SIGNALS:
    // A batch was made durable and renamed (`files` of them, failed ones included).
    void batchDone(int files);

public:
    static constexpr int kMaxBatch = 256;
    static constexpr int kDelayMs = 100; // for more files to join the batch

    // What every way of finishing a download says when the disk fails it.
    static Error cannotWrite(const QString &part, const QString &reason);
    // rename(2) over the target, with what to do when it fails.
    static Status moveIntoPlace(const QString &part, const QString &target);

    // One batch, synchronously (what the thread pool runs): a status per
    // pair (part, target), in order.
    static QList<Status> commitNow(const QList<std::pair<QString, QString>> &files);

private:
    struct Item {
        QString part;
        QString target;
        std::function<void(const Status &)> done;
    };
    struct Owner; // lets the pool thread post back only while this object lives
    // Starts a full batch now, or the delay for more to join.
    void schedule();
    void startBatch();
    void report(const QList<Status> &results);

    QList<Item> m_waiting;
    QList<Item> m_running;
    QTimer m_delay;
    std::shared_ptr<Owner> m_owner;
};

} // namespace keyport
