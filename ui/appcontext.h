#pragma once

#include "common/settings.h"
#include "identity/unlockkeyjob.h"

#include <QIcon>
#include <QObject>

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
    // Changes, saves and announces the settings.
    void updateSettings(const std::function<void(AppSettings &)> &change);
    // The keyport-cli that ProxyCommand lines in the managed ssh config run.
    QString cliPath() const { return m_cliPath; }
    void setCliPath(const QString &path) { m_cliPath = path; }

    // Asks for a passphrase in a window-modal dialog, without blocking the event loop.
    PassphrasePrompt passphrasePrompt(QWidget *parent) const;

    // An icon from resources/ (":/icons/<name>.svg"), or the theme's.
    static QIcon icon(const QString &name);

Q_SIGNALS:
    void settingsChanged();
    // Sources were added or removed: lists must be rebuilt.
    void sourcesChanged();

private:
    SourceRegistry *m_registry;
    ProxyManager *m_proxies;
    AppSettings m_settings;
    QString m_cliPath;
};

} // namespace keyport
