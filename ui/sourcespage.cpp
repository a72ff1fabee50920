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
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyport {

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
    connect(button(top, tr("Add knot…"), QStringLiteral("add"), QStringLiteral("addKnot")), &QPushButton::clicked, this,
            [this] { addSource(QStringLiteral("knot")); });
    connect(button(top, tr("Add JupyterHub…"), QStringLiteral("add"), QStringLiteral("addHub")), &QPushButton::clicked,
            this, [this] { addSource(QStringLiteral("jupyterhub")); });
    connect(button(top, tr("Add spaces…"), QStringLiteral("add"), QStringLiteral("addSpaces")), &QPushButton::clicked,
            this, [this] { addSource(QStringLiteral("spaces")); });
    connect(button(top, tr("Add Northflank…"), QStringLiteral("add"), QStringLiteral("addNorthflank")),
            &QPushButton::clicked, this, [this] { addSource(QStringLiteral("northflank")); });
    connect(button(top, tr("Import from knot"), QStringLiteral("source"), QStringLiteral("importKnot")),
            &QPushButton::clicked, this, &SourcesPage::importKnot);
    connect(button(top, tr("Import from Northflank CLI"), QStringLiteral("source"), QStringLiteral("importNorthflank")),
            &QPushButton::clicked, this, &SourcesPage::importNorthflank);
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
    auto *import = new NorthflankImportJob(m_context->registry(), northflanklogin::defaultPath(), c, this);
    m_banner->showNote(tr("Taking over the Northflank CLI's login…"));
    startJob(import, this, [this](NorthflankImportJob *job) {
        if (job->failed()) {
            m_banner->showError(job->error());
            return;
        }
        m_banner->showNote(tr("Took over the Northflank CLI's login \"%1\" as source %2. Its token is in the "
                              "keychain now; Keyport never reads it from %3 again.")
                               .arg(job->context(), job->config().name, job->path()));
        offerToRemoveNorthflankToken(job->path(), job->context());
    });
}

void SourcesPage::offerToRemoveNorthflankToken(const QString &path, const QString &context)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove the token from the CLI's file?"),
                                tr("%1 still holds the token of \"%2\" in plain text. Keyport has its own copy in "
                                   "the keychain. Remove it from the file? Your own northflank CLI then needs "
                                   "`northflank login` again.")
                                    .arg(path, context),
                                QMessageBox::NoButton, this);
    QPushButton *remove = box->addButton(tr("Remove from the file"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep it"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, remove, path, context](int) {
        if (box->clickedButton() != remove)
            return;
        startJob(new TaskJob<void>([path, context] { return northflanklogin::removeToken(path, context); }, this), this,
                 [this, path](TaskJob<void> *removed) {
                     if (removed->failed())
                         m_banner->showError(removed->error());
                     else
                         m_banner->showNote(tr("Removed the token from %1.").arg(path));
                 });
    });
    box->open();
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
    const QString key = m_context->settings().defaultKey;
    startJob(new TaskJob<Sandbox::State>([key] { return Sandbox::start(key); }, this), this,
             [this](TaskJob<Sandbox::State> *started) {
                 if (started->failed())
                     m_banner->showError(started->error());
                 updateSandbox();
                 Q_EMIT m_context->sourcesChanged();
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
