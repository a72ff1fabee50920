#include "identitiespage.h"

#include "appcontext.h"
#include "errorbanner.h"

#include "identity/keystore.h"
#include "workspace/identityjobs.h"
#include "workspace/registry.h"
#include "workspace/source.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace keyport {

namespace {

QStringList items(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

} // namespace

IdentitiesPage::IdentitiesPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *l = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Identities")), this));
    top->addStretch();
    auto *add = new QPushButton(AppContext::icon(QStringLiteral("add")), tr("Add identity…"), this);
    add->setObjectName(QStringLiteral("addIdentity"));
    auto *reload = new QPushButton(AppContext::icon(QStringLiteral("refresh")), tr("Refresh"), this);
    reload->setObjectName(QStringLiteral("refreshIdentities"));
    top->addWidget(add);
    top->addWidget(reload);
    l->addLayout(top);
    auto *about = new QLabel(tr("An identity says which key goes where. For Northflank it is the team's SSH identity "
                                "(kept by Northflank, with its project and tag rules): a service it admits logs in "
                                "with your key in it. For every other source it is Keyport's own: a workspace it "
                                "admits offers only that key, so an agent full of keys never meets \"Too many "
                                "authentication failures\"."),
                             this);
    about->setWordWrap(true);
    l->addWidget(about);
    m_banner = new ErrorBanner(this);
    l->addWidget(m_banner);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("identities"));
    m_tree->setAccessibleName(tr("Identities"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({ tr("Name"), tr("Source"), tr("Key"), tr("Admits") });
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    l->addWidget(m_tree, 1);
    m_empty = new QLabel(tr("No identities yet. Add one to tell Keyport which key a project or a tag needs; "
                            "`keyport-cli identities explain WORKSPACE` shows which key a workspace offers and why."),
                         this);
    m_empty->setObjectName(QStringLiteral("identitiesEmpty"));
    m_empty->setWordWrap(true);
    l->addWidget(m_empty);
    auto *actions = new QHBoxLayout;
    m_remove = new QPushButton(AppContext::icon(QStringLiteral("remove")), tr("Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeIdentity"));
    m_remove->setEnabled(false);
    actions->addWidget(m_remove);
    actions->addStretch();
    l->addLayout(actions);
    connect(add, &QPushButton::clicked, this, &IdentitiesPage::addIdentity);
    connect(reload, &QPushButton::clicked, this, &IdentitiesPage::refresh);
    connect(m_remove, &QPushButton::clicked, this, &IdentitiesPage::removeIdentity);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this] { m_remove->setEnabled(m_tree->currentItem() != nullptr); });
    connect(m_context->registry(), &SourceRegistry::changed, this, &IdentitiesPage::refresh);
    refresh();
}

void IdentitiesPage::refresh()
{
    startJob(new ListIdentitiesJob(m_context->registry(), {}, this), this, [this](ListIdentitiesJob *job) {
        if (job->failed())
            m_banner->showError(job->error());
        else if (!job->notes().isEmpty())
            m_banner->showNote(job->notes().join(QLatin1Char('\n')));
        else
            m_banner->clearError();
        show(job->failed() ? QList<SshIdentity>() : job->value());
        Q_EMIT refreshed();
    });
}

void IdentitiesPage::show(const QList<SshIdentity> &identities)
{
    m_identities = identities;
    m_tree->clear();
    for (const SshIdentity &i : identities) {
        const QString key = i.describeKeys(KeyStore().displayName(i.keyPath));
        auto *item = new QTreeWidgetItem(
            m_tree, { i.name, i.source.isEmpty() ? tr("every source") : i.source, key, i.describeRestrictions() });
        item->setToolTip(3, i.describeRestrictions());
    }
    m_empty->setVisible(identities.isEmpty());
    m_tree->setVisible(!identities.isEmpty());
    m_remove->setEnabled(false);
}

void IdentitiesPage::addIdentity()
{
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Add identity"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = new QFormLayout(dialog);
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("identityName"));
    name->setPlaceholderText(tr("laptop key"));
    auto *key = new QComboBox(dialog);
    key->setObjectName(QStringLiteral("identityKey"));
    key->setPlaceholderText(tr("Reading ~/.ssh…"));
    // The keys in ~/.ssh: read off the GUI thread.
    startJob(new TaskJob<QList<KeyInfo>>([] { return Result(KeyStore().discover()); }, dialog), key,
             [key](TaskJob<QList<KeyInfo>> *found) {
                 for (const KeyInfo &k : found->value())
                     if (k.publicKey)
                         key->addItem(k.name, k.path);
                 key->setPlaceholderText(key->count() ? QString() : tr("No keys in ~/.ssh: generate one first"));
             });
    auto *source = new QComboBox(dialog);
    source->setObjectName(QStringLiteral("identitySource"));
    source->addItem(tr("Every source (Keyport's own)"), QString());
    for (Source *s : m_context->registry()->sources())
        source->addItem(s->can(Source::Capability::Identities) ? tr("%1 (kept by %2)").arg(s->name(), s->describe())
                                                               : s->name(),
                        s->name());
    auto *projects = new QLineEdit(dialog);
    projects->setObjectName(QStringLiteral("identityProjects"));
    projects->setPlaceholderText(tr("any project; or shop, ml-lab"));
    auto *tags = new QLineEdit(dialog);
    tags->setObjectName(QStringLiteral("identityTags"));
    tags->setPlaceholderText(tr("any tags; or gpu, prod"));
    auto *all = new QCheckBox(tr("Match all tags (otherwise any of them)"), dialog);
    all->setObjectName(QStringLiteral("identityMatchAll"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Key:"), key);
    form->addRow(tr("Source:"), source);
    form->addRow(tr("Projects:"), projects);
    form->addRow(tr("Tags:"), tags);
    form->addRow(QString(), all);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        SshIdentity i;
        i.name = name->text().trimmed();
        i.source = source->currentData().toString();
        i.projects = items(projects->text());
        i.tags = items(tags->text());
        i.matchAllTags = all->isChecked();
        buttons->setEnabled(false);
        startJob(new AddIdentityJob(m_context->registry(), i, key->currentData().toString(), dialog), dialog,
                 [this, dialog, buttons](AddIdentityJob *job) {
                     buttons->setEnabled(true);
                     if (job->failed()) {
                         QMessageBox::warning(dialog, tr("Add identity"), job->error().message);
                         return;
                     }
                     m_banner->showNote(tr("Added identity %1.").arg(job->value().name));
                     dialog->accept();
                     refresh();
                 });
    });
    dialog->open();
}

void IdentitiesPage::removeIdentity()
{
    const int row = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    if (row < 0 || row >= m_identities.size())
        return;
    const SshIdentity i = m_identities[row];
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove identity?"),
                                i.isLocal() ? tr("Remove identity %1? Its key stays in ~/.ssh.").arg(i.name)
                                            : tr("Remove the SSH identity %1 from %2? Its keys can no longer log in "
                                                 "to %2's services.")
                                                  .arg(i.name, i.source),
                                QMessageBox::NoButton, this);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, remove, i](int) {
        if (box->clickedButton() != remove)
            return;
        startJob(new RemoveIdentityJob(m_context->registry(), i.isLocal() ? i.name : i.id, i.source, this), this,
                 [this, i](RemoveIdentityJob *job) {
                     if (job->failed())
                         m_banner->showError(job->error());
                     else
                         m_banner->showNote(tr("Removed identity %1.").arg(i.name));
                     refresh();
                 });
    });
    box->open();
}

} // namespace keyport
