#pragma once

#include "common/settings.h"
#include "identity/unlockkeyjob.h"

#include <QIcon>
#include <QObject>

class QDialog;
class QWidget;

namespace keyport {

class SourceRegistry;
class ProxyManager;

// What the pages of the window share: the sources, the running proxies and
// the user's settings. One per window; owns the first two.
class AppContext : public QObject {
    Q_OBJECT
public:
    explicit AppContext(QObject *parent = nullptr);

    SourceRegistry *registry() const { return m_registry; }
    ProxyManager *proxies() const { return m_proxies; }
    const AppSettings &settings() const { return m_settings; }
    // Set when settings.json could not be read: the defaults are in use and
    // nothing is saved over the file until it is fixed or moved aside.
    const Error &settingsError() const { return m_settingsError; }
    // Changes the settings at once and saves them off the GUI thread. The
    // change is applied again to what is on disk just then, so what the CLI
    // or a launch changed meanwhile survives: capture by value.
    void updateSettings(const std::function<void(AppSettings &)> &change);
    // Reads settings.json again (after it was moved aside, say).
    void reloadSettings();
    // A file of Keyport's was moved aside (ErrorBanner): read what it held afresh.
    void fileMovedAside(const QString &path);
    // The keyport-cli that ProxyCommand lines in the managed ssh config run.
    QString cliPath() const { return m_cliPath; }
    void setCliPath(const QString &path) { m_cliPath = path; }

    // Asks for a passphrase in a window-modal dialog, without blocking the
    // event loop; `shown` hears of each dialog (to close it when its job ends).
    PassphrasePrompt passphrasePrompt(QWidget *parent, std::function<void(QDialog *)> shown = {}) const;

    // An icon from resources/ (":/icons/<name>.svg"), or the theme's.
    static QIcon icon(const QString &name);

Q_SIGNALS:
    void settingsChanged();
    // Saving the settings failed (the disk is full, the file cannot be read).
    void settingsFailed(const keyport::Error &error);
    // Sources were added or removed: lists must be rebuilt.
    void sourcesChanged();

private:
    void saveSettings();
    SourceRegistry *m_registry;
    ProxyManager *m_proxies;
    AppSettings m_settings;
    Error m_settingsError;
    QList<std::function<void(AppSettings &)>> m_unsaved;
    bool m_saving = false;
    QString m_cliPath;
};

} // namespace keyport
