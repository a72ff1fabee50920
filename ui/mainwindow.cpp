#include "mainwindow.h"

#include "appcontext.h"
#include "appearance.h"
#include "errorbanner.h"
#include "identitiespage.h"
#include "keyspage.h"
#include "settingspage.h"
#include "sourcespage.h"
#include "uilog.h"
#include "workspacespage.h"

#include "common/versions.h"
#include "launch/keyporturl.h"
#include "proxy/proxymanager.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace keyport {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_context(new AppContext(this))
{
    setWindowTitle(tr("Keyport"));
    applyAppearance(m_context->settings().appearance);
    connect(m_context, &AppContext::settingsChanged, this,
            [this] { applyAppearance(m_context->settings().appearance); });
    setWindowIcon(AppContext::icon(QStringLiteral("keyport")));
    resize(1100, 680);

    m_workspaces = new WorkspacesPage(m_context, this);
    m_keys = new KeysPage(m_context, this);
    m_identities = new IdentitiesPage(m_context, this);
    m_sources = new SourcesPage(m_context, this);
    m_settings = new SettingsPage(m_context, this);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *refresh = fileMenu->addAction(AppContext::icon(QStringLiteral("refresh")), tr("&Refresh"), this, [this] {
        m_workspaces->refreshAll();
        m_keys->refresh();
        m_identities->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    auto *search = fileMenu->addAction(tr("&Search workspaces"), this, &MainWindow::focusSearch);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), this, [this] {
        m_quitting = true;
        close();
        QApplication::quit();
    });
    quit->setShortcut(QKeySequence::Quit);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Keyport"), this, &MainWindow::showAbout);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setFixedWidth(170);
    m_nav->setIconSize(QSize(20, 20));
    m_pages = new QStackedWidget(central);
    const struct {
        QString name;
        QString icon;
        QWidget *page;
    } pages[] = {
        { tr("Workspaces"), QStringLiteral("workspace"), m_workspaces },
        { tr("Keys"), QStringLiteral("key"), m_keys },
        { tr("Identities"), QStringLiteral("key"), m_identities },
        { tr("Sources"), QStringLiteral("source"), m_sources },
        { tr("Settings"), QStringLiteral("settings"), m_settings },
    };
    for (const auto &p : pages) {
        auto *item = new QListWidgetItem(AppContext::icon(p.icon), p.name, m_nav);
        item->setSizeHint(QSize(150, 34));
        m_pages->addWidget(p.page);
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == Settings)
            m_settings->load(); // keys may have been generated meanwhile
    });
    m_nav->setCurrentRow(Workspaces);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->showMessage(tr("Ready"));

    connect(m_workspaces, &WorkspacesPage::launched, this,
            [this](const QString &id) { statusBar()->showMessage(tr("Launched %1").arg(id), 5000); });
    connect(m_workspaces, &WorkspacesPage::notice, this, &MainWindow::showNotice);
    // The first run's ways in, from the Workspaces page to where they are done.
    connect(m_keys, &KeysPage::refreshed, this, [this] { m_workspaces->setHasKeys(m_keys->hasKeys()); });
    connect(m_workspaces, &WorkspacesPage::generateKeyRequested, this, [this] {
        showPage(Keys);
        m_keys->generate();
    });
    connect(m_workspaces, &WorkspacesPage::importKeyRequested, this, [this] {
        showPage(Keys);
        m_keys->importKey();
    });
    connect(m_workspaces, &WorkspacesPage::addSourceRequested, this, [this] { showPage(Sources); });
    connect(m_workspaces, &WorkspacesPage::sandboxRequested, m_sources, &SourcesPage::startSandbox);
    connect(m_sources, &SourcesPage::sandboxStarted, this, [this](const Error &e) {
        if (e.isError()) {
            m_workspaces->banner()->showError(e);
            return;
        }
        // Listed as running, and selected: Connect and Files are right there.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_workspaces, &WorkspacesPage::refreshed, this, [this, once] {
            disconnect(*once);
            m_workspaces->select(QStringLiteral("local.sandbox"));
        });
        m_workspaces->refreshAll();
    });
    connect(m_context->proxies(), &ProxyManager::changed, this, &MainWindow::updateTray);
    connect(m_context, &AppContext::settingsChanged, this, &MainWindow::updateTray);
    // A file of Keyport's that cannot be read is shown where it matters, with
    // the ways forward; moving it aside reads everything again.
    for (ErrorBanner *banner : { m_workspaces->banner(), m_keys->banner(), m_identities->banner(), m_sources->banner(),
                                 m_settings->banner() })
        connect(banner, &ErrorBanner::movedAside, m_context, &AppContext::fileMovedAside);
    connect(m_context, &AppContext::settingsFailed, this, [this](const Error &e) {
        m_workspaces->banner()->showError(e);
        m_settings->banner()->showError(e);
    });
    setupTray();
    m_workspaces->refreshAll();
}

MainWindow::~MainWindow()
{
    m_context->proxies()->stopAll();
}

QString MainWindow::aboutText()
{
    const Versions v = runtimeVersions();
    return tr("<h3>Keyport %1</h3><p>Your remote development workspaces over SSH.</p>"
              "<p>Qt %2<br>libssh %3<br>OpenSSL %4</p>")
        .arg(v.keyport, v.qt, v.libssh, v.openssl.toHtmlEscaped());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Keyport"), aboutText());
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

void MainWindow::focusSearch()
{
    showPage(Workspaces);
    m_workspaces->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_workspaces->searchField()->selectAll();
}

void MainWindow::showAndRaise()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::handleMessage(const QString &message)
{
    showAndRaise();
    if (message.isEmpty() || message == QLatin1String("show"))
        return;
    auto url = KeyportUrl::parse(message);
    if (!url) {
        showPage(Workspaces);
        m_workspaces->banner()->showError(url.error());
        return;
    }
    qCInfo(lcUi) << "link for" << url->workspaceId;
    showPage(Workspaces);
    m_workspaces->perform(*url);
}

void MainWindow::setupTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(AppContext::icon(QStringLiteral("keyport")), this);
    m_tray->setToolTip(tr("Keyport"));
    m_trayMenu = new QMenu(this);
    m_tray->setContextMenu(m_trayMenu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            isVisible() ? hide() : showAndRaise();
    });
    updateTray();
    m_tray->show();
}

void MainWindow::showNotice(const QString &title, const QString &message, bool ok)
{
    statusBar()->showMessage(tr("%1: %2").arg(title, message), 10000);
    if (QApplication::activeWindow())
        return; // Keyport is in front: the status bar is enough
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, message, ok ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning, 8000);
    QApplication::alert(this); // the taskbar entry asks for attention
}

void MainWindow::updateTray()
{
    if (!m_trayMenu)
        return;
    m_trayMenu->clear();
    const auto proxies = m_context->proxies()->running();
    if (!proxies.isEmpty()) {
        m_trayMenu->addSection(tr("Running proxies"));
        for (const auto &p : proxies) {
            const QString id = p.workspace.id();
            m_trayMenu->addAction(AppContext::icon(QStringLiteral("stop")), tr("Stop %1 (%2)").arg(id, p.endpoint()),
                                  this, [this, id] { m_context->proxies()->stop(id); });
        }
    }
    const QStringList recent = m_context->settings().recent;
    if (!recent.isEmpty()) {
        m_trayMenu->addSection(tr("Connect"));
        for (const QString &id : recent)
            m_trayMenu->addAction(AppContext::icon(QStringLiteral("connect")), id, this,
                                  [this, id] { m_workspaces->connectWorkspace(id); });
    }
    m_trayMenu->addSeparator();
    m_trayMenu->addAction(tr("Show or hide Keyport"), this, [this] { isVisible() ? hide() : showAndRaise(); });
    m_trayMenu->addAction(tr("Quit"), this, [this] {
        m_quitting = true;
        QApplication::quit();
    });
    m_tray->setToolTip(proxies.isEmpty() ? tr("Keyport")
                                         : tr("Keyport: %n proxy(ies) running", nullptr, int(proxies.size())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Proxies keep running in the tray when the person chose so and there is a tray.
    if (!m_quitting && m_tray && m_context->settings().keepProxiesOnClose
        && !m_context->proxies()->running().isEmpty()) {
        hide();
        m_tray->showMessage(tr("Keyport is still running"),
                            tr("Your proxies keep running. Quit from the tray icon to stop them."));
        event->ignore();
        return;
    }
    m_context->proxies()->stopAll();
    event->accept();
    QApplication::quit();
}

} // namespace keyport
