#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;
class QMenu;

namespace keyport {

class AppContext;
class IdentitiesPage;
class KeysPage;
class SettingsPage;
class SourcesPage;
class WorkspacesPage;

// The main window: navigation on the left (Workspaces, Keys, Sources,
// Settings), one page each, a tray icon with running proxies and recent
// workspaces, and keyport:// links.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The About text (also shown in the About box): versions of Keyport and
    // of the libraries it runs with.
    static QString aboutText();

    AppContext *context() const { return m_context; }
    WorkspacesPage *workspacesPage() const { return m_workspaces; }
    KeysPage *keysPage() const { return m_keys; }
    IdentitiesPage *identitiesPage() const { return m_identities; }
    SourcesPage *sourcesPage() const { return m_sources; }
    SettingsPage *settingsPage() const { return m_settings; }
    enum Page { Workspaces, Keys, Identities, Sources, Settings };
    void showPage(Page page);

public Q_SLOTS:
    void showAbout();
    // A message from a second instance or the command line: a keyport:// link, or "show".
    void handleMessage(const QString &message);
    void focusSearch();
    void showAndRaise();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupTray();
    void updateTray();
    // A copy worth telling of: in the status bar, and as a desktop notification
    // when Keyport is not the window in front.
    void showNotice(const QString &title, const QString &message, bool ok);

    AppContext *m_context;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_pages = nullptr;
    WorkspacesPage *m_workspaces = nullptr;
    KeysPage *m_keys = nullptr;
    IdentitiesPage *m_identities = nullptr;
    SourcesPage *m_sources = nullptr;
    SettingsPage *m_settings = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    bool m_quitting = false;
};

} // namespace keyport
