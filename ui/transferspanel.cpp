#include "transferspanel.h"

#include "session/transferqueue.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyport {

namespace {

enum Column { TitleColumn, ProgressColumn, SpeedColumn, LeftColumn, StateColumn };

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return TransfersPanel::tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return TransfersPanel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return TransfersPanel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds / 60) % 60);
}

} // namespace

TransfersPanel::TransfersPanel(TransferQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("transfers"));
    m_list->setAccessibleName(tr("Transfers"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({ tr("Transfer"), tr("Progress"), tr("Speed"), tr("Time left"), tr("State") });
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
    m_list->header()->resizeSection(ProgressColumn, 160);
    for (int c : { SpeedColumn, LeftColumn, StateColumn })
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    l->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("transferPause"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("transferCancel"));
    m_cancel->setToolTip(tr("Stop it; what arrived stays as part files, and copying again continues from there"));
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("transferRetry"));
    m_retry->setToolTip(tr("Continue a failed copy from where it stopped"));
    m_clear = new QPushButton(tr("Clear finished"), this);
    m_clear->setObjectName(QStringLiteral("transferClear"));
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    l->addLayout(buttons);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        for (QueuedTransfer *t : selected())
            t->state() == QueuedTransfer::State::Paused ? m_queue->resume(t) : m_queue->pause(t);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        for (QueuedTransfer *t : selected())
            m_queue->cancel(t);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        for (QueuedTransfer *t : selected())
            m_queue->retry(t);
    });
    connect(m_clear, &QPushButton::clicked, m_queue, &TransferQueue::clearFinished);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TransfersPanel::updateButtons);
    connect(m_queue, &TransferQueue::added, this, &TransfersPanel::addRow);
    connect(m_queue, &TransferQueue::removed, this, [this](QueuedTransfer *t) {
        delete m_rows.take(t);
        updateButtons();
    });
    connect(m_queue, &TransferQueue::ended, this, [this](QueuedTransfer *t) {
        if (t->runningMs() < m_longMs && isVisible())
            return;
        const bool ok = t->state() == QueuedTransfer::State::Done;
        Q_EMIT notice(t->title(), ok ? tr("Done: %1.").arg(QLocale().formattedDataSize(t->done())) : stateText(t), ok);
    });
    for (QueuedTransfer *t : m_queue->transfers())
        addRow(t);
    updateButtons();
}

void TransfersPanel::addRow(QueuedTransfer *t)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(TitleColumn, t->title());
    item->setToolTip(TitleColumn, t->title());
    auto *bar = new QProgressBar(m_list);
    bar->setRange(0, 1000);
    bar->setTextVisible(true);
    m_list->setItemWidget(item, ProgressColumn, bar);
    m_rows.insert(t, item);
    connect(t, &QueuedTransfer::changed, this, [this, t] { update(t); });
    update(t);
    m_list->scrollToItem(item);
    // The newest is what a person just started: acting on it is one click.
    m_list->setCurrentItem(item);
}

QString TransfersPanel::stateText(QueuedTransfer *t) const
{
    using State = QueuedTransfer::State;
    switch (t->state()) {
    case State::Queued:
        return tr("Waiting");
    case State::Running:
        return tr("Copying");
    case State::Paused:
        return tr("Paused");
    case State::Reconnecting:
        return tr("Connection lost; reconnecting…");
    case State::Done:
        return t->warnings().isEmpty() ? tr("Done") : tr("Done, %n skipped", nullptr, int(t->warnings().size()));
    case State::Failed:
        return tr("Failed: %1").arg(t->error().message);
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void TransfersPanel::update(QueuedTransfer *t)
{
    QTreeWidgetItem *item = m_rows.value(t);
    if (!item)
        return;
    const QLocale locale;
    auto *bar = qobject_cast<QProgressBar *>(m_list->itemWidget(item, ProgressColumn));
    if (bar) {
        const bool known = t->total() > 0 || t->state() == QueuedTransfer::State::Done;
        bar->setValue(t->total() > 0 ? int(t->done() * 1000 / t->total()) : (known ? 1000 : 0));
        bar->setFormat(
            known ? tr("%1 of %2")
                        .arg(locale.formattedDataSize(t->done()), locale.formattedDataSize(qMax(t->total(), t->done())))
                  : QString());
    }
    const bool running = t->state() == QueuedTransfer::State::Running;
    item->setText(SpeedColumn,
                  running && t->speed() > 0 ? tr("%1/s").arg(locale.formattedDataSize(qint64(t->speed()))) : QString());
    item->setText(LeftColumn, running && t->secondsLeft() >= 0 ? duration(t->secondsLeft()) : QString());
    item->setText(StateColumn, stateText(t));
    QString tip = stateText(t);
    if (!t->current().isEmpty() && running)
        tip += QLatin1Char('\n') + t->current();
    if (!t->warnings().isEmpty())
        tip += QLatin1Char('\n') + t->warnings().join(QLatin1Char('\n'));
    item->setToolTip(StateColumn, tip);
    if (item->isSelected())
        updateButtons();
}

QList<QueuedTransfer *> TransfersPanel::selected() const
{
    QList<QueuedTransfer *> out;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        if (it.value()->isSelected())
            out << it.key();
    return out;
}

void TransfersPanel::updateButtons()
{
    using State = QueuedTransfer::State;
    bool canPause = false, canResume = false, canCancel = false, canRetry = false;
    for (QueuedTransfer *t : selected()) {
        canPause = canPause || (t->isActive() && t->canRestart());
        canResume = canResume || t->state() == State::Paused;
        canCancel = canCancel || t->isActive() || t->state() == State::Paused;
        canRetry = canRetry || (t->state() == State::Failed && t->canRestart());
    }
    m_pause->setText(canResume && !canPause ? tr("Resume") : tr("Pause"));
    m_pause->setEnabled(canPause || canResume);
    m_cancel->setEnabled(canCancel);
    m_retry->setEnabled(canRetry);
    m_clear->setEnabled(std::any_of(m_queue->transfers().begin(), m_queue->transfers().end(),
                                    [](QueuedTransfer *t) { return !t->isActive() && t->state() != State::Paused; }));
}

} // namespace keyport
