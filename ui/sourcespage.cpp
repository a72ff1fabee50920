#include "sourcespage.h"

#include "appcontext.h"
#include "dialogquestions.h"
#include "errorbanner.h"
#include "sourcedialog.h"

#include "sources/knot/knotconfig.h"
#include "sources/knot/knotimportjob.h"
#include "sources/northflank/northflankimportjob.h"
#include "sources/sandbox/sandbox.h"
#include "workspace/registry.h"
#include "workspace/workspacejobs.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyport {

namespace {

// A window-modal question with one button that means yes; `answer` hears
// once, however the box ends (no when the page went away first).
void ask(QPointer<QWidget> parent, const QString &title, const QString &text, const QString &yes,
         QMessageBox::ButtonRole yesRole, const QString &noText, const QString &name, const QString &yesName,
         std::function<void(bool)> answer)
{
    if (!parent) {
        answer(false);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(name);
    QPushButton *button = box->addButton(yes, yesRole);
    button->setObjectName(yesName);
    if (noText.isEmpty())
        box->addButton(QMessageBox::Cancel);
    else
        box->addButton(noText, QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, button, answer](int) { answer(box->clickedButton() == button); });
    box->open();
}

} // namespace

SourcesPage::SourcesPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *l = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Sources")), this));
    top->addStretch();
    const auto button = [this](QBoxLayout *row, const QString &text, const QString &icon, const QString &name) {
        auto *b = new QPushButton(AppContext::icon(icon), text, this);
        b->setObjectName(name);
        b->setAccessibleName(text);
        row->addWidget(b);
        return b;
    };
    // Two menus, not six buttons: the row fits a small window.
    auto *add = new QPushButton(AppContext::icon(QStringLiteral("add")), tr("Add source"), this);
    add->setObjectName(QStringLiteral("addSource"));
    auto *addMenu = new QMenu(add);
    for (const auto &[kind, text] :
         { std::pair { "knot", tr("knot server…") }, std::pair { "jupyterhub", tr("JupyterHub…") },
           std::pair { "spaces", tr("spaces control plane…") }, std::pair { "northflank", tr("Northflank…") } }) {
        QAction *a = addMenu->addAction(text, this, [this, k = QString::fromLatin1(kind)] { addSource(k); });
        a->setObjectName(QStringLiteral("add-") + QString::fromLatin1(kind));
    }
    add->setMenu(addMenu);
    top->addWidget(add);
    auto *import = new QPushButton(AppContext::icon(QStringLiteral("source")), tr("Import"), this);
    import->setObjectName(QStringLiteral("importSource"));
    auto *importMenu = new QMenu(import);
    importMenu->addAction(tr("From knot's own configuration"), this, &SourcesPage::importKnot)
        ->setObjectName(QStringLiteral("importKnot"));
    importMenu->addAction(tr("From the Northflank CLI's login"), this, &SourcesPage::importNorthflank)
        ->setObjectName(QStringLiteral("importNorthflank"));
    import->setMenu(importMenu);
    top->addWidget(import);
    l->addLayout(top);
    m_banner = new ErrorBanner(this);
    l->addWidget(m_banner);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("sources"));
    m_tree->setAccessibleName(tr("Sources"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({ tr("Name"), tr("Kind"), tr("Where"), tr("Key"), tr("TLS") });
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    l->addWidget(m_tree, 1);
    m_hint = new QLabel(tr("No sources added yet. Add source connects Keyport to a knot server, a JupyterHub, a spaces "
                           "control plane or Northflank; the hosts of your ~/.ssh/config are here already, as the ssh "
                           "source. Or try the local sandbox below."),
                        this);
    m_hint->setObjectName(QStringLiteral("sourcesHint"));
    m_hint->setWordWrap(true);
    l->addWidget(m_hint);
    auto *actions = new QHBoxLayout;
    m_edit = button(actions, tr("Edit…"), QStringLiteral("settings"), QStringLiteral("editSource"));
    m_remove = button(actions, tr("Remove…"), QStringLiteral("remove"), QStringLiteral("removeSource"));
    actions->addStretch();
    l->addLayout(actions);
    connect(m_edit, &QPushButton::clicked, this, &SourcesPage::editSource);
    connect(m_remove, &QPushButton::clicked, this, &SourcesPage::removeSource);

    auto *box = new QGroupBox(tr("Local sandbox"), this);
    auto *bl = new QHBoxLayout(box);
    m_sandbox = new QLabel(box);
    m_sandbox->setObjectName(QStringLiteral("sandboxState"));
    m_sandbox->setWordWrap(true);
    bl->addWidget(m_sandbox, 1);
    m_sandboxStart = button(bl, tr("Start sandbox"), QStringLiteral("start"), QStringLiteral("sandboxStart"));
    m_sandboxStop = button(bl, tr("Stop sandbox"), QStringLiteral("stop"), QStringLiteral("sandboxStop"));
    l->addWidget(box);
    connect(m_sandboxStart, &QPushButton::clicked, this, &SourcesPage::startSandbox);
    connect(m_sandboxStop, &QPushButton::clicked, this, &SourcesPage::stopSandbox);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        const auto config = m_context->registry()->config(currentName());
        m_edit->setEnabled(bool(config));
        m_remove->setEnabled(bool(config));
    });
    connect(m_context, &AppContext::sourcesChanged, this, &SourcesPage::reload);
    reload();
    updateSandbox();
}

QString SourcesPage::currentName() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->text(0) : QString();
}

void SourcesPage::reload()
{
    m_tree->clear();
    for (Source *s : m_context->registry()->sources()) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, s->name());
        item->setText(1, s->kind());
        item->setText(2, s->describe());
        const auto config = m_context->registry()->config(s->name());
        item->setText(3, config && !config->identityFile.isEmpty() ? KeyStore().displayName(config->identityFile)
                                                                   : QString());
        item->setText(4, !config ? QString() : config->insecure ? tr("NOT verified") : tr("verified"));
    }
    m_hint->setVisible(m_context->registry()->configured().isEmpty());
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
}

void SourcesPage::addSource(const QString &kind)
{
    auto *dialog = new SourceDialog(m_context->registry(), kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SourceDialog::added, this,
            [this](const QString &name) { m_banner->showNote(tr("Added %1.").arg(name)); });
    dialog->open();
}

void SourcesPage::editSource()
{
    const auto config = m_context->registry()->config(currentName());
    if (!config)
        return;
    auto *dialog = new SourceDialog(m_context->registry(), config->kind, this);
    dialog->setExisting(*config);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SourceDialog::added, this,
            [this](const QString &name) { m_banner->showNote(tr("Saved %1.").arg(name)); });
    dialog->open();
}

void SourcesPage::removeSource()
{
    const auto config = m_context->registry()->config(currentName());
    if (!config)
        return;
    const QString text = tr("Remove the source %1 and its token from the keychain? Its workspaces leave the "
                            "list and the ssh config.")
                             .arg(config->name);
    askBeforeDestroying(
        this, tr("Remove %1?").arg(config->name), text, tr("Remove"), QStringLiteral("confirmRemove"),
        [this, name = config->name] {
            startJob(new RemoveSourceJob(m_context->registry(), name, this), this,
                     [this, name](RemoveSourceJob *removed) {
                         if (removed->failed())
                             m_banner->showError(removed->error());
                         else if (!removed->tokenNote().isEmpty())
                             m_banner->showError(
                                 Error(ErrorCode::Keychain,
                                       tr("Removed %1, but its token could not be removed from the keychain: %2")
                                           .arg(name, removed->tokenNote())));
                         else
                             m_banner->showNote(tr("Removed %1 and its token.").arg(name));
                     });
        });
}

void SourcesPage::importKnot()
{
    auto *import = new KnotImportJob(m_context->registry(), knotconfig::defaultPath(), this);
    startJob(import, this, [this](KnotImportJob *job) {
        if (job->failed()) {
            m_banner->showError(job->error());
            return;
        }
        QStringList report;
        for (const auto &[config, error] : job->results())
            report << (error.isError() ? error.message : tr("Imported %1 (%2).").arg(config.name, config.url));
        m_banner->showNote(report.join(QLatin1Char('\n')));
    });
}

void SourcesPage::importNorthflank()
{
    SourceConfig c;
    c.name = QStringLiteral("northflank");
    QPointer<QWidget> self(this);
    const auto askToRemove = [self](NorthflankImportJob *job, NorthflankImportJob::Answer answer) {
        ask(self, tr("Remove the token from the CLI's file?"),
            tr("%1 still holds the token of \"%2\" in plain text. Keyport has its own copy in the keychain. Remove "
               "it from the file? Your own northflank CLI then needs `northflank login` again.")
                .arg(job->path(), job->context()),
            tr("Remove from the file"), QMessageBox::DestructiveRole, tr("Keep it"),
            QStringLiteral("northflankTokenQuestion"), QStringLiteral("removeNorthflankToken"), answer);
    };
    m_banner->showNote(tr("Taking over the Northflank CLI's login…"));
    startJob(new NorthflankImportJob(m_context->registry(), northflanklogin::defaultPath(), c, askToRemove, this), this,
             [this](NorthflankImportJob *job) {
                 QStringList said;
                 if (job->imported())
                     said << tr("Took over the Northflank CLI's login \"%1\" as source %2. Its token is in the "
                                "keychain now; Keyport never reads it from %3 again.")
                                 .arg(job->context(), job->config().name, job->path());
                 if (job->removedToken())
                     said << tr("Removed the token from %1.").arg(job->path());
                 if (job->failed())
                     m_banner->showError(Error(job->error().code,
                                               (said + QStringList { job->error().message }).join(QLatin1Char(' ')),
                                               job->error().detail));
                 else
                     m_banner->showNote(said.join(QLatin1Char(' ')));
             });
}

void SourcesPage::updateSandbox()
{
    // Checking connects to the sandbox (up to seconds): never on the GUI thread.
    m_sandboxStart->setEnabled(false);
    m_sandboxStop->setEnabled(false);
    startJob(new TaskJob<Sandbox::State>([] { return Result(Sandbox::status()); }, this), this,
             [this](TaskJob<Sandbox::State> *checked) { showSandbox(checked->value()); });
}

void SourcesPage::showSandbox(const Sandbox::State &s)
{
    m_sandbox->setText(s.running ? tr("Running on 127.0.0.1:%1 as local.sandbox (key %2).")
                                       .arg(s.port)
                                       .arg(KeyStore().displayName(s.keyPath))
                                 : tr("Stopped. The sandbox is an sshd on this machine to try Keyport with."));
    m_sandboxStart->setEnabled(!s.running);
    m_sandboxStop->setEnabled(s.running);
}

void SourcesPage::startSandbox()
{
    m_sandboxStart->setEnabled(false);
    m_sandbox->setText(tr("Starting…"));
    QPointer<QWidget> self(this);
    // Asked, never done behind the user's back: a key of the sandbox's own,
    // kept out of ~/.ssh, or none (and the Keys page to make one).
    const auto askForKey = [self](StartSandboxJob::Answer answer) {
        ask(self, tr("A key for the sandbox?"),
            tr("There is no SSH key in ~/.ssh yet, and the sandbox needs one to let you in. It can make a key for "
               "itself, kept in its own folder (%1) and not in ~/.ssh, so no other tool meets it. Or generate your own "
               "key on the Keys page first.")
                .arg(Sandbox::dir()),
            tr("Make a sandbox key"), QMessageBox::AcceptRole, {}, QStringLiteral("sandboxKeyQuestion"),
            QStringLiteral("makeSandboxKey"), answer);
    };
    startJob(new StartSandboxJob(m_context->settings().defaultKey, askForKey, this), this,
             [this](StartSandboxJob *started) {
                 if (started->failed())
                     m_banner->showError(started->error());
                 else if (started->madeOwnKey())
                     m_banner->showNote(
                         tr("The sandbox made its own key, %1; it is not in ~/.ssh.").arg(started->value().keyPath));
                 updateSandbox();
                 Q_EMIT m_context->sourcesChanged();
                 Q_EMIT sandboxStarted(started->error());
             });
}

void SourcesPage::stopSandbox()
{
    startJob(new TaskJob<void>([] { return Sandbox::stop(); }, this), this, [this](TaskJob<void> *stopped) {
        if (stopped->failed())
            m_banner->showError(stopped->error());
        updateSandbox();
        Q_EMIT m_context->sourcesChanged();
    });
}

} // namespace keyport
