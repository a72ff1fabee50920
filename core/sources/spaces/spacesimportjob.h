#pragma once

#include "workspace/addsourcejob.h"

namespace keyport {

// The spaces CLI's own session file, as it keeps it.
struct SpacesSession {
    QString baseUrl;
    QString email;
    QByteArray sessionToken;
};

namespace spacessession {
// $SPACES_SESSION_FILE, else $SPACES_CONFIG_DIR/session.json, else ~/.config/spaces/session.json.
QString defaultPath();
// Reads it with the CLI's own checks: no symlink, mode 0600 or stricter,
// owned by this user, in a folder others cannot write to. Blocking.
Result<SpacesSession> read(const QString &path);
} // namespace spacessession

// `keyport-cli sources import-spaces [PATH]`: takes over the spaces CLI's
// session as a spaces source (`config`: its name and entry host settings;
// URL and e-mail come from the session), through AddSourceJob: listed once
// before anything is stored; the token goes to the keychain.
class SpacesImportJob : public Job {
    Q_OBJECT
public:
    SpacesImportJob(SourceRegistry *registry, QString path, SourceConfig config, QObject *parent = nullptr);
    const SourceConfig &config() const { return m_config; }

protected:
    void run() override;

private:
    SourceRegistry *m_registry;
    QString m_path;
    SourceConfig m_config;
};

} // namespace keyport
