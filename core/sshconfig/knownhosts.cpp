#include "knownhosts.h"

#include "common/atomicfile.h"
#include "common/paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace keyport {

KnownHosts::KnownHosts(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{
}

QString KnownHosts::defaultPath()
{
    return QDir(paths::sshDir()).filePath(QStringLiteral("keyport/known_hosts"));
}

namespace {
QList<QByteArray> readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().split('\n');
}

bool lineIsFor(const QByteArray &line, const QString &alias)
{
    const QByteArray host = line.trimmed().split(' ').value(0);
    for (const QByteArray &h : host.split(','))
        if (QString::fromUtf8(h) == alias)
            return true;
    return false;
}
} // namespace

std::optional<PublicKey> KnownHosts::pinned(const QString &alias) const
{
    for (const QByteArray &line : readLines(m_path)) {
        if (line.trimmed().startsWith('#') || !lineIsFor(line, alias))
            continue;
        const QByteArray rest = line.trimmed().mid(line.trimmed().indexOf(' ') + 1);
        auto key = PublicKey::fromOpenSshLine(rest);
        if (key)
            return *key;
    }
    return std::nullopt;
}

Status KnownHosts::pin(const QString &alias, const PublicKey &key) const
{
    QByteArray out;
    for (const QByteArray &line : readLines(m_path))
        if (!line.isEmpty() && !lineIsFor(line, alias))
            out += line + '\n';
    out += alias.toUtf8() + ' ' + key.toOpenSshLine({});
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return writeFileAtomically(m_path, out, FileMode::Public, Overwrite::Replace);
}

Status KnownHosts::unpin(const QString &alias) const
{
    QByteArray out;
    bool changed = false;
    for (const QByteArray &line : readLines(m_path)) {
        if (line.isEmpty())
            continue;
        if (lineIsFor(line, alias)) {
            changed = true;
            continue;
        }
        out += line + '\n';
    }
    return changed ? writeFileAtomically(m_path, out, FileMode::Public, Overwrite::Replace) : Status();
}

Status KnownHosts::check(const QString &alias, const PublicKey &offered) const
{
    const auto pin = pinned(alias);
    if (!pin)
        return Error(ErrorCode::NotFound, tr("No host key is pinned for %1 yet.").arg(alias));
    if (*pin == offered)
        return {};
    return Error(ErrorCode::PermissionDenied,
                 tr("The host key of %1 has changed: expected %2 %3, but the server offered %4 %5. "
                    "The pin is in %6. This can mean the workspace was rebuilt, or that someone is "
                    "intercepting the connection; check with its owner before running "
                    "`keyport-cli trust %1 --replace`.")
                     .arg(alias, algorithmDisplayName(pin->algorithm()), pin->fingerprint(),
                          algorithmDisplayName(offered.algorithm()), offered.fingerprint(), m_path));
}

} // namespace keyport
