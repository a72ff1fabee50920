#include "settingspage.h"

#include "appcontext.h"
#include "errorbanner.h"

#include "identity/keystore.h"
#include "launch/launcher.h"
#include "sshconfig/managedconfig.h"
#include "workspace/registry.h"

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
    for (const Terminal &t : detectTerminals())
        m_terminal->addItem(QStringLiteral("%1 (%2)").arg(t.id, t.program), t.id);
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
    m_keepProxies = new QCheckBox(tr("Keep proxies running in the tray when the window is closed"), this);
    named(m_keepProxies, QStringLiteral("keepProxies"), tr("Keep proxies running"));
    form->addRow(tr("Closing:"), m_keepProxies);
    l->addStretch();

    for (QComboBox *c : { m_terminal, m_editor, m_key, m_language })
        connect(c, &QComboBox::currentIndexChanged, this, &SettingsPage::save);
    connect(m_template, &QLineEdit::editingFinished, this, &SettingsPage::save);
    connect(m_lifetime, &QSpinBox::valueChanged, this, &SettingsPage::save);
    for (QCheckBox *c : { m_forwarding, m_keepProxies })
        connect(c, &QCheckBox::toggled, this, &SettingsPage::save);
    connect(m_integration, &QCheckBox::clicked, this, &SettingsPage::setIntegration);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            m_banner->showNote(tr("The language changes the next time Keyport starts."));
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
    showEditorFound();
    m_key->clear();
    m_key->addItem(tr("(none: ssh's defaults)"), QString());
    for (const KeyInfo &k : KeyStore().discover())
        m_key->addItem(k.name, k.path);
    m_key->setCurrentIndex(qMax(0, m_key->findData(s.defaultKey)));
    m_lifetime->setValue(s.agentLifetimeMinutes);
    m_integration->setChecked(ManagedSshConfig(m_context->cliPath()).isIncluded());
    m_forwarding->setChecked(s.agentForwardingDefault);
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    m_keepProxies->setChecked(s.keepProxiesOnClose);
    m_template->setEnabled(m_terminal->currentData().toString() == QLatin1String("custom"));
    m_loading = false;
}

void SettingsPage::save()
{
    if (m_loading)
        return;
    m_context->updateSettings([this](AppSettings &s) {
        s.terminal = m_terminal->currentData().toString();
        s.terminalTemplate = m_template->text();
        s.editor = m_editor->currentData().toString();
        s.defaultKey = m_key->currentData().toString();
        s.agentLifetimeMinutes = m_lifetime->value();
        s.agentForwardingDefault = m_forwarding->isChecked();
        s.language = m_language->currentData().toString();
        s.keepProxiesOnClose = m_keepProxies->isChecked();
    });
    m_template->setEnabled(m_terminal->currentData().toString() == QLatin1String("custom"));
    showEditorFound();
}

void SettingsPage::showEditorFound()
{
    const auto found = findEditor(m_context->settings().editor);
    m_editorFound->setText(found ? tr("Found at %1").arg(*found) : found.error().message);
}

void SettingsPage::setIntegration(bool on)
{
    // Nothing is written before the person has seen the change.
    m_integration->setChecked(!on);
    const ManagedSshConfig config(m_context->cliPath());
    auto plan = on ? config.planWrite(SourceRegistry::cached(), true) : config.planRemove();
    if (!plan) {
        m_banner->showError(plan.error());
        return;
    }
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Change your ssh config?"),
                                on ? tr("Keyport will add this line at the top of %1 and write its hosts to %2. "
                                        "Everything else stays as it is; a backup is kept.\n\n%3")
                                         .arg(config.userConfigPath(), config.managedPath(), config.includeLine())
                                   : tr("Keyport will remove its Include line from %1 and delete %2.")
                                         .arg(config.userConfigPath(), config.managedPath()),
                                QMessageBox::Apply | QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("integrationPreview"));
    ask->setDetailedText(ManagedSshConfig::diff(*plan));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowModality(Qt::WindowModal);
    connect(ask, &QMessageBox::finished, this, [this, ask, on, config, plan = *plan] {
        if (ask->clickedButton() != ask->button(QMessageBox::Apply))
            return;
        if (auto ok = config.apply(plan); !ok) {
            m_banner->showError(ok.error());
            return;
        }
        m_context->updateSettings([on](AppSettings &s) { s.sshConfigIntegration = on; });
        m_integration->setChecked(on);
        m_banner->showNote(on ? tr("ssh, scp, rsync and editors now know your workspaces by name.")
                              : tr("Removed Keyport's Include line."));
    });
    ask->open();
}

} // namespace keyport
