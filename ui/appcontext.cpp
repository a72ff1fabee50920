#include "appcontext.h"

#include "common/job.h"
#include "common/paths.h"
#include "launch/sshcommand.h"
#include "proxy/proxymanager.h"
#include "workspace/registry.h"

#include <QFile>
#include <QInputDialog>
#include <QLineEdit>

namespace keyport {

AppContext::AppContext(QObject *parent)
    : QObject(parent)
    , m_registry(new SourceRegistry(this))
    , m_proxies(new ProxyManager(m_registry, this))
    , m_cliPath(sshcommand::siblingCliPath())
{
    reloadSettings();
    connect(m_registry, &SourceRegistry::changed, this, &AppContext::sourcesChanged);
}

void AppContext::reloadSettings()
{
    auto loaded = AppSettings::load();
    m_settingsError = loaded ? Error() : loaded.error();
    m_settings = loaded.value_or(AppSettings {});
    Q_EMIT settingsChanged();
}

void AppContext::fileMovedAside(const QString &path)
{
    if (path == paths::settingsPath())
        reloadSettings();
    if (path == paths::sourcesPath())
        m_registry->reload();
    Q_EMIT sourcesChanged(); // lists are read again
}

void AppContext::updateSettings(const std::function<void(AppSettings &)> &change)
{
    change(m_settings);
    Q_EMIT settingsChanged();
    if (m_settingsError.isError()) {
        Q_EMIT settingsFailed(m_settingsError);
        return;
    }
    m_unsaved << change;
    saveSettings();
}

// One save at a time, each applying every change made since the last one to
// what is on disk then: two quick changes never race each other.
void AppContext::saveSettings()
{
    if (m_saving || m_unsaved.isEmpty())
        return;
    m_saving = true;
    const QList<std::function<void(AppSettings &)>> changes = std::exchange(m_unsaved, {});
    auto *save = new TaskJob<AppSettings>(
        [changes]() -> Result<AppSettings> {
            auto current = AppSettings::load();
            if (!current)
                return current.error();
            for (const auto &change : changes)
                change(*current);
            if (auto ok = current->save(); !ok)
                return ok.error();
            return current;
        },
        this);
    startJob(save, this, [this](TaskJob<AppSettings> *saved) {
        m_saving = false;
        if (saved->failed()) {
            Q_EMIT settingsFailed(saved->error());
        } else if (m_unsaved.isEmpty()) {
            m_settings = saved->value(); // with what others changed on disk meanwhile
            Q_EMIT settingsChanged();
        }
        saveSettings();
    });
}

PassphrasePrompt AppContext::passphrasePrompt(QWidget *parent, std::function<void(QDialog *)> shown) const
{
    return [parent, shown](const KeyInfo &key, const QString &reason,
                           std::function<void(std::optional<QByteArray>)> reply) {
        auto *dialog = new QInputDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Passphrase for %1").arg(key.name));
        dialog->setLabelText(reason.isEmpty() ? tr("Enter the passphrase of %1:").arg(key.name) : reason);
        dialog->setTextEchoMode(QLineEdit::Password);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setAccessibleName(tr("Passphrase"));
        // Exactly one reply, whichever way the dialog ends.
        auto answered = std::make_shared<bool>(false);
        connect(dialog, &QInputDialog::textValueSelected, dialog, [reply, answered](const QString &text) {
            if (!std::exchange(*answered, true))
                reply(text.toUtf8());
        });
        connect(dialog, &QDialog::finished, dialog, [reply, answered](int) {
            if (!std::exchange(*answered, true))
                reply(std::nullopt);
        });
        if (shown)
            shown(dialog);
        dialog->open();
    };
}

QIcon AppContext::icon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    if (QFile::exists(path))
        return QIcon(path);
    return QIcon::fromTheme(name);
}

} // namespace keyport
