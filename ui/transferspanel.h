#pragma once

#include <QHash>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace keyport {

class QueuedTransfer;
class TransferQueue;

// The transfers of a Files view: one row per copy with a progress bar,
// speed, time left and state, and Pause/Resume, Cancel, Retry and "Clear
// finished" for the selected ones. It only shows the queue and calls it.
class TransfersPanel : public QWidget {
    Q_OBJECT
public:
    explicit TransfersPanel(TransferQueue *queue, QWidget *parent = nullptr);

    // A copy that ran this long (10 s) is worth a notification when it ends.
    void setLongAfterMs(qint64 ms) { m_longMs = ms; }

    // The row's texts, as shown (for tests and screen readers).
    QString stateText(QueuedTransfer *t) const;

Q_SIGNALS:
    // A copy ended (done, failed or cancelled; `ok` when done) that is worth
    // a notification: it ran long, or the panel is out of sight (a window in
    // the background, another tab).
    void notice(const QString &title, const QString &message, bool ok);

private:
    void addRow(QueuedTransfer *t);
    void update(QueuedTransfer *t);
    void updateButtons();
    QList<QueuedTransfer *> selected() const;

    TransferQueue *m_queue;
    QTreeWidget *m_list;
    QPushButton *m_pause, *m_cancel, *m_retry, *m_clear;
    QHash<QueuedTransfer *, QTreeWidgetItem *> m_rows;
    qint64 m_longMs = 10000;
};

} // namespace keyport
