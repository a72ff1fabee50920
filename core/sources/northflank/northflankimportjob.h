#pragma once

#include "workspace/addsourcejob.h"

#include <functional>

namespace keyport {

// The current context of the Northflank CLI's own login file
// (~/.northflank/config.json, protocols.md "The CLI"), as it keeps it.
struct NorthflankLogin {
    QString context; // its name there
    QString host; // the API
    QByteArray token;
};

namespace northflanklogin {
QString defaultPath();
// The current context, with its token. Refused when another user owns the
// file or it is not a regular file. Blocking.
Result<NorthflankLogin> read(const QString &path);
// Takes the token out of `context` in the file, keeping everything else
// (other contexts, the current one's name and host), written atomically and
// readable by this user only. Blocking.
Status removeToken(const QString &path, const QString &context);
} // namespace northflanklogin

// `keyport-cli sources import-northflank [PATH]` and the app's import: the
// CLI's current login as a Northflank source (`config`: its name, team and
// login user; URL and token come from the file), through AddSourceJob: listed
// once before anything is stored, the token into the keychain. Keyport never
// reads the file again. Then `askToRemoveToken` asks (the CLI at the terminal
// or by its flags, the app with a dialog) whether the token goes from the
// file too: yes removes it there (removeToken()); no leaves the file alone.
class NorthflankImportJob : public Job {
    Q_OBJECT
public:
    using Answer = std::function<void(bool yes)>;
    using Ask = std::function<void(NorthflankImportJob *, Answer)>;
    NorthflankImportJob(SourceRegistry *registry, QString path, SourceConfig config, Ask askToRemoveToken,
                        QObject *parent = nullptr);
    const SourceConfig &config() const { return m_config; }
    const QString &path() const { return m_path; }
    // The context taken over, once read.
    const QString &context() const { return m_context; }
    // The source was added (also when removing the token then failed).
    bool imported() const { return m_imported; }
    bool removedToken() const { return m_removedToken; }

protected:
    void run() override;

private:
    void offerToRemoveToken();
    SourceRegistry *m_registry;
    QString m_path;
    SourceConfig m_config;
    Ask m_ask;
    QString m_context;
    bool m_imported = false;
    bool m_removedToken = false;
};

} // namespace keyport
