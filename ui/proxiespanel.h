#pragma once

#include <QTreeWidget>

class QTimer;

namespace keyport {

class ProxyManager;

// The running proxies under the list: endpoint, open connections and bytes
// moved (updated every second while any runs), and a Stop button each.
class ProxiesPanel : public QTreeWidget {
    Q_OBJECT
public:
    ProxiesPanel(ProxyManager *proxies, QWidget *parent = nullptr);

Q_SIGNALS:
    void stopRequested(const QString &workspaceId);

private:
    void rebuild();
    void updateCounters();
    ProxyManager *m_proxies;
    QTimer *m_timer;
};

} // namespace keyport
