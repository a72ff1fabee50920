#pragma once

#include "common/result.h"
#include "launch/keyporturl.h"
#include "workspace/workspace.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QFormLayout;

namespace keyport {

class AppContext;
class ErrorBanner;
class WorkspaceModel;

// Workspaces: the grouped, searchable list; the selected workspace's details
// and actions (connect, editors, proxy, start/stop, copy); running proxies.
class WorkspacesPage : public QWidget {
    Q_OBJECT
public:
    explicit WorkspacesPage(AppContext *context, QWidget *parent = nullptr);

    WorkspaceModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    ErrorBanner *banner() const { return m_banner; }

    void refreshAll();
    // False when that source is being refreshed already.
    bool refreshSource(const QString &source);
    // Selects a workspace (by id) if it is listed.
    bool select(const QString &id);

    void connectWorkspace(const QString &id);
    void openInEditor(const QString &id, const QString &editor, const QString &path = {});
    void startProxy(const QString &id);
    void stopProxy(const QString &id);
    void startStopWorkspace(const QString &id);
    void copySshCommand(const QString &id);
    void toggleFavourite(const QString &id);
    // A keyport:// link (from the browser, or a second instance).
    void perform(const KeyportUrl &url);

Q_SIGNALS:
    // A terminal or editor was started for a workspace (the tray's recent list follows).
    void launched(const QString &id);
    // Every source listed once since the last refreshAll().
    void refreshed();

private:
    QWidget *makeDetails();
    void rebuildSources();
    void showSelection();
    void showWorkspace(const Workspace &w);
    void showSource(const QString &source);
    void updateProxies();
    void updateProxyCounters();
    void contextMenu(const QPoint &pos);
    QString currentId() const;
    Result<Workspace> lookup(const QString &id) const;
    // Looks the workspace up, makes sure it runs (asking), then calls `then`.
    void withRunning(const QString &id, std::function<void(const Workspace &)> then);
    // Key in agent, ssh config, tunnel check, host key pinned; then `then`.
    void prepare(const Workspace &w, bool includeInUserConfig, std::function<void(const Workspace &)> then);
    void busy(const QString &text);
    void fail(const Error &e);

    AppContext *m_context;
    WorkspaceModel *m_model;
    QLineEdit *m_search;
    QLabel *m_count;
    QListView *m_list;
    ErrorBanner *m_banner;
    QStackedWidget *m_details;
    // workspace details
    QLabel *m_title;
    QLabel *m_state;
    QFormLayout *m_form;
    QPushButton *m_connect;
    QPushButton *m_code;
    QPushButton *m_cursor;
    QPushButton *m_proxy;
    QPushButton *m_startStop;
    QPushButton *m_copy;
    QPushButton *m_favourite;
    QWidget *m_proxyBox;
    QLabel *m_proxyEndpoint;
    QList<QLineEdit *> m_proxyCommands;
    QLabel *m_busy;
    // source details
    QLabel *m_sourceTitle;
    QLabel *m_sourceInfo;
    ErrorBanner *m_sourceError;
    // running proxies
    QTreeWidget *m_proxies;
    QTimer *m_proxyTimer;
    int m_pendingRefresh = 0;
};

} // namespace keyport
