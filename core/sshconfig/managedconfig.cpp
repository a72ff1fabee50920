#include "managedconfig.h"

#include "sshconfigreader.h"

#include "common/atomicfile.h"
#include "common/log.h"
#include "common/paths.h"
#include "common/text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace keyport {

namespace {

const char kHeader[] = "# Written by Keyport (keyport-cli ssh-config). Changes here are overwritten:\n"
                       "# change workspaces in Keyport instead.\n";

std::optional<QByteArray> readIfExists(const QString &path)
{
    QFile f(path);
    if (!f.exists() || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

// Paths are ours (the home directory Keyport uses); quote them when needed.
QString quotedPath(const QString &path)
{
    return path.contains(QLatin1Char(' ')) ? QStringLiteral("\"%1\"").arg(path) : path;
}

Status validatePath(const QString &workspace, const QString &field, const QString &path)
{
    if (path.contains(QLatin1Char('"')) || hasControlCharacters(path) || path.contains(QLatin1Char('%')))
        return Error(
            ErrorCode::InvalidArgument,
            tr("Workspace %1: %2 \"%3\" cannot be written to an ssh config (quotes, %, or control characters).")
                .arg(printable(workspace), field, printable(path)));
    return {};
}

} // namespace

Status validateConfigValue(const QString &workspace, const QString &field, const QString &value)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    QString why;
    if (value.isEmpty())
        why = tr("is empty");
    else if (hasControlCharacters(value))
        why = tr("contains control characters");
    else if (value.contains(whitespace))
        why = tr("contains whitespace");
    else if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\'')) || value.contains(QLatin1Char('\\')))
        why = tr("contains quotes or backslashes");
    else if (value.contains(QLatin1Char('#')) || value.contains(QLatin1Char('%')) || value.contains(QLatin1Char('=')))
        why = tr("contains #, % or =");
    else if (value.startsWith(QLatin1Char('-')))
        why = tr("starts with -");
    if (why.isEmpty())
        return {};
    return Error(
        ErrorCode::InvalidArgument,
        tr("Workspace %1: the %2 \"%3\" %4, which would change the meaning of the ssh config; it was left out.")
            .arg(printable(workspace, 80), field, printable(value, 80), why));
}

Status validateAlias(const QString &alias)
{
    if (auto ok = validateConfigValue(alias, QStringLiteral("name"), alias); !ok)
        return ok;
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!allowed.match(alias).hasMatch())
        return Error(ErrorCode::InvalidArgument,
                     tr("Workspace %1: the name may only hold letters, digits, '.', '_' and '-' to be an ssh host "
                        "alias; it was left out.")
                         .arg(printable(alias, 80)));
    return {};
}

bool ConfigPlan::isNoop() const
{
    for (const auto &c : changes)
        if (c.changes())
            return false;
    return true;
}

ManagedSshConfig::ManagedSshConfig(QString cliPath, QString sshDir)
    : m_cliPath(std::move(cliPath))
    , m_sshDir(sshDir.isEmpty() ? paths::sshDir() : std::move(sshDir))
{
}

QString ManagedSshConfig::managedPath() const
{
    return QDir(m_sshDir).filePath(QStringLiteral("keyport/config"));
}

QString ManagedSshConfig::userConfigPath() const
{
    return QDir(m_sshDir).filePath(QStringLiteral("config"));
}

QString ManagedSshConfig::knownHostsPath() const
{
    return QDir(m_sshDir).filePath(QStringLiteral("keyport/known_hosts"));
}

QString ManagedSshConfig::includeLine() const
{
    // Absolute: OpenSSH expands ~ from the password database, not $HOME.
    return QStringLiteral("Include ") + quotedPath(managedPath());
}

Result<PinnedKeys> ManagedSshConfig::loadPins() const
{
    auto pins = KnownHosts(knownHostsPath()).load();
    if (!pins)
        return Error(pins.error().code,
                     tr("The ssh config for Keyport's workspaces was not written: %1").arg(pins.error().message),
                     pins.error().detail);
    return pins;
}

Result<QString> ManagedSshConfig::renderBlock(const Workspace &w) const
{
    auto pins = loadPins();
    if (!pins)
        return pins.error();
    return renderBlock(w, *pins);
}

Result<QString> ManagedSshConfig::renderBlock(const Workspace &w, const PinnedKeys &pins) const
{
    const QString alias = w.id();
    if (auto ok = validateAlias(alias); !ok)
        return ok.error();
    QStringList lines { QStringLiteral("Host ") + alias };
    auto add = [&lines](const QString &k, const QString &v) {
        lines << QStringLiteral("    %1 %2").arg(k, v);
    };
    auto checked = [&](const QString &field, const QString &value) -> Status {
        return validateConfigValue(alias, field, value);
    };
    const bool direct = w.transport.kind == TransportSpec::Kind::Tcp || w.transport.kind == TransportSpec::Kind::Jump;
    if (direct && w.transport.port == 0)
        return Error(ErrorCode::InvalidArgument,
                     tr("Workspace %1 has no port yet (never started); it was left out.").arg(printable(alias, 80)));
    switch (w.transport.kind) {
    case TransportSpec::Kind::Tcp:
        if (auto ok = checked(QStringLiteral("host"), w.transport.host); !ok)
            return ok.error();
        add(QStringLiteral("HostName"), w.transport.host);
        add(QStringLiteral("Port"), QString::number(w.transport.port));
        break;
    case TransportSpec::Kind::Jump:
        if (auto ok = checked(QStringLiteral("host"), w.transport.host); !ok)
            return ok.error();
        if (auto ok = checked(QStringLiteral("jump host"), w.transport.jump); !ok)
            return ok.error();
        add(QStringLiteral("HostName"), w.transport.host);
        add(QStringLiteral("Port"), QString::number(w.transport.port));
        add(QStringLiteral("ProxyJump"), w.transport.jump);
        break;
    case TransportSpec::Kind::WebSocket:
    case TransportSpec::Kind::Command:
        // Tunnels run through our own forwarder, which knows the transport.
        if (auto ok = validatePath(alias, QStringLiteral("keyport-cli path"), m_cliPath); !ok)
            return ok.error();
        add(QStringLiteral("ProxyCommand"), QStringLiteral("%1 forward %2").arg(quotedPath(m_cliPath), alias));
        break;
    }
    if (!w.user.isEmpty()) {
        if (auto ok = checked(QStringLiteral("user"), w.user); !ok)
            return ok.error();
        add(QStringLiteral("User"), w.user);
    }
    if (!w.identityFile.isEmpty()) {
        if (auto ok = validatePath(alias, QStringLiteral("identity file"), w.identityFile); !ok)
            return ok.error();
        add(QStringLiteral("IdentityFile"), quotedPath(w.identityFile));
        add(QStringLiteral("IdentitiesOnly"), QStringLiteral("yes"));
    }
    add(QStringLiteral("UserKnownHostsFile"), quotedPath(knownHostsPath()));
    add(QStringLiteral("HostKeyAlias"), alias);
    // Pinned: OpenSSH refuses anything else. Not yet: it asks, and stores the
    // answer in our known_hosts under the alias (Keyport's `trust` does the same).
    const bool pinned = pins.find(alias).has_value();
    add(QStringLiteral("StrictHostKeyChecking"), pinned ? QStringLiteral("yes") : QStringLiteral("ask"));
    add(QStringLiteral("ForwardAgent"), w.agentForwarding ? QStringLiteral("yes") : QStringLiteral("no"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<QString> ManagedSshConfig::userConfigTarget() const
{
    const QFileInfo fi(userConfigPath());
    if (fi.isSymLink()) {
        // Write through the link (dotfile managers), never replace it with a file.
        const QString target = fi.symLinkTarget();
        if (target.isEmpty())
            return Error(ErrorCode::NotFound, tr("%1 is a broken symbolic link.").arg(fi.filePath()));
        return QFileInfo(target).absoluteFilePath();
    }
    return fi.absoluteFilePath();
}

bool ManagedSshConfig::isIncluded() const
{
    auto target = userConfigTarget();
    const auto contents = target ? readIfExists(*target) : std::nullopt;
    if (!contents)
        return false;
    for (const QByteArray &line : contents->split('\n')) {
        QString keyword, error;
        QStringList args;
        if (SshConfigReader::splitLine(QString::fromUtf8(line), &keyword, &args, &error)
            && keyword == QLatin1String("include") && args.contains(managedPath()))
            return true;
    }
    return false;
}

Result<ConfigPlan> ManagedSshConfig::planWrite(const QList<Workspace> &workspaces, bool includeInUserConfig) const
{
    // Once per plan, not per workspace: one read of 10,000 pins, not 10,000.
    const auto pins = loadPins();
    if (!pins)
        return pins.error();
    ConfigPlan plan;
    QByteArray managed = kHeader;
    for (const Workspace &w : workspaces) {
        if (!w.existingAlias.isEmpty())
            continue; // already in the user's own config
        auto block = renderBlock(w, *pins);
        if (!block) {
            plan.warnings << block.error().message;
            qCInfo(lcCommon) << "left out of ssh config:" << block.error().message;
            continue;
        }
        managed += '\n' + block->toUtf8();
    }
    plan.changes << ConfigChange { managedPath(), readIfExists(managedPath()), managed };
    if (!includeInUserConfig)
        return plan;

    auto target = userConfigTarget();
    if (!target)
        return target.error();
    const auto before = readIfExists(*target);
    QByteArray after = before.value_or(QByteArray());
    if (!isIncluded()) {
        // Keep the file's own line ending so removal restores it byte for byte.
        const QByteArray eol = after.contains("\r\n") ? "\r\n" : "\n";
        after.prepend(includeLine().toUtf8() + eol);
    }
    plan.changes << ConfigChange { *target, before, after };
    return plan;
}

Result<ConfigPlan> ManagedSshConfig::planRemove() const
{
    ConfigPlan plan;
    plan.changes << ConfigChange { managedPath(), readIfExists(managedPath()), std::nullopt };
    auto target = userConfigTarget();
    if (!target)
        return target.error();
    const auto before = readIfExists(*target);
    if (!before) {
        plan.changes << ConfigChange { *target, before, before };
        return plan;
    }
    QByteArray after;
    qsizetype pos = 0;
    while (pos < before->size()) {
        qsizetype nl = before->indexOf('\n', pos);
        const qsizetype end = nl < 0 ? before->size() : nl + 1;
        const QByteArray line = before->mid(pos, end - pos);
        QString keyword, error;
        QStringList args;
        const bool ours = SshConfigReader::splitLine(QString::fromUtf8(line).trimmed(), &keyword, &args, &error)
                          && keyword == QLatin1String("include") && args.size() == 1 && args[0] == managedPath();
        if (!ours)
            after += line;
        pos = end;
    }
    // A config that held nothing but our line did not exist before us.
    plan.changes << ConfigChange { *target, before, after.isEmpty() ? std::nullopt : std::optional<QByteArray>(after) };
    return plan;
}

Status ManagedSshConfig::apply(const ConfigPlan &plan) const
{
    QString why;
    if (!paths::ensureSshDir(&why))
        return Error(ErrorCode::Io, why);
    const QString dir = QFileInfo(managedPath()).absolutePath();
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (const ConfigChange &c : plan.changes) {
        if (!c.changes())
            continue;
        const bool isUserConfig = c.path != managedPath();
        if (isUserConfig && c.before) {
            auto backup = writeFileAtomically(c.path + QStringLiteral(".keyport-backup"), *c.before, FileMode::Private,
                                              Overwrite::Replace);
            if (!backup)
                return Error(backup.error().code,
                             tr("Cannot back up %1, so it was not changed: %2").arg(c.path, backup.error().message));
        }
        Status s;
        if (!c.after) {
            if (QFile::exists(c.path) && !QFile::remove(c.path))
                s = Error(ErrorCode::PermissionDenied, tr("Cannot delete %1.").arg(c.path));
        } else {
            s = writeFileAtomically(c.path, *c.after, isUserConfig ? FileMode::Private : FileMode::Public,
                                    Overwrite::Replace);
        }
        if (!s && isUserConfig)
            return Error(s.error().code,
                         tr("%1 could not be changed (%2). Add this line at its top yourself: %3")
                             .arg(c.path, s.error().message, includeLine()),
                         s.error().detail);
        if (!s)
            return s;
    }
    return {};
}

QString ManagedSshConfig::diff(const ConfigPlan &plan)
{
    QString out;
    for (const ConfigChange &c : plan.changes) {
        if (!c.changes())
            continue;
        const QStringList a = c.before ? QString::fromUtf8(*c.before).split(QLatin1Char('\n')) : QStringList();
        const QStringList b = c.after ? QString::fromUtf8(*c.after).split(QLatin1Char('\n')) : QStringList();
        out += QStringLiteral("--- %1%2\n+++ %1%3\n")
                   .arg(c.path, c.before ? QString() : QStringLiteral(" (new)"),
                        c.after ? QString() : QStringLiteral(" (deleted)"));
        // Longest common subsequence over lines; configs are small.
        const qsizetype n = a.size(), m = b.size();
        QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[i] == b[j]) {
                out += QStringLiteral(" %1\n").arg(printable(a[i], 400));
                ++i, ++j;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out += QStringLiteral("+%1\n").arg(printable(b[j++], 400));
            } else {
                out += QStringLiteral("-%1\n").arg(printable(a[i++], 400));
            }
        }
    }
    return out;
}

} // namespace keyport
