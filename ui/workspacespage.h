#pragma once

#include "common/result.h"
#include "launch/keyporturl.h"
#include "launch/launchjob.h"
#include "model/workspace.h"
#include "workspace/workspacefacts.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace keyport {

class AppContext;
class DialogQuestions;
class ErrorBanner;
class FilesView;
class ProxiesPanel;
class WorkspaceDetails;
class WorkspaceModel;

// Workspaces: the grouped, searchable list, the selected workspace's
// details and actions, and the running proxies. Every action that reaches a
// workspace is one LaunchJob (core's launch pipeline); its questions are
// answered by dialogs.
class WorkspacesPage : public QWidget {
    Q_OBJECT
public:
    explicit WorkspacesPage(AppContext *context, QWidget *parent = nullptr);
    ~WorkspacesPage() override;

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
    // The launch pipeline (as Connect), then a Files window for the workspace.
    void browseFiles(const QString &id);
    // The details' Files tab, for the selected workspace: its view is made
    // the first time the tab shows it, after the launch pipeline prepared it.
    void showFilesTab();
    FilesView *filesTabView(const QString &id) const;
    void startProxy(const QString &id);
    void stopProxy(const QString &id);
    void startStopWorkspace(const QString &id);
    void copySshCommand(const QString &id);
    void toggleFavourite(const QString &id);
    // Whether ~/.ssh holds a key (the first-run panel offers to make one).
    void setHasKeys(bool hasKeys);
    // "Why can't I log in?": the checklist for `id`, in a box.
    void explainLogin(const QString &id);
    // A keyport:// link (from the browser, or a second instance).
    void perform(const KeyportUrl &url);

Q_SIGNALS:
    // The first-run panel's buttons: the main window takes the user there.
    void generateKeyRequested();
    void importKeyRequested();
    void addSourceRequested();
    void sandboxRequested();
    // A terminal or editor was started for a workspace (the tray's recent list follows).
    void launched(const QString &id);
    // Every source listed once since the last refreshAll().
    void refreshed();
    // Something for a notification: a long copy ended, or one out of sight.
    void notice(const QString &title, const QString &message, bool ok);

private:
    void rebuildSources();
    void showSelection();
    void contextMenu(const QPoint &pos);
    QString currentId() const;
    // Runs the launch pipeline for `request`; `done` says what happened.
    LaunchJob *launch(LaunchRequest request, std::function<QString(LaunchJob *)> done);
    void prepareFilesTab(const QString &id);
    // A Files view (in a window or the tab) follows the settings and tells of its copies.
    void adoptFilesView(FilesView *view);
    // The key and pin facts behind the details, read off the GUI thread.
    void updateFacts();
    // The first-run panel: shown while nothing but the stopped sandbox is listed.
    void updateWelcome();
    void busy(const QString &text);
    void fail(const Error &e);

    AppContext *m_context;
    WorkspaceModel *m_model;
    std::unique_ptr<DialogQuestions> m_questions;
    QLineEdit *m_search;
    QLabel *m_count;
    QString m_keepSelected; // across a rebuild of the list
    QWidget *m_welcome = nullptr;
    QWidget *m_welcomeKey = nullptr;
    bool m_hasKeys = true;
    QListView *m_list;
    ErrorBanner *m_banner;
    WorkspaceDetails *m_details;
    QTabWidget *m_tabs; // Details, Files
    QStackedWidget *m_files; // a placeholder, then a FilesView per workspace
    QLabel *m_filesNote;
    QPushButton *m_filesRetry;
    QHash<QString, QPointer<FilesView>> m_filesViews;
    QString m_filesPreparing; // the workspace whose Files tab the pipeline prepares
    ProxiesPanel *m_proxies;
    QPointer<LaunchJob> m_launch; // the one a Cancel button would stop
    QHash<QString, WorkspaceFacts> m_facts;
    bool m_factsQueued = false;
    int m_pendingRefresh = 0;
};

} // namespace keyport
