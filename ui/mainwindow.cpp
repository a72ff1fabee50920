#include "mainwindow.h"

#include "common/job.h"
#include "common/versions.h"
#include "identity/keystore.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyport {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Keyport"));
    resize(1000, 620);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    auto *refresh = fileMenu->addAction(tr("&Refresh"), this, &MainWindow::refreshKeys);
    refresh->setShortcut(QKeySequence::Refresh);
    fileMenu->addSeparator();
    auto *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Keyport"), this, &MainWindow::showAbout);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_nav = new QListWidget(central);
    m_nav->setAccessibleName(tr("Navigation"));
    m_nav->setFixedWidth(180);
    m_pages = new QStackedWidget(central);
    const struct {
        QString name;
        QWidget *page;
    } pages[] = {
        { tr("Workspaces"), makePlaceholder(tr("Workspaces"), tr("Workspaces from your ssh config, knot, JupyterHub "
                                                                 "and the local sandbox will be listed here.")) },
        { tr("Keys"), makeKeysPage() },
        { tr("Sources"), makePlaceholder(tr("Sources"), tr("Add knot servers and JupyterHub hubs here.")) },
        { tr("Settings"), makePlaceholder(tr("Settings"), tr("Terminal, editors, agent and ssh config settings.")) },
    };
    for (const auto &p : pages) {
        m_nav->addItem(p.name);
        m_pages->addWidget(p.page);
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(1);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->showMessage(tr("Ready"));
    refreshKeys();
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

QWidget *MainWindow::makePlaceholder(const QString &title, const QString &text)
{
    auto *w = new QWidget(this);
    auto *l = new QVBoxLayout(w);
    auto *h = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), w);
    auto *t = new QLabel(text, w);
    t->setWordWrap(true);
    l->addWidget(h);
    l->addWidget(t);
    l->addStretch();
    return w;
}

QWidget *MainWindow::makeKeysPage()
{
    auto *w = new QWidget(this);
    auto *l = new QVBoxLayout(w);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Keys")), w));
    top->addStretch();
    auto *refresh = new QPushButton(tr("Refresh"), w);
    refresh->setAccessibleName(tr("Refresh keys"));
    connect(refresh, &QPushButton::clicked, this, &MainWindow::refreshKeys);
    top->addWidget(refresh);
    l->addLayout(top);
    m_keys = new QTreeWidget(w);
    m_keys->setAccessibleName(tr("SSH keys"));
    m_keys->setRootIsDecorated(false);
    m_keys->setHeaderLabels({ tr("Name"), tr("Type"), tr("Fingerprint"), tr("Encrypted"), tr("Comment") });
    m_keys->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keys->header()->setStretchLastSection(true);
    l->addWidget(m_keys, 1);
    m_keysStatus = new QLabel(w);
    l->addWidget(m_keysStatus);
    return w;
}

void MainWindow::refreshKeys()
{
    m_keysStatus->setText(tr("Looking for keys…"));
    // Discovery parses files: keep it off the GUI thread.
    auto *job = runTask<QList<KeyInfo>>([] { return Result<QList<KeyInfo>>(KeyStore().discover()); }, this);
    connect(job, &Job::finished, this, [this, job] {
        m_keys->clear();
        const auto &keys = job->result().value();
        for (const KeyInfo &k : keys) {
            auto *item = new QTreeWidgetItem(m_keys);
            item->setText(0, k.name);
            item->setText(1, k.publicKey ? QStringLiteral("%1 %2")
                                               .arg(algorithmDisplayName(k.publicKey->algorithm()))
                                               .arg(k.publicKey->bits())
                                         : tr("unknown"));
            item->setText(2, k.publicKey ? k.publicKey->fingerprint() : tr("unknown until unlocked"));
            item->setText(3, k.encrypted ? tr("yes") : tr("no"));
            item->setText(4, k.comment);
        }
        m_keysStatus->setText(keys.isEmpty()
                                  ? tr("No keys in %1 yet.").arg(KeyStore().sshDir())
                                  : tr("%n key(s) in %1", nullptr, int(keys.size())).arg(KeyStore().sshDir()));
    });
}

} // namespace keyport
