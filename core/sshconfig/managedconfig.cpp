#include "managedconfig.h"

#include "sshconfigreader.h"

#include "common/atomicfile.h"
#include "common/log.h"
#include "common/paths.h"
#include "common/text.h"
#include "model/validation.h"

#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <array>
#include <climits>
#include <vector>

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

// A path as one word for the shell `Match exec` runs, inside the config's
// double quotes: the caller refuses double and single quotes and
// backslashes, so single quotes around it are enough.
QString shellWord(const QString &path)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./+:@-]+$"));
    return plain.match(path).hasMatch() ? path : QLatin1Char('\'') + path + QLatin1Char('\'');
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

// Myers' O(ND) difference algorithm ("An O(ND) Difference Algorithm and Its
// Variations", 1986) in linear space: find the middle snake of a shortest
// edit path, split there, repeat on both halves. Works on line ids (equal lines,
// equal ids), marks the lines outside one longest common subsequence, keeps no
// table: memory is O(lines), not O(lines^2) as the LCS table before it.
class MyersDiff {
public:
    MyersDiff(const std::vector<int> &a, const std::vector<int> &b, std::vector<char> *removed,
              std::vector<char> *added, const std::vector<size_t> &aIndex, const std::vector<size_t> &bIndex)
        : m_a(a)
        , m_b(b)
        , m_removed(*removed)
        , m_added(*added)
        , m_aIndex(aIndex)
        , m_bIndex(bIndex)
        , m_offset(int(b.size()) + 1)
        , m_forward(a.size() + b.size() + 3)
        , m_backward(a.size() + b.size() + 3)
    {
        // Past this many edits in one split, take the furthest point reached
        // instead of the exact middle (as GNU diff does without --minimal):
        // the result is still a correct diff, no longer always the shortest,
        // and two completely reshuffled configs take milliseconds, not minutes.
        int limit = 1;
        for (size_t n = a.size() + b.size() + 3; n != 0; n >>= 2)
            limit <<= 1;
        m_costLimit = qMax(1024, limit);
    }

    void run()
    {
        // An explicit stack: a long diff would recurse too deep otherwise.
        std::vector<std::array<int, 4>> todo { { 0, int(m_a.size()), 0, int(m_b.size()) } };
        while (!todo.empty()) {
            auto [aLo, aHi, bLo, bHi] = todo.back();
            todo.pop_back();
            while (aLo < aHi && bLo < bHi && m_a[size_t(aLo)] == m_b[size_t(bLo)])
                ++aLo, ++bLo;
            while (aLo < aHi && bLo < bHi && m_a[size_t(aHi - 1)] == m_b[size_t(bHi - 1)])
                --aHi, --bHi;
            if (aLo == aHi || bLo == bHi) {
                markChanged(aLo, aHi, bLo, bHi);
                continue;
            }
            int x = 0, y = 0;
            middle(aLo, aHi, bLo, bHi, &x, &y);
            if ((x == aLo && y == bLo) || (x == aHi && y == bHi)) {
                markChanged(aLo, aHi, bLo, bHi); // no progress possible: never loop
                continue;
            }
            todo.push_back({ aLo, x, bLo, y });
            todo.push_back({ x, aHi, y, bHi });
        }
    }

private:
    void markChanged(int aLo, int aHi, int bLo, int bHi)
    {
        for (int i = aLo; i < aHi; ++i)
            m_removed[m_aIndex[size_t(i)]] = 1;
        for (int j = bLo; j < bHi; ++j)
            m_added[m_bIndex[size_t(j)]] = 1;
    }
    int &fwd(int diagonal) { return m_forward[size_t(diagonal + m_offset)]; }
    int &bwd(int diagonal) { return m_backward[size_t(diagonal + m_offset)]; }

    // A point of a shortest path from (aLo, bLo) to (aHi, bHi), strictly
    // between them when both ranges are non-empty and differ at both ends.
    // Diagonal k holds the points x - y == k. fwd(k): the furthest x a path
    // from the top left reached on k with the current cost; bwd(k): the
    // smallest x a path from the bottom right reached.
    void middle(int aLo, int aHi, int bLo, int bHi, int *xMid, int *yMid)
    {
        const int kMin = aLo - bHi, kMax = aHi - bLo; // the diagonals inside the box
        const int fStart = aLo - bLo, bStart = aHi - bHi;
        const bool odd = ((fStart - bStart) & 1) != 0;
        int fLo = fStart, fHi = fStart, rLo = bStart, rHi = bStart; // diagonals reached, same parity
        fwd(fStart) = aLo;
        bwd(bStart) = aHi;
        for (int cost = 1;; ++cost) {
            // One more edit forward: diagonal k from k - 1 (skip a line of a)
            // or k + 1 (take a line of b), whichever got further.
            const int nfLo = qMax(fLo - 1, kMin + ((fLo - 1 - kMin) & 1));
            const int nfHi = qMin(fHi + 1, kMax - ((kMax - fHi - 1) & 1));
            for (int k = nfHi; k >= nfLo; k -= 2) {
                const bool fromBelow = k - 1 >= fLo && k - 1 <= fHi, fromAbove = k + 1 >= fLo && k + 1 <= fHi;
                int x;
                if (fromBelow && (!fromAbove || fwd(k - 1) >= fwd(k + 1)))
                    x = fwd(k - 1) + 1;
                else
                    x = fwd(k + 1);
                x = qMin(x, qMin(aHi, bHi + k));
                int y = x - k;
                while (x < aHi && y < bHi && m_a[size_t(x)] == m_b[size_t(y)])
                    ++x, ++y;
                fwd(k) = x;
                if (odd && k >= rLo && k <= rHi && bwd(k) <= x) {
                    *xMid = x;
                    *yMid = y;
                    return;
                }
            }
            fLo = nfLo;
            fHi = nfHi;
            // And backward from the bottom right.
            const int nrLo = qMax(rLo - 1, kMin + ((rLo - 1 - kMin) & 1));
            const int nrHi = qMin(rHi + 1, kMax - ((kMax - rHi - 1) & 1));
            for (int k = nrLo; k <= nrHi; k += 2) {
                const bool fromBelow = k - 1 >= rLo && k - 1 <= rHi, fromAbove = k + 1 >= rLo && k + 1 <= rHi;
                int x;
                if (fromAbove && (!fromBelow || bwd(k + 1) - 1 <= bwd(k - 1)))
                    x = bwd(k + 1) - 1;
                else
                    x = bwd(k - 1);
                x = qMax(x, qMax(aLo, bLo + k));
                int y = x - k;
                while (x > aLo && y > bLo && m_a[size_t(x - 1)] == m_b[size_t(y - 1)])
                    --x, --y;
                bwd(k) = x;
                if (!odd && k >= fLo && k <= fHi && x <= fwd(k)) {
                    *xMid = x;
                    *yMid = y;
                    return;
                }
            }
            rLo = nrLo;
            rHi = nrHi;
            if (cost >= m_costLimit) {
                furthest(aLo, aHi, bLo, bHi, fLo, fHi, rLo, rHi, xMid, yMid);
                return;
            }
        }
    }

    // The point either search got furthest from its own corner.
    void furthest(int aLo, int aHi, int bLo, int bHi, int fLo, int fHi, int rLo, int rHi, int *xMid, int *yMid)
    {
        int fBest = -1, fx = aLo;
        for (int k = fLo; k <= fHi; k += 2) {
            const int x = qMin(fwd(k), qMin(aHi, bHi + k));
            if (x + (x - k) > fBest) {
                fBest = x + (x - k);
                fx = x;
            }
        }
        int bBest = INT_MAX, bx = aHi;
        for (int k = rLo; k <= rHi; k += 2) {
            const int x = qMax(bwd(k), qMax(aLo, bLo + k));
            if (x + (x - k) < bBest) {
                bBest = x + (x - k);
                bx = x;
            }
        }
        if (fBest - (aLo + bLo) >= (aHi + bHi) - bBest) {
            *xMid = fx;
            *yMid = fBest - fx;
        } else {
            *xMid = bx;
            *yMid = bBest - bx;
        }
    }

    const std::vector<int> &m_a, &m_b;
    std::vector<char> &m_removed, &m_added;
    const std::vector<size_t> &m_aIndex, &m_bIndex;
    const int m_offset;
    std::vector<int> m_forward, m_backward;
    int m_costLimit = 0;
};

// Marks the lines of `a` and `b` outside a longest common subsequence (in
// `removed` and `added`). The common start and end are cut off first, and
// lines found on one side only are changed for certain, so they leave
// before the search (as git's xdiff does): changing every ProxyCommand, or
// every "StrictHostKeyChecking ask", costs no search at all.
using Lines = std::vector<QByteArrayView>;

// As QString::split('\n'): one more piece than there are newlines. Views into
// `text`, so a 10,000-workspace config costs no copy of its lines.
Lines splitLines(const std::optional<QByteArray> &text)
{
    Lines out;
    if (!text)
        return out;
    out.reserve(size_t(text->count('\n') + 1));
    qsizetype start = 0;
    for (qsizetype nl; (nl = text->indexOf('\n', start)) >= 0; start = nl + 1)
        out.emplace_back(text->constData() + start, nl - start);
    out.emplace_back(text->constData() + start, text->size() - start);
    return out;
}

void shortestEdit(const Lines &a, const Lines &b, std::vector<char> *removed, std::vector<char> *added)
{
    removed->assign(a.size(), 0);
    added->assign(b.size(), 0);
    size_t lo = 0, aHi = a.size(), bHi = b.size();
    while (lo < aHi && lo < bHi && a[lo] == b[lo])
        ++lo;
    while (aHi > lo && bHi > lo && a[aHi - 1] == b[bHi - 1])
        --aHi, --bHi;
    QHash<QByteArrayView, int> ids;
    ids.reserve(qsizetype((aHi - lo) + (bHi - lo)));
    std::vector<int> aIds, bIds, inA, inB;
    auto idOf = [&](QByteArrayView line) {
        const auto it = ids.constFind(line);
        if (it != ids.cend())
            return *it;
        const int id = int(ids.size());
        ids.insert(line, id);
        inA.push_back(0);
        inB.push_back(0);
        return id;
    };
    for (size_t i = lo; i < aHi; ++i) {
        aIds.push_back(idOf(a[i]));
        ++inA[size_t(aIds.back())];
    }
    for (size_t j = lo; j < bHi; ++j) {
        bIds.push_back(idOf(b[j]));
        ++inB[size_t(bIds.back())];
    }
    std::vector<int> aKept, bKept;
    std::vector<size_t> aIndex, bIndex;
    for (size_t i = 0; i < aIds.size(); ++i) {
        if (inB[size_t(aIds[i])]) {
            aKept.push_back(aIds[i]);
            aIndex.push_back(lo + i);
        } else {
            (*removed)[lo + i] = 1;
        }
    }
    for (size_t j = 0; j < bIds.size(); ++j) {
        if (inA[size_t(bIds[j])]) {
            bKept.push_back(bIds[j]);
            bIndex.push_back(lo + j);
        } else {
            (*added)[lo + j] = 1;
        }
    }
    MyersDiff(aKept, bKept, removed, added, aIndex, bIndex).run();
}

} // namespace

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
    if (!w.unreachable.isEmpty())
        return Error(ErrorCode::InvalidArgument, w.unreachable);
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
    case TransportSpec::Kind::CliProxy:
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
        if (w.certified)
            add(QStringLiteral("CertificateFile"), quotedPath(w.identityFile + QStringLiteral("-cert.pub")));
    }
    if (w.commandsOnly()) {
        // The entry host picks the workspace by the command: a plain `ssh
        // <alias>` opens its shell; a command of one's own goes through
        // `keyport-cli connect <alias> -- CMD`, which prefixes it.
        if (auto ok = checked(QStringLiteral("remote command"), w.remoteCommand); !ok)
            return ok.error();
        add(QStringLiteral("RemoteCommand"), w.remoteCommand);
        add(QStringLiteral("RequestTTY"), QStringLiteral("yes"));
    }
    add(QStringLiteral("UserKnownHostsFile"), quotedPath(knownHostsPath()));
    add(QStringLiteral("HostKeyAlias"), alias);
    // Pinned: OpenSSH refuses anything else. Not yet: it asks, and stores the
    // answer in our known_hosts under the alias (Keyport's `trust` does the same).
    const bool pinned = pins.find(alias).has_value();
    add(QStringLiteral("StrictHostKeyChecking"), pinned ? QStringLiteral("yes") : QStringLiteral("ask"));
    add(QStringLiteral("ForwardAgent"), w.agentForwarding ? QStringLiteral("yes") : QStringLiteral("no"));
    if (w.certified && !w.identityFile.isEmpty()) {
        // A short-lived certificate is renewed while ssh reads its config,
        // before it loads the certificate file: `Match exec` runs then, in
        // order, and waits. (A ProxyCommand would run while ssh is already
        // reading the file.) The block holds no directives: only the renewal
        // matters, and when it fails ssh goes on and says why it was refused.
        if (auto ok = validatePath(alias, QStringLiteral("keyport-cli path"), m_cliPath); !ok)
            return ok.error();
        if (m_cliPath.contains(QLatin1Char('\'')) || m_cliPath.contains(QLatin1Char('\\')))
            return Error(ErrorCode::InvalidArgument,
                         tr("Workspace %1: the keyport-cli path \"%2\" cannot go into a Match exec line (quote or "
                            "backslash).")
                             .arg(printable(alias), printable(m_cliPath)));
        lines << QStringLiteral("Match originalhost %1 exec \"%2 certificate %1\"").arg(alias, shellWord(m_cliPath));
    }
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
        const Lines a = splitLines(c.before), b = splitLines(c.after);
        out += QStringLiteral("--- %1%2\n+++ %1%3\n")
                   .arg(c.path, c.before ? QString() : QStringLiteral(" (new)"),
                        c.after ? QString() : QStringLiteral(" (deleted)"));
        std::vector<char> removed, added;
        shortestEdit(a, b, &removed, &added);
        auto line = [&out](char prefix, QByteArrayView text) {
            out += QLatin1Char(prefix) + printable(QString::fromUtf8(text), 400) + QLatin1Char('\n');
        };
        // Within a run of changes, what is added comes before what is removed.
        size_t i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && !removed[i] && !added[j]) {
                line(' ', a[i]);
                ++i, ++j;
                continue;
            }
            for (; j < b.size() && added[j]; ++j)
                line('+', b[j]);
            for (; i < a.size() && removed[i]; ++i)
                line('-', a[i]);
        }
    }
    return out;
}

} // namespace keyport
