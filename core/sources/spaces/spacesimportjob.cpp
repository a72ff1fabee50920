#include "spacesimportjob.h"

#include "common/paths.h"
#include "common/secret.h"
#include "common/text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace keyport {

QString spacessession::defaultPath()
{
    if (qEnvironmentVariableIsSet("SPACES_SESSION_FILE"))
        return qEnvironmentVariable("SPACES_SESSION_FILE");
    if (qEnvironmentVariableIsSet("SPACES_CONFIG_DIR"))
        return QDir(qEnvironmentVariable("SPACES_CONFIG_DIR")).filePath(QStringLiteral("session.json"));
    return QDir(paths::home()).filePath(QStringLiteral(".config/spaces/session.json"));
}

Result<SpacesSession> spacessession::read(const QString &path)
{
    const auto refuse = [&path](const QString &why) {
        return Error(ErrorCode::PermissionDenied, SpacesImportJob::tr("%1 is not taken over: %2").arg(path, why));
    };
#ifndef Q_OS_WIN
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return Error(ErrorCode::NotFound, SpacesImportJob::tr("There is no spaces session at %1 (log in with the "
                                                              "spaces CLI first, or give the path).")
                                              .arg(path));
    if (S_ISLNK(st.st_mode))
        return refuse(SpacesImportJob::tr("it is a symbolic link."));
    if (!S_ISREG(st.st_mode))
        return refuse(SpacesImportJob::tr("it is not a regular file."));
    if (st.st_uid != ::getuid())
        return refuse(SpacesImportJob::tr("another user owns it."));
    if (st.st_mode & 077)
        return refuse(SpacesImportJob::tr("others can read or write it (run chmod 600 on it)."));
    struct stat dir {};
    if (::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &dir) == 0 && (dir.st_mode & 022))
        return refuse(SpacesImportJob::tr("others can write to its folder."));
#endif
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::PermissionDenied, SpacesImportJob::tr("Cannot read %1: %2").arg(path, f.errorString()));
    QByteArray data = f.read(1 << 20);
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    wipe(data);
    SpacesSession s;
    s.baseUrl = o.value(QStringLiteral("base_url")).toString();
    s.email = o.value(QStringLiteral("email")).toString();
    s.sessionToken = o.value(QStringLiteral("session_token")).toString().toUtf8();
    if (s.baseUrl.isEmpty() || s.sessionToken.isEmpty())
        return Error(ErrorCode::BadFormat,
                     SpacesImportJob::tr("%1 is not a spaces session (no base_url or session_token).").arg(path));
    return s;
}

SpacesImportJob::SpacesImportJob(SourceRegistry *registry, QString path, SourceConfig config, QObject *parent)
    : Job(parent)
    , m_registry(registry)
    , m_path(std::move(path))
    , m_config(std::move(config))
{
    m_config.kind = QStringLiteral("spaces");
}

void SpacesImportJob::run()
{
    const QString path = m_path;
    follow(new TaskJob<SpacesSession>([path] { return spacessession::read(path); }, this),
           [this](TaskJob<SpacesSession> *read) {
               if (read->failed()) {
                   finish(read->error());
                   return;
               }
               SpacesSession session = read->value();
               m_config.url = session.baseUrl;
               m_config.email = session.email;
               auto *add = new AddSourceJob(m_registry, m_config, session.sessionToken, this);
               add->setRedeemed(true); // a session token already, not an auth key
               wipe(session.sessionToken);
               connect(add, &Job::progress, this, &Job::progress);
               follow(add, [this](AddSourceJob *added) { finish(added->error()); });
           });
}

} // namespace keyport
