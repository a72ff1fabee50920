#include "paths.h"

#include "log.h"
#include "result.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

#ifndef Q_OS_WIN
#include <pwd.h>
#include <unistd.h>
#endif

namespace keyport::paths {

KEYPORT_NAMESPACE_TR("keyport::paths")

namespace {

// Keyport 0.1 kept its files one level deeper (organisation and application
// were both "keyport"). Moves them up once; anything already at the new
// place wins, and nothing is deleted.
void moveUpFromNested(const QString &dir)
{
    const QString nested = QDir(dir).filePath(QStringLiteral("keyport"));
    if (!QFileInfo(nested).isDir() || QFileInfo(nested).isSymLink())
        return;
    const QDir from(nested);
    bool all = true;
    for (const QString &name : from.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString target = QDir(dir).filePath(name);
        if (QFileInfo::exists(target) || !QFile::rename(from.filePath(name), target)) {
            qCWarning(lcCommon) << "left" << from.filePath(name) << "where it is:" << target << "exists or is busy";
            all = false;
        }
    }
    if (all)
        QDir(dir).rmdir(QStringLiteral("keyport"));
}

QString ownDir(QStandardPaths::StandardLocation base, bool *migrated)
{
    static QMutex lock;
    const QString dir = QDir(QStandardPaths::writableLocation(base)).filePath(QStringLiteral("keyport"));
    const QMutexLocker locked(&lock);
    if (!*migrated) {
        *migrated = true;
        moveUpFromNested(dir);
    }
    return dir;
}

} // namespace

QString home()
{
    return QDir::homePath();
}

QString sshDir()
{
    return QDir(home()).filePath(QStringLiteral(".ssh"));
}

bool ensureSshDir(QString *errorMessage)
{
    const QString dir = sshDir();
    QDir d(dir);
    if (!d.exists() && !QDir().mkpath(dir)) {
        if (errorMessage)
            *errorMessage = tr("Cannot create %1: check that your home directory is writable.").arg(dir);
        return false;
    }
    const auto wanted = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    if (QFile::permissions(dir) != (wanted | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser)) {
        // OpenSSH refuses keys in a group/world-accessible ~/.ssh in places: keep it 0700.
        if (!QFile::setPermissions(dir, wanted)) {
            if (errorMessage)
                *errorMessage = tr("Cannot set permissions 0700 on %1.").arg(dir);
            return false;
        }
    }
    return true;
}

QString userName()
{
#ifndef Q_OS_WIN
    if (const passwd *pw = getpwuid(getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

QString configDir()
{
    static bool migrated = false;
    return ownDir(QStandardPaths::GenericConfigLocation, &migrated);
}

QString stateDir()
{
    static bool migrated = false;
    const bool first = !migrated;
    const QString dir = ownDir(QStandardPaths::GenericDataLocation, &migrated);
    // 0.1's cache had the same name as the workspace settings.
    const QString oldCache = QDir(dir).filePath(QStringLiteral("workspaces.json"));
    if (first && QFileInfo::exists(oldCache))
        QFile::rename(oldCache, QDir(dir).filePath(QStringLiteral("workspace-cache.json")));
    return dir;
}

QString settingsPath()
{
    return QDir(configDir()).filePath(QStringLiteral("settings.json"));
}

QString sourcesPath()
{
    return QDir(configDir()).filePath(QStringLiteral("sources.json"));
}

QString workspaceSettingsPath()
{
    return QDir(configDir()).filePath(QStringLiteral("workspaces.json"));
}

QString workspaceCachePath()
{
    return QDir(stateDir()).filePath(QStringLiteral("workspace-cache.json"));
}

QString sandboxDir()
{
    return QDir(stateDir()).filePath(QStringLiteral("sandbox"));
}

bool homeIsPasswdHome()
{
#ifndef Q_OS_WIN
    if (const passwd *pw = getpwuid(getuid()))
        return QDir(QString::fromLocal8Bit(pw->pw_dir)).canonicalPath() == QDir(home()).canonicalPath();
#endif
    return true;
}

QStringList sshConfigArgs()
{
    if (homeIsPasswdHome() || !QFile::exists(QDir(sshDir()).filePath(QStringLiteral("config"))))
        return {};
    return { QStringLiteral("-F"), QDir(sshDir()).filePath(QStringLiteral("config")) };
}

} // namespace keyport::paths
