#include "settingspage.h"

#include "appcontext.h"
#include "errorbanner.h"

#include "identity/keystore.h"
#include "launch/launcher.h"
#include "launch/sshconfigjob.h"
#include "sshconfig/managedconfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace keyport {

SettingsPage::SettingsPage(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    auto *l = new QVBoxLayout(this);
    l->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Settings")), this));
    m_banner = new ErrorBanner(this);
    l->addWidget(m_banner);
    auto *form = new QFormLayout;
    l->addLayout(form);
    const auto named = [](QWidget *w, const QString &name, const QString &accessible) {
        w->setObjectName(name);
        w->setAccessibleName(accessible);
        return w;
    };

    m_terminal = new QComboBox(this);
    named(m_terminal, QStringLiteral("terminal"), tr("Terminal"));
    m_terminal->addItem(tr("Custom command…"), QStringLiteral("custom"));
    form->addRow(tr("&Terminal:"), m_terminal);
    m_template = new QLineEdit(this);
    named(m_template, QStringLiteral("terminalTemplate"), tr("Custom terminal command"));
    m_template->setPlaceholderText(QStringLiteral("myterm --title {title} -e {command}"));
    m_template->setToolTip(tr("No shell is involved: {command} becomes the ssh command's words, {title} and {alias} "
                              "one word each."));
    form->addRow(tr("Custom command:"), m_template);

    m_editor = new QComboBox(this);
    named(m_editor, QStringLiteral("editor"), tr("Default editor"));
    m_editor->addItem(QStringLiteral("VS Code"), QStringLiteral("code"));
    m_editor->addItem(QStringLiteral("Cursor"), QStringLiteral("cursor"));
    m_editor->addItem(QStringLiteral("VSCodium"), QStringLiteral("codium"));
    form->addRow(tr("&Editor for links:"), m_editor);
    m_editorFound = new QLabel(this);
    m_editorFound->setObjectName(QStringLiteral("editorFound"));
    m_editorFound->setWordWrap(true);
    form->addRow(QString(), m_editorFound);

    m_key = new QComboBox(this);
    named(m_key, QStringLiteral("defaultKey"), tr("Default key"));
    form->addRow(tr("Default &key:"), m_key);
    m_lifetime = new QSpinBox(this);
    named(m_lifetime, QStringLiteral("agentLifetime"), tr("Agent lifetime in minutes"));
    m_lifetime->setRange(0, 24 * 60);
    m_lifetime->setSuffix(tr(" min"));
    m_lifetime->setSpecialValueText(tr("until removed"));
    form->addRow(tr("Keys stay in the &agent for:"), m_lifetime);
    m_confirm = new QCheckBox(tr("Ask before the agent uses a key Keyport added (confirm each use)"), this);
    named(m_confirm, QStringLiteral("agentConfirm"), tr("Confirm each use of a key"));
    m_confirm->setToolTip(tr("ssh-agent then asks on screen (ssh-askpass) every time a key signs in; some agents, "
                             "such as gnome-keyring's, refuse such keys."));
    form->addRow(QString(), m_confirm);

    m_integration = new QCheckBox(tr("Add Keyport's hosts to ~/.ssh/config (one Include line)"), this);
    named(m_integration, QStringLiteral("integration"), tr("ssh config integration"));
    m_integration->setToolTip(
        tr("Lets ssh, scp, rsync and editors use workspace names directly. You see the change before it is written."));
    form->addRow(tr("ssh config:"), m_integration);
    m_forwarding = new QCheckBox(tr("Forward my agent when connecting"), this);
    named(m_forwarding, QStringLiteral("agentForwarding"), tr("Agent forwarding by default"));
    form->addRow(tr("Agent forwarding:"), m_forwarding);
    auto *why = new QLabel(tr("Off by default: anyone with root on a workspace can use a forwarded agent to log in "
                              "wherever your keys work, for as long as you are connected."),
                           this);
    why->setWordWrap(true);
    form->addRow(QString(), why);

    m_language = new QComboBox(this);
    named(m_language, QStringLiteral("language"), tr("Language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    form->addRow(tr("&Language:"), m_language);
    m_appearance = new QComboBox(this);
    named(m_appearance, QStringLiteral("appearance"), tr("Appearance"));
    m_appearance->addItem(tr("As the desktop"), QString());
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    form->addRow(tr("&Appearance:"), m_appearance);
    m_keepProxies = new QCheckBox(tr("Keep proxies running in the tray when the window is closed"), this);
    named(m_keepProxies, QStringLiteral("keepProxies"), tr("Keep proxies running"));
    form->addRow(tr("Closing:"), m_keepProxies);
    m_transfersAtOnce = new QSpinBox(this);
    named(m_transfersAtOnce, QStringLiteral("transfersAtOnce"), tr("Transfers at once"));
    m_transfersAtOnce->setRange(1, AppSettings::kMostTransfersAtOnce);
    m_transfersAtOnce->setToolTip(tr("How many copies of one Files window run at the same time; the others wait. "
                                     "Each copy already moves many files at once."));
    form->addRow(tr("&Transfers at once:"), m_transfersAtOnce);
    l->addStretch();

    for (QComboBox *c : { m_terminal, m_editor, m_key, m_language, m_appearance })
        connect(c, &QComboBox::currentIndexChanged, this, &SettingsPage::save);
    connect(m_template, &QLineEdit::editingFinished, this, &SettingsPage::save);
    connect(m_lifetime, &QSpinBox::valueChanged, this, &SettingsPage::save);
    connect(m_transfersAtOnce, &QSpinBox::valueChanged, this, &SettingsPage::save);
    for (QCheckBox *c : { m_forwarding, m_keepProxies, m_confirm })
        connect(c, &QCheckBox::toggled, this, &SettingsPage::save);
    connect(m_integration, &QCheckBox::clicked, this, &SettingsPage::setIntegration);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            m_banner->showNote(tr("The language changes the next time Keyport starts."));
    });
    // Finding terminals looks at the file system: off the GUI thread.
    startJob(new TaskJob<QList<Terminal>>([] { return Result(detectTerminals()); }, this), this,
             [this](TaskJob<QList<Terminal>> *found) {
                 const bool loading = std::exchange(m_loading, true);
                 int i = 0;
                 for (const Terminal &t : found->value())
                     m_terminal->insertItem(i++, QStringLiteral("%1 (%2)").arg(t.id, t.program), t.id);
                 m_loading = loading;
                 load();
             });
    load();
}

void SettingsPage::load()
{
    m_loading = true;
    const AppSettings &s = m_context->settings();
    const int t = m_terminal->findData(s.terminal);
    m_terminal->setCurrentIndex(t >= 0 ? t : 0);
    m_template->setText(s.terminalTemplate);
    m_editor->setCurrentIndex(qMax(0, m_editor->findData(s.editor)));
    m_lifetime->setValue(s.agentLifetimeMinutes);
    m_confirm->setChecked(s.agentConfirm);
    m_forwarding->setChecked(s.agentForwardingDefault);
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(s.appearance)));
    m_keepProxies->setChecked(s.keepProxiesOnClose);
    m_transfersAtOnce->setValue(s.transfersAtOnce);
    m_template->setEnabled(m_terminal->currentData().toString() == QLatin1String("custom"));
    m_loading = false;
    if (m_context->settingsError().isError())
        m_banner->showError(m_context->settingsError());
    showEditorFound();
    // Keys and the ssh config are files: read them off the GUI thread.
    struct Files {
        QList<KeyInfo> keys;
        bool included = false;
    };
    const QString cli = m_context->cliPath();
    auto *read = new TaskJob<Files>(
        [cli] {
            return Result(Files { KeyStore().discover(), ManagedSshConfig(cli).isIncluded() });
        },
        this);
    startJob(read, this, [this](TaskJob<Files> *files) {
        const bool loading = std::exchange(m_loading, true);
        m_key->clear();
        m_key->addItem(tr("(none: ssh's defaults)"), QString());
        for (const KeyInfo &k : files->value().keys)
            m_key->addItem(k.name, k.path);
        m_key->setCurrentIndex(qMax(0, m_key->findData(m_context->settings().defaultKey)));
        m_integration->setChecked(files->value().included);
        m_loading = loading;
    });
}

void SettingsPage::save()
{
    if (m_loading)
        return;
    const QString terminal = m_terminal->currentData().toString(), templ = m_template->text(),
                  editor = m_editor->currentData().toString(), key = m_key->currentData().toString(),
                  language = m_language->currentData().toString(), appearance = m_appearance->currentData().toString();
    const int lifetime = m_lifetime->value(), atOnce = m_transfersAtOnce->value();
    const bool forwarding = m_forwarding->isChecked(), keep = m_keepProxies->isChecked(),
               confirm = m_confirm->isChecked();
    const bool forwardingChanged = forwarding != m_context->settings().agentForwardingDefault;
    m_context->updateSettings([=](AppSettings &s) {
        s.terminal = terminal;
        s.terminalTemplate = templ;
        s.editor = editor;
        s.defaultKey = key;
        s.agentLifetimeMinutes = lifetime;
        s.agentConfirm = confirm;
        s.agentForwardingDefault = forwarding;
        s.language = language;
        s.appearance = appearance;
        s.keepProxiesOnClose = keep;
        s.transfersAtOnce = atOnce;
    });
    // Workspaces without their own setting follow the default: their ssh config changes.
    if (forwardingChanged)
        Q_EMIT m_context->sourcesChanged();
    m_template->setEnabled(m_terminal->currentData().toString() == QLatin1String("custom"));
    showEditorFound();
}

void SettingsPage::showEditorFound()
{
    const QString editor = m_context->settings().editor;
    startJob(
        new TaskJob<QString>([editor] { return findEditor(editor); }, this), this, [this](TaskJob<QString> *found) {
            m_editorFound->setText(found->failed() ? found->error().message : tr("Found at %1").arg(found->value()));
        });
}

void SettingsPage::setIntegration(bool on)
{
    // Nothing is written before the person has seen the change.
    m_integration->setChecked(!on);
    SshConfigJob::Options options;
    options.cliPath = m_context->cliPath();
    options.remove = !on;
    options.include = on;
    options.dryRun = true;
    startJob(new SshConfigJob(m_context->registry(), options, this), this, [this, on, options](SshConfigJob *planned) {
        if (planned->failed()) {
            m_banner->showError(planned->error());
            return;
        }
        auto *ask =
            new QMessageBox(QMessageBox::Question, tr("Change your ssh config?"),
                            on ? tr("Keyport will add this line at the top of %1 and write its hosts to %2. "
                                    "Everything else stays as it is; a backup is kept.\n\n%3")
                                     .arg(planned->userConfigPath(), planned->managedPath(), planned->includeLine())
                               : tr("Keyport will remove its Include line from %1 and delete %2.")
                                     .arg(planned->userConfigPath(), planned->managedPath()),
                            QMessageBox::Apply | QMessageBox::Cancel, this);
        ask->setObjectName(QStringLiteral("integrationPreview"));
        ask->setDetailedText(planned->diff());
        ask->setAttribute(Qt::WA_DeleteOnClose);
        ask->setWindowModality(Qt::WindowModal);
        connect(ask, &QMessageBox::finished, this, [this, ask, on, options] {
            if (ask->clickedButton() != ask->button(QMessageBox::Apply))
                return;
            SshConfigJob::Options apply = options;
            apply.dryRun = false;
            startJob(new SshConfigJob(m_context->registry(), apply, this), this, [this, on](SshConfigJob *applied) {
                if (applied->failed()) {
                    m_banner->showError(applied->error());
                    return;
                }
                m_context->updateSettings([on](AppSettings &s) { s.sshConfigIntegration = on; });
                m_integration->setChecked(on);
                m_banner->showNote(on ? tr("ssh, scp, rsync and editors now know your workspaces by name.")
                                      : tr("Removed Keyport's Include line."));
            });
        });
        ask->open();
    });
}

} // namespace keyport
