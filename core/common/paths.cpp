#include "paths.h"

#include "result.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#ifndef Q_OS_WIN
#include <pwd.h>
#include <unistd.h>
#endif

namespace keyport::paths {

KEYPORT_NAMESPACE_TR("keyport::paths")

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

QString configDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

} // namespace keyport::paths

namespace keyport::paths {
QString stateDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
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
