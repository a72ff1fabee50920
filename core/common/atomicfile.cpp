#include "atomicfile.h"

#include "log.h"
#include "text.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>

#ifdef Q_OS_WIN
#include <QFile>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace keyport {

namespace {

Error ioError(const QString &path, int err)
{
#ifdef EDQUOT
    const bool quota = err == EDQUOT;
#else
    const bool quota = false;
#endif
    if (err == ENOSPC || quota || err == EFBIG)
        return Error(
            ErrorCode::Io,
            tr("Not enough space to write %1: free some disk space and try again; nothing was changed.").arg(path),
            systemErrorText(err));
    if (err == EACCES || err == EPERM || err == EROFS)
        return Error(ErrorCode::PermissionDenied, tr("Cannot write %1: permission denied.").arg(path),
                     systemErrorText(err));
    return Error(ErrorCode::Io, tr("Cannot write %1.").arg(path), systemErrorText(err));
}

QString tempNameFor(const QString &path)
{
    const QFileInfo fi(path);
    return fi.dir().filePath(QStringLiteral(".%1.keyport-%2.tmp")
                                 .arg(fi.fileName())
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

} // namespace

#ifndef Q_OS_WIN
Status writeFileAtomically(const QString &path, const QByteArray &data, FileMode mode, Overwrite overwrite)
{
    const QByteArray target = QFile::encodeName(path);
    if (overwrite == Overwrite::NoReplace && ::access(target.constData(), F_OK) == 0)
        return Error(ErrorCode::AlreadyExists, tr("%1 already exists; Keyport never overwrites a key file.").arg(path));

    const QByteArray tmp = QFile::encodeName(tempNameFor(path));
    const mode_t perm = mode == FileMode::Private ? 0600 : 0644;
    // O_EXCL + the final mode at creation: no window in which the secret is readable.
    int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, perm);
    if (fd < 0)
        return ioError(path, errno);
    if (::fchmod(fd, perm) != 0) { // umask may have narrowed it; never widened
        const int err = errno;
        ::close(fd);
        ::unlink(tmp.constData());
        return ioError(path, err);
    }
    qsizetype off = 0;
    while (off < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + off, size_t(data.size() - off));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            ::unlink(tmp.constData());
            return ioError(path, err);
        }
        off += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.constData());
        return ioError(path, err);
    }
    if (overwrite == Overwrite::NoReplace) {
        // link() fails with EEXIST rather than replacing: no check-then-write race.
        if (::link(tmp.constData(), target.constData()) != 0) {
            const int err = errno;
            ::unlink(tmp.constData());
            if (err == EEXIST)
                return Error(ErrorCode::AlreadyExists,
                             tr("%1 already exists; Keyport never overwrites a key file.").arg(path));
            return ioError(path, err);
        }
        ::unlink(tmp.constData());
    } else if (::rename(tmp.constData(), target.constData()) != 0) {
        const int err = errno;
        ::unlink(tmp.constData());
        return ioError(path, err);
    }
    return {};
}
#else
Status writeFileAtomically(const QString &path, const QByteArray &data, FileMode, Overwrite overwrite)
{
    if (overwrite == Overwrite::NoReplace && QFileInfo::exists(path))
        return Error(ErrorCode::AlreadyExists, tr("%1 already exists; Keyport never overwrites a key file.").arg(path));
    const QString tmp = tempNameFor(path);
    // %USERPROFILE%\.ssh inherits an owner-only ACL; the temp file gets it from its directory.
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error(ErrorCode::Io, tr("Cannot write %1.").arg(path), f.errorString());
    if (f.write(data) != data.size() || !f.flush()) {
        const QString why = f.errorString();
        f.close();
        f.remove();
        return Error(ErrorCode::Io, tr("Cannot write %1.").arg(path), why);
    }
    f.close();
    const DWORD flags = MOVEFILE_WRITE_THROUGH | (overwrite == Overwrite::Replace ? MOVEFILE_REPLACE_EXISTING : 0);
    if (!MoveFileExW(reinterpret_cast<LPCWSTR>(tmp.utf16()), reinterpret_cast<LPCWSTR>(path.utf16()), flags)) {
        QFile::remove(tmp);
        return Error(ErrorCode::Io, tr("Cannot write %1.").arg(path));
    }
    return {};
}
#endif

} // namespace keyport
