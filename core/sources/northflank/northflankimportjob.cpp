#include "northflankimportjob.h"

#include "common/atomicfile.h"
#include "common/paths.h"
#include "common/secret.h"
#include "common/text.h"
#include "sources/northflank/northflanksource.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace keyport {

namespace {

constexpr qint64 kMaxFile = 1 << 20;

// The file as JSON, after the checks: a regular file of this user.
Result<QJsonObject> readFile(const QString &path)
{
#ifndef Q_OS_WIN
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return Error(ErrorCode::NotFound, NorthflankImportJob::tr("There is no Northflank CLI login at %1 (log in "
                                                                  "with `northflank login` first, or give the path).")
                                              .arg(path));
    if (!S_ISREG(st.st_mode))
        return Error(ErrorCode::PermissionDenied,
                     NorthflankImportJob::tr("%1 is not taken over: it is not a regular file.").arg(path));
    if (st.st_uid != ::getuid())
        return Error(ErrorCode::PermissionDenied,
                     NorthflankImportJob::tr("%1 is not taken over: another user owns it.").arg(path));
#endif
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::PermissionDenied,
                     NorthflankImportJob::tr("Cannot read %1: %2").arg(path, f.errorString()));
    QByteArray data = f.read(kMaxFile);
    QJsonParseError parsed {};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parsed);
    wipe(data);
    if (!doc.isObject())
        return Error(
            ErrorCode::BadFormat,
            NorthflankImportJob::tr("%1 is not a Northflank CLI login file (it is not JSON Keyport reads).").arg(path),
            parsed.errorString());
    return doc.object();
}

} // namespace

QString northflanklogin::defaultPath()
{
    return QDir(paths::home()).filePath(QStringLiteral(".northflank/config.json"));
}

Result<NorthflankLogin> northflanklogin::read(const QString &path)
{
    auto file = readFile(path);
    if (!file)
        return file.error();
    const QString current = file->value(QStringLiteral("current")).toString();
    for (const QJsonValue &v : file->value(QStringLiteral("contexts")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("name")).toString() != current)
            continue;
        NorthflankLogin login { current, c.value(QStringLiteral("host")).toString(),
                                c.value(QStringLiteral("token")).toString().toUtf8() };
        if (login.host.isEmpty())
            login.host = QString::fromLatin1(NorthflankSource::kDefaultUrl);
        if (login.token.isEmpty())
            return Error(ErrorCode::NotFound,
                         NorthflankImportJob::tr("The current context \"%1\" of %2 holds no token (it was taken over "
                                                 "already, or logged out): log in with `northflank login` again.")
                             .arg(printable(current, 80), path));
        return login;
    }
    return Error(ErrorCode::NotFound, NorthflankImportJob::tr("%1 has no current context to take over: log in with "
                                                              "`northflank login` first.")
                                          .arg(path));
}

Status northflanklogin::removeToken(const QString &path, const QString &context)
{
    auto file = readFile(path);
    if (!file)
        return file.error();
    QJsonArray contexts = file->value(QStringLiteral("contexts")).toArray();
    bool removed = false;
    for (qsizetype i = 0; i < contexts.size(); ++i) {
        QJsonObject c = contexts[i].toObject();
        if (c.value(QStringLiteral("name")).toString() == context && c.contains(QStringLiteral("token"))) {
            c.remove(QStringLiteral("token"));
            contexts[i] = c;
            removed = true;
        }
    }
    if (!removed)
        return {};
    (*file)[QStringLiteral("contexts")] = contexts;
    return writeFileAtomically(path, QJsonDocument(*file).toJson(QJsonDocument::Indented), FileMode::Private,
                               Overwrite::Replace);
}

NorthflankImportJob::NorthflankImportJob(SourceRegistry *registry, QString path, SourceConfig config,
                                         Ask askToRemoveToken, QObject *parent)
    : Job(parent)
    , m_registry(registry)
    , m_path(std::move(path))
    , m_config(std::move(config))
    , m_ask(std::move(askToRemoveToken))
{
    m_config.kind = QStringLiteral("northflank");
}

void NorthflankImportJob::run()
{
    const QString path = m_path;
    follow(new TaskJob<NorthflankLogin>([path] { return northflanklogin::read(path); }, this),
           [this](TaskJob<NorthflankLogin> *read) {
               if (read->failed()) {
                   finish(read->error());
                   return;
               }
               NorthflankLogin login = read->value();
               m_context = login.context;
               m_config.url = login.host;
               auto *add = new AddSourceJob(m_registry, m_config, login.token, this);
               wipe(login.token);
               connect(add, &Job::progress, this, &Job::progress);
               follow(add, [this](AddSourceJob *added) {
                   if (added->failed()) {
                       finish(added->error());
                       return;
                   }
                   m_imported = true;
                   offerToRemoveToken();
               });
           });
}

void NorthflankImportJob::offerToRemoveToken()
{
    if (!m_ask) {
        finish();
        return;
    }
    QPointer<NorthflankImportJob> self(this);
    m_ask(this, [self](bool yes) {
        if (!self || self->isFinished())
            return;
        if (!yes) {
            self->finish();
            return;
        }
        const QString path = self->m_path, context = self->m_context;
        self->follow(new TaskJob<void>([path, context] { return northflanklogin::removeToken(path, context); }),
                     [self](TaskJob<void> *removed) {
                         self->m_removedToken = !removed->failed();
                         self->finish(removed->error());
                     });
    });
}

} // namespace keyport
