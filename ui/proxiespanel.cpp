#include "proxiespanel.h"

#include "proxy/proxymanager.h"

#include <QHeaderView>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace keyport {

ProxiesPanel::ProxiesPanel(ProxyManager *proxies, QWidget *parent)
    : QTreeWidget(parent)
    , m_proxies(proxies)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("proxies"));
    setAccessibleName(tr("Running proxies"));
    setRootIsDecorated(false);
    setHeaderLabels({ tr("Proxy"), tr("Endpoint"), tr("Connections"), tr("Moved"), QString() });
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    hide();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ProxiesPanel::updateCounters);
    connect(m_proxies, &ProxyManager::changed, this, &ProxiesPanel::rebuild);
}

void ProxiesPanel::rebuild()
{
    // Rows and stop buttons change only when a proxy starts or stops; the timer updates the counters.
    const auto running = m_proxies->running();
    clear();
    for (const auto &p : running) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, p.workspace.id());
        item->setText(1, p.endpoint());
        auto *stop = new QToolButton(this);
        stop->setText(tr("Stop"));
        stop->setAccessibleName(tr("Stop the proxy for %1").arg(p.workspace.id()));
        const QString id = p.workspace.id();
        connect(stop, &QToolButton::clicked, this, [this, id] { Q_EMIT stopRequested(id); });
        setItemWidget(item, 4, stop);
    }
    updateCounters();
    // As tall as its rows (up to a few): the list above keeps the room.
    const int rows = int(qMin<qsizetype>(running.size(), 4));
    int rowHeight = 0;
    if (rows > 0)
        rowHeight = qMax(sizeHintForRow(0), itemWidget(topLevelItem(0), 4)->sizeHint().height());
    setFixedHeight(header()->sizeHint().height() + rows * rowHeight + 2 * frameWidth() + 2);
    setVisible(!running.isEmpty());
    if (running.isEmpty())
        m_timer->stop();
    else if (!m_timer->isActive())
        m_timer->start();
}

void ProxiesPanel::updateCounters()
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        if (const auto p = m_proxies->find(item->text(0))) {
            item->setText(2, QString::number(p->server->openConnections()));
            item->setText(3,
                          QLocale().formattedDataSize(p->server->bytesMoved(), 1, QLocale::DataSizeTraditionalFormat));
        }
    }
}

} // namespace keyport
