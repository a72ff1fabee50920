#include "keyspage.h"

#include "appcontext.h"
#include "dialogquestions.h"
#include "errorbanner.h"
#include "generatekeydialog.h"

#include "common/text.h"
#include "identity/addtoagentjob.h"
#include "identity/changepassphrasejob.h"
#include "identity/deletekeyjob.h"
#include "identity/generatekeyjob.h"
#include "identity/secretstore.h"
#include "workspace/registry.h"
#include "workspace/workspacejobs.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace keyport {

namespace {

enum Column { Name, Type, Fingerprint, Comment, Encrypted, Keychain, Agent, CertificateColumn, Registered };

struct Listing {
    QList<KeyInfo> keys;
    QSet<QString> files; // every name in ~/.ssh (a new key must not take one)
    std::optional<QList<AgentIdentity>> agent; // nullopt: no agent reachable
    QString agentProblem;
};

} // namespace

KeysPage::KeysPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &KeysPage::showCertificatesLeft);
    auto *l = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Keys")), this);
    top->addWidget(title);
    top->addStretch();
    const auto button = [this, top](const QString &text, const QString &icon, const QString &name, bool needsKey) {
        auto *b = new QPushButton(AppContext::icon(icon), text, this);
        b->setObjectName(name);
        b->setAccessibleName(text);
        top->addWidget(b);
        if (needsKey)
            m_needsKey << b;
        return b;
    };
    connect(button(tr("Generate…"), QStringLiteral("add"), QStringLiteral("generate"), false), &QPushButton::clicked,
            this, &KeysPage::generate);
    connect(button(tr("Import…"), QStringLiteral("key"), QStringLiteral("import"), false), &QPushButton::clicked, this,
            &KeysPage::importKey);
    connect(button(tr("Refresh"), QStringLiteral("refresh"), QStringLiteral("refreshKeys"), false),
            &QPushButton::clicked, this, &KeysPage::refresh);
    l->addLayout(top);
    m_banner = new ErrorBanner(this);
    l->addWidget(m_banner);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("keys"));
    m_tree->setAccessibleName(tr("SSH keys"));
    m_tree->setRootIsDecorated(false);
    m_tree->setHeaderLabels({ tr("Name"), tr("Type"), tr("Fingerprint"), tr("Comment"), tr("Encrypted"), tr("Keychain"),
                              tr("Agent"), tr("Certificate"), tr("Registered with") });
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Fingerprints and comments are long: they share what the other columns
    // leave, elided in the middle (the whole in the tooltip), so the
    // certificate and where it is registered stay in view without a
    // horizontal scroll bar, also in a small window.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->header()->setStretchLastSection(false);
    for (int column : { int(Fingerprint), int(Comment) })
        m_tree->header()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    l->addWidget(m_tree, 1);

    // Two rows (the source's, the agent's and the file's): one row of seven
    // would make the window wider than a 1024-pixel screen.
    auto *actions = new QHBoxLayout;
    QHBoxLayout *row = actions;
    const auto keyButton = [this, &row](const QString &text, const QString &icon, const QString &name) {
        auto *b = new QPushButton(AppContext::icon(icon), text, this);
        b->setObjectName(name);
        b->setAccessibleName(text);
        row->addWidget(b);
        m_needsKey << b;
        return b;
    };
    connect(keyButton(tr("Copy public key"), QStringLiteral("copy"), QStringLiteral("copyPublic")),
            &QPushButton::clicked, this, &KeysPage::copyPublicKey);
    m_register = keyButton(tr("Register with…"), QStringLiteral("source"), QStringLiteral("register"));
    auto *registerMenu = new QMenu(m_register);
    m_register->setMenu(registerMenu);
    connect(registerMenu, &QMenu::aboutToShow, this, [this, registerMenu] {
        registerMenu->clear();
        for (Source *s : m_context->registry()->sources()) {
            if (!s->can(Source::Capability::RegisterKeys))
                continue;
            const QString name = s->name();
            registerMenu->addAction(name, this, [this, name] { registerWith(name); });
        }
        if (registerMenu->isEmpty())
            registerMenu->addAction(tr("No source takes keys yet: add a knot or JupyterHub source"))->setEnabled(false);
    });
    m_unregister = keyButton(tr("Remove from source…"), QStringLiteral("remove"), QStringLiteral("unregister"));
    auto *unregisterMenu = new QMenu(m_unregister);
    m_unregister->setMenu(unregisterMenu);
    connect(unregisterMenu, &QMenu::aboutToShow, this, [this, unregisterMenu] {
        unregisterMenu->clear();
        const auto key = current();
        for (auto it = m_registered.cbegin(); key && it != m_registered.cend(); ++it)
            if (it->paths.contains(key->path)) {
                const QString name = it.key();
                unregisterMenu->addAction(name, this, [this, name] { unregisterFrom(name); });
            }
        if (unregisterMenu->isEmpty())
            unregisterMenu->addAction(tr("No source Keyport can ask knows this key"))->setEnabled(false);
    });
    actions->addStretch();
    l->addLayout(actions);
    actions = row = new QHBoxLayout;
    auto *add = keyButton(tr("Add to agent"), QStringLiteral("add"), QStringLiteral("addToAgent"));
    auto *addMenu = new QMenu(add);
    addMenu->addAction(tr("Add for the configured lifetime"), this, [this] { addToAgent(false); });
    addMenu->addAction(tr("Add, confirm each use"), this, [this] { addToAgent(true); });
    add->setMenu(addMenu);
    connect(keyButton(tr("Remove from agent"), QStringLiteral("remove"), QStringLiteral("removeFromAgent")),
            &QPushButton::clicked, this, &KeysPage::removeFromAgent);
    connect(keyButton(tr("Change passphrase…"), QStringLiteral("key"), QStringLiteral("changePassphrase")),
            &QPushButton::clicked, this, &KeysPage::changePassphrase);
    connect(keyButton(tr("Delete…"), QStringLiteral("remove"), QStringLiteral("delete")), &QPushButton::clicked, this,
            &KeysPage::deleteKey);
    actions->addStretch();
    l->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("keysStatus"));
    m_status->setWordWrap(true); // a long status must not widen the window
    l->addWidget(m_status);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &KeysPage::updateButtons);
    updateButtons();
    refresh();
}

std::optional<KeyInfo> KeysPage::current() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    const QString path = item->data(Name, Qt::UserRole).toString();
    for (const KeyInfo &k : m_keys)
        if (k.path == path)
            return k;
    return std::nullopt;
}

void KeysPage::updateButtons()
{
    const bool has = m_tree->currentItem() != nullptr;
    for (QPushButton *b : std::as_const(m_needsKey))
        b->setEnabled(has);
}

void KeysPage::done(const QString &text)
{
    m_banner->clear();
    m_status->setText(text);
    refresh();
}

void KeysPage::fail(const Error &e)
{
    if (e.code != ErrorCode::Cancelled)
        m_banner->showError(e);
}

void KeysPage::refresh()
{
    m_status->setText(tr("Looking for keys…"));
    // Discovery parses files and the agent may be slow: off the GUI thread.
    auto *job = new TaskJob<Listing>(
        [] {
            Listing l;
            l.keys = KeyStore().discover();
            const QStringList names =
                QDir(KeyStore().sshDir())
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            l.files = QSet<QString>(names.cbegin(), names.cend());
            if (AgentClient::defaultSocket().isEmpty()) {
                l.agentProblem = tr("no agent (SSH_AUTH_SOCK is not set)");
            } else if (auto ids = AgentClient().list()) {
                l.agent = *ids;
            } else {
                l.agentProblem = ids.error().message;
            }
            return Result<Listing>(l);
        },
        this);
    startJob(job, this, [this](TaskJob<Listing> *listed) {
        const Listing &listing = listed->value();
        const QString selected = current() ? current()->path : QString();
        m_keys = listing.keys;
        m_files = listing.files;
        m_tree->clear();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const KeyInfo &k : std::as_const(m_keys)) {
            auto *item = new QTreeWidgetItem(m_tree);
            item->setData(Name, Qt::UserRole, k.path);
            item->setText(Name, k.name);
            item->setText(Type, k.publicKey ? QStringLiteral("%1 %2")
                                                  .arg(algorithmDisplayName(k.publicKey->algorithm()))
                                                  .arg(k.publicKey->bits())
                                            : tr("unknown"));
            item->setText(Fingerprint, k.publicKey ? k.publicKey->fingerprint() : tr("unknown until unlocked"));
            item->setToolTip(Fingerprint, item->text(Fingerprint));
            item->setText(Comment, printable(k.comment, 80));
            item->setToolTip(Comment, item->text(Comment));
            item->setText(Encrypted, k.encrypted ? tr("yes") : tr("no"));
            item->setText(Keychain, k.encrypted ? tr("checking…") : tr("not needed"));
            QString agent = listing.agent ? tr("no") : tr("no agent");
            if (listing.agent && k.publicKey)
                for (const AgentIdentity &id : *listing.agent)
                    if (id.key == *k.publicKey) {
                        const QDateTime until = m_agentExpiry.value(k.publicKey->fingerprint());
                        agent = until.isValid() && until > now
                                    ? tr("yes, %1 left").arg(formatDuration(now.secsTo(until)))
                                    : tr("yes");
                    }
            item->setText(Agent, agent);
            QString cert = tr("none");
            if (k.certificate) {
                cert = k.certificate->statusText(now);
                item->setToolTip(CertificateColumn, k.certificate->aboutText());
            } else if (!k.certificateProblem.isEmpty()) {
                cert = k.certificateProblem;
            }
            item->setText(CertificateColumn, cert);
            if (!k.problem.isEmpty())
                item->setToolTip(Name, k.problem);
            if (k.path == selected)
                m_tree->setCurrentItem(item);
            // Whether the keychain holds the passphrase: one read per encrypted key.
            if (k.encrypted && k.publicKey) {
                const QString path = k.path;
                startJob(secrets::read(secrets::passphraseKey(k.publicKey->fingerprint()), this), this,
                         [this, path](SecretJob *read) {
                             for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
                                 QTreeWidgetItem *it = m_tree->topLevelItem(i);
                                 if (it->data(Name, Qt::UserRole).toString() == path)
                                     it->setText(Keychain, read->failed()   ? tr("unavailable")
                                                           : read->secret() ? tr("yes")
                                                                            : tr("no"));
                             }
                         });
            }
        }
        QString status = m_keys.isEmpty()
                             ? tr("No keys in %1 yet: generate one or import one.").arg(KeyStore().sshDir())
                             : tr("%n key(s) in %1", nullptr, int(m_keys.size())).arg(KeyStore().sshDir());
        if (!listing.agent)
            status += QStringLiteral(" · ") + tr("agent: %1").arg(listing.agentProblem);
        m_status->setText(status);
        if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
            m_tree->setCurrentItem(m_tree->topLevelItem(0));
        updateButtons();
        showRegistered();
        askSources();
        const bool counting = std::any_of(m_keys.cbegin(), m_keys.cend(), [](const KeyInfo &k) {
            return k.certificate && k.certificate->validBefore.isValid();
        });
        counting ? m_tick->start() : m_tick->stop();
        Q_EMIT refreshed();
    });
}

void KeysPage::showCertificatesLeft()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        for (const KeyInfo &k : std::as_const(m_keys))
            if (k.certificate && k.path == item->data(Name, Qt::UserRole).toString())
                item->setText(CertificateColumn, k.certificate->statusText(now));
    }
}

void KeysPage::askSources()
{
    for (Source *s : m_context->registry()->sources()) {
        if (!s->can(Source::Capability::RegisterKeys))
            continue;
        const QString name = s->name();
        startJob(new ListRegisteredKeysJob(m_context->registry(), name, this), this,
                 [this, name](ListRegisteredKeysJob *listed) {
                     Known known;
                     if (listed->failed())
                         known.problem = listed->error().message;
                     else
                         for (const KnownKey &k : listed->value())
                             if (!k.localPath.isEmpty())
                                 known.paths.insert(k.localPath, k.registered.created);
                     m_registered.insert(name, known);
                     showRegistered();
                 });
    }
}

void KeysPage::showRegistered()
{
    // Sources removed since they were asked say nothing any more.
    for (auto it = m_registered.begin(); it != m_registered.end();)
        it = m_context->registry()->config(it.key()) ? std::next(it) : m_registered.erase(it);
    QStringList problems;
    for (auto it = m_registered.cbegin(); it != m_registered.cend(); ++it)
        if (!it->problem.isEmpty())
            problems << tr("%1 could not say: %2").arg(it.key(), it->problem);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const QString path = item->data(Name, Qt::UserRole).toString();
        QStringList names, about;
        for (auto it = m_registered.cbegin(); it != m_registered.cend(); ++it) {
            if (!it->paths.contains(path))
                continue;
            names << it.key();
            const QDateTime created = it->paths.value(path);
            about << (created.isValid()
                          ? tr("%1, since %2")
                                .arg(it.key(), QLocale().toString(created.toLocalTime(), QLocale::ShortFormat))
                          : it.key());
        }
        names.sort();
        about.sort();
        item->setText(Registered, names.isEmpty() ? tr("—") : names.join(QStringLiteral(", ")));
        item->setToolTip(Registered, (about + problems).join(QLatin1Char('\n')));
    }
}

void KeysPage::generate()
{
    auto *dialog = new GenerateKeyDialog(m_context->settings().agentLifetimeMinutes, m_files, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->name();
        GenerateKeyJob::Options options { dialog->options(), dialog->remember(), std::nullopt };
        const std::optional<int> minutes = dialog->agentMinutes();
        if (minutes) {
            AgentConstraints c;
            c.lifetimeSeconds = quint32(*minutes) * 60;
            c.confirm = m_context->settings().agentConfirm;
            options.addToAgent = c;
        }
        auto *job = new GenerateKeyJob(name, std::move(options), this);
        connect(job, &Job::progress, m_status, &QLabel::setText);
        startJob(job, this, [this, minutes](GenerateKeyJob *generated) {
            if (generated->addedToAgent() && generated->key())
                m_agentExpiry.insert(generated->key()->publicKey->fingerprint(),
                                     QDateTime::currentDateTimeUtc().addSecs(qint64(*minutes) * 60));
            if (generated->failed()) {
                fail(generated->error());
                if (generated->key())
                    refresh(); // the key exists even though a later step failed
                else
                    m_status->clear();
                return;
            }
            done(tr("Created %1 (%2).").arg(generated->key()->name, generated->key()->publicKey->fingerprint()));
        });
    });
    dialog->open();
}

void KeysPage::importKey()
{
    auto *dialog = new QFileDialog(this, tr("Import a private key"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setFilter(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        startJob(new TaskJob<KeyInfo>([file] { return KeyStore().import(file); }, this), this,
                 [this](TaskJob<KeyInfo> *imported) {
                     if (imported->failed())
                         fail(imported->error());
                     else
                         done(tr("Imported %1.").arg(imported->value().name));
                 });
    });
    dialog->open();
}

void KeysPage::copyPublicKey()
{
    const auto key = current();
    if (!key)
        return;
    if (!key->publicKey) {
        fail(Error(ErrorCode::NotFound,
                   tr("The public key of %1 is unknown until it is unlocked (no .pub file).").arg(key->name)));
        return;
    }
    QApplication::clipboard()->setText(QString::fromUtf8(key->publicKey->toOpenSshLine(key->comment)));
    m_status->setText(tr("Copied the public key of %1.").arg(key->name));
}

void KeysPage::addToAgent(bool confirmEachUse)
{
    const auto key = current();
    if (!key)
        return;
    const int minutes = m_context->settings().agentLifetimeMinutes;
    AddToAgentJob::Options options;
    if (minutes > 0)
        options.constraints.lifetimeSeconds = quint32(minutes) * 60;
    options.constraints.confirm = confirmEachUse || m_context->settings().agentConfirm;
    auto *job = new AddToAgentJob(*key, options, m_context->passphrasePrompt(this), this);
    startJob(job, this, [this, minutes](AddToAgentJob *added) {
        if (added->failed()) {
            fail(added->error());
            return;
        }
        if (minutes > 0)
            m_agentExpiry.insert(added->fingerprint(), QDateTime::currentDateTimeUtc().addSecs(qint64(minutes) * 60));
        else
            m_agentExpiry.remove(added->fingerprint());
        done(minutes > 0 ? tr("Added to the agent for %n minute(s).", nullptr, minutes)
                         : tr("Added to the agent until you remove it."));
    });
}

void KeysPage::removeFromAgent()
{
    const auto key = current();
    if (!key || !key->publicKey)
        return;
    const PublicKey pub = *key->publicKey;
    startJob(new TaskJob<void>([pub] { return AgentClient().remove(pub); }, this), this,
             [this, name = key->name](TaskJob<void> *removed) {
                 if (removed->failed())
                     fail(removed->error());
                 else
                     done(tr("Removed %1 from the agent.").arg(name));
             });
}

void KeysPage::changePassphrase()
{
    const auto key = current();
    if (!key)
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Change the passphrase of %1").arg(key->name));
    auto *form = new QFormLayout(dialog);
    const auto secret = [dialog, form](const QString &label, const QString &name) {
        auto *e = new QLineEdit(dialog);
        e->setEchoMode(QLineEdit::Password);
        e->setObjectName(name);
        e->setAccessibleName(label);
        form->addRow(label, e);
        return e;
    };
    QLineEdit *old = key->encrypted ? secret(tr("Current passphrase:"), QStringLiteral("old")) : nullptr;
    QLineEdit *fresh = secret(tr("New passphrase:"), QStringLiteral("new"));
    QLineEdit *repeat = secret(tr("Repeat:"), QStringLiteral("repeat"));
    auto *hint = new QLabel(dialog);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    const auto check = [fresh, repeat, hint, buttons] {
        const bool match = fresh->text() == repeat->text();
        hint->setText(match ? GenerateKeyDialog::strengthHint(fresh->text()) : tr("The passphrases do not match."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(match);
    };
    connect(fresh, &QLineEdit::textChanged, dialog, check);
    connect(repeat, &QLineEdit::textChanged, dialog, check);
    check();
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(dialog, &QDialog::accepted, this, [this, key, old, fresh] {
        const QByteArray oldPass = old ? old->text().toUtf8() : QByteArray();
        auto *job = new ChangePassphraseJob(*key, oldPass, fresh->text().toUtf8(), this);
        startJob(job, this, [this, name = key->name](ChangePassphraseJob *changed) {
            if (changed->failed()) {
                fail(changed->error());
                return;
            }
            done(tr("Changed the passphrase of %1.").arg(name));
        });
    });
    dialog->open();
}

void KeysPage::deleteKey()
{
    const auto key = current();
    if (!key)
        return;
    const QString text = tr("Delete %1, its public key and certificate from %2? Servers that only know this "
                            "key will stop letting you in. This cannot be undone.")
                             .arg(key->name, KeyStore().sshDir());
    askBeforeDestroying(
        this, tr("Delete %1?").arg(key->name), text, tr("Delete"), QStringLiteral("confirmDelete"), [this, key] {
            startJob(new DeleteKeyJob(*key, this), this, [this, name = key->name](DeleteKeyJob *deleted) {
                if (deleted->failed()) {
                    fail(deleted->error());
                    return;
                }
                done(tr("Deleted %1.").arg(name));
                if (!deleted->keychainNote().isEmpty())
                    m_banner->showNote(
                        tr("Its passphrase could not be removed from the keychain: %1").arg(deleted->keychainNote()));
            });
        });
}

void KeysPage::registerWith(const QString &sourceName)
{
    const auto key = current();
    if (!key)
        return;
    auto *job = new RegisterKeyJob(m_context->registry(), sourceName, *key, this);
    connect(job, &Job::progress, m_status, &QLabel::setText);
    startJob(job, this, [this, sourceName, name = key->name](RegisterKeyJob *registered) {
        if (registered->failed()) {
            fail(registered->error());
            return;
        }
        done(tr("Registered %1 with %2.").arg(name, sourceName));
    });
}

void KeysPage::unregisterFrom(const QString &sourceName)
{
    const auto key = current();
    if (!key || !key->publicKey)
        return;
    const QString fingerprint = key->publicKey->fingerprint();
    const QString text = tr("Remove %1 (%2) from the keys %3 knows? Its workspaces stop letting you in with "
                            "this key; the key itself stays in %4.")
                             .arg(key->name, fingerprint, sourceName, KeyStore().sshDir());
    askBeforeDestroying(this, tr("Remove %1 from %2?").arg(key->name, sourceName), text, tr("Remove"),
                        QStringLiteral("confirmUnregister"), [this, sourceName, fingerprint, name = key->name] {
                            auto *job = new UnregisterKeyJob(m_context->registry(), sourceName, fingerprint, this);
                            connect(job, &Job::progress, m_status, &QLabel::setText);
                            startJob(job, this, [this, sourceName, name](UnregisterKeyJob *removed) {
                                if (removed->failed()) {
                                    fail(removed->error());
                                    return;
                                }
                                done(tr("Removed %1 from %2.").arg(name, sourceName));
                            });
                        });
}

} // namespace keyport
