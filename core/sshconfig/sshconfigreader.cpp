#include "sshconfigreader.h"

#include "common/paths.h"
#include "common/text.h"

#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cerrno>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <glob.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace keyport {

namespace {
constexpr int kMaxIncludeDepth = 16; // OpenSSH's READCONF_MAX_DEPTH
constexpr qint64 kMaxConfigSize = 4 * 1024 * 1024;
// Includes without a loop can still multiply (one file named many times, at
// every level): bound what one read takes in, far above any real config.
constexpr qint64 kMaxIncludedBytes = 16 * kMaxConfigSize;
// Empty files cost no bytes: a few files that each include the next one ten
// times would be read 10^16 times before the depth limit. Count reads too.
constexpr int kMaxIncludedReads = 10000;

#ifndef Q_OS_WIN
Error notRegular(const QString &path, mode_t mode)
{
    QString what;
    if (S_ISDIR(mode))
        what = tr("a directory");
    else if (S_ISFIFO(mode))
        what = tr("a named pipe (FIFO)");
    else if (S_ISCHR(mode))
        what = tr("a character device");
    else if (S_ISBLK(mode))
        what = tr("a block device");
    else if (S_ISSOCK(mode))
        what = tr("a socket");
    else
        return Error(ErrorCode::BadFormat, tr("%1 is not a regular file, so it was not read.").arg(path));
    return Error(ErrorCode::BadFormat, tr("%1 is %2, not a regular file, so it was not read.").arg(path, what));
}

Error cannotRead(const QString &path, int err)
{
    const QString why = systemErrorText(err);
    if (err == EACCES || err == EPERM)
        return Error(ErrorCode::PermissionDenied, tr("Cannot read %1: permission denied.").arg(path), why);
    return Error(ErrorCode::Io, tr("Cannot read %1.").arg(path), why);
}
#endif

Error tooLarge(const QString &path, qint64 maxSize)
{
    return Error(ErrorCode::BadFormat,
                 tr("%1 is larger than %2 MiB, so it was not read.").arg(path).arg(maxSize / (1024 * 1024)));
}

bool hasWildcard(QByteArrayView pattern)
{
    return pattern.contains('*') || pattern.contains('?');
}

// OpenSSH's match_pattern() (match.c) without its recursion: `*` matches any
// run of bytes, `?` one byte, every other byte itself, case-sensitively.
bool matchPattern(QByteArrayView s, QByteArrayView p)
{
    qsizetype si = 0, pi = 0, starP = -1, starS = 0;
    while (si < s.size()) {
        if (pi < p.size() && p[pi] == '*') {
            starP = pi++;
            starS = si;
        } else if (pi < p.size() && (p[pi] == '?' || p[pi] == s[si])) {
            ++pi;
            ++si;
        } else if (starP >= 0) {
            pi = starP + 1; // let the last `*` take one more byte
            si = ++starS;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p[pi] == '*')
        ++pi;
    return pi == p.size();
}

// HostName takes %h (the alias) and %% only.
QString expandHostName(const QString &value, const QString &alias)
{
    if (!value.contains(QLatin1Char('%')))
        return value;
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('%') && i + 1 < value.size()) {
            if (value[i + 1] == QLatin1Char('h')) {
                out += alias;
                ++i;
                continue;
            }
            if (value[i + 1] == QLatin1Char('%')) {
                out += QLatin1Char('%');
                ++i;
                continue;
            }
        }
        out += value[i];
    }
    return out;
}

} // namespace

Result<std::optional<QByteArray>> readRegularFile(const QString &path, qint64 maxSize)
{
    using Contents = std::optional<QByteArray>;
#ifndef Q_OS_WIN
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    // Look before opening: opening a FIFO waits for a writer, and opening a
    // device can have effects of its own.
    if (::stat(native.constData(), &st) != 0)
        return errno == ENOENT || errno == ENOTDIR ? Result<Contents>(Contents()) : cannotRead(path, errno);
    if (!S_ISREG(st.st_mode))
        return notRegular(path, st.st_mode);
    if (st.st_size > maxSize)
        return tooLarge(path, maxSize);
    // O_NONBLOCK: should the file be swapped for a FIFO since, open() still
    // returns at once, and fstat() below refuses it.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT ? Result<Contents>(Contents()) : cannotRead(path, errno);
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };
    if (::fstat(fd, &st) != 0)
        return cannotRead(path, errno);
    if (!S_ISREG(st.st_mode))
        return notRegular(path, st.st_mode);
    QByteArray data;
    data.reserve(qsizetype(qMin<qint64>(st.st_size, maxSize)));
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return cannotRead(path, errno);
        if (n == 0)
            break;
        if (data.size() + n > maxSize) // it grew since fstat()
            return tooLarge(path, maxSize);
        data.append(buffer, n);
    }
    return Contents(std::move(data));
#else
    const QFileInfo fi(path);
    if (!fi.exists())
        return Contents();
    if (!fi.isFile())
        return Error(ErrorCode::BadFormat, tr("%1 is not a regular file, so it was not read.").arg(path));
    if (fi.size() > maxSize)
        return tooLarge(path, maxSize);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::PermissionDenied, tr("Cannot read %1: permission denied.").arg(path), f.errorString());
    QByteArray data = f.read(maxSize + 1);
    if (data.size() > maxSize)
        return tooLarge(path, maxSize);
    return Contents(std::move(data));
#endif
}

SshConfigReader::SshConfigReader(QString sshDir)
    : m_sshDir(sshDir.isEmpty() ? paths::sshDir() : std::move(sshDir))
{
    m_blocks.append(Block {}); // global section
}

bool SshConfigReader::splitLine(const QString &rawLine, QString *keyword, QStringList *args, QString *error)
{
    keyword->clear();
    args->clear();
    QString line = rawLine;
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    line = line.trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
        return true;
    // The keyword ends at whitespace or a single '='.
    qsizetype i = 0;
    while (i < line.size() && !line[i].isSpace() && line[i] != QLatin1Char('='))
        ++i;
    *keyword = line.left(i).toLower();
    while (i < line.size() && line[i].isSpace())
        ++i;
    if (i < line.size() && line[i] == QLatin1Char('=')) {
        ++i;
        while (i < line.size() && line[i].isSpace())
            ++i;
    }
    // Arguments: whitespace separated, double quotes group.
    while (i < line.size()) {
        QString arg;
        bool quoted = false, any = false;
        while (i < line.size() && (quoted || !line[i].isSpace())) {
            if (line[i] == QLatin1Char('"')) {
                quoted = !quoted;
                any = true;
            } else {
                arg += line[i];
                any = true;
            }
            ++i;
        }
        if (quoted) {
            *error = tr("unterminated quote");
            return false;
        }
        if (any)
            *args << arg;
        while (i < line.size() && line[i].isSpace())
            ++i;
    }
    return true;
}

bool SshConfigReader::patternMatches(const QString &pattern, const QString &host)
{
    return matchPattern(host.toUtf8(), pattern.toUtf8());
}

QList<SshConfigReader::Include> SshConfigReader::expandInclude(const QString &arg, const QString &where)
{
    QString path = arg;
    if (path.startsWith(QLatin1String("~/")))
        path = paths::home() + path.mid(1);
    else if (!path.startsWith(QLatin1Char('~')) && QDir::isRelativePath(path))
        path = QDir(m_sshDir).filePath(path); // relative to ~/.ssh for the user config
    const bool pattern =
        path.contains(QLatin1Char('*')) || path.contains(QLatin1Char('?')) || path.contains(QLatin1Char('['));
    QList<Include> out;
#ifndef Q_OS_WIN
    // OpenSSH hands the whole path to glob(3) (wildcards in any component,
    // ~user), which sorts with strcoll(): ssh leaves LC_COLLATE at "C", so
    // byte order, which our own locale must not change (GLOB_NOSORT).
    glob_t gl {};
    const int r = ::glob(QFile::encodeName(path).constData(), GLOB_TILDE | GLOB_NOSORT, nullptr, &gl);
    if (r == GLOB_NOMATCH) {
        globfree(&gl);
        return out;
    }
    if (r != 0) {
        globfree(&gl);
        m_warnings << tr("%1: Include %2 could not be expanded; it was skipped.").arg(where, path);
        return out;
    }
    QList<QByteArray> names;
    names.reserve(qsizetype(gl.gl_pathc));
    for (size_t i = 0; i < gl.gl_pathc; ++i)
        names << QByteArray(gl.gl_pathv[i]);
    globfree(&gl);
    std::sort(names.begin(), names.end());
    for (const QByteArray &name : names)
        out << Include { QFile::decodeName(name), pattern };
#else
    if (!pattern)
        return { Include { path, false } };
    QStringList current { path.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString() };
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype p = 0; p < parts.size(); ++p) {
        QStringList next;
        for (const QString &base : current) {
            const QString &part = parts[p];
            if (!part.contains(QLatin1Char('*')) && !part.contains(QLatin1Char('?'))) {
                next << QDir(base).filePath(part);
                continue;
            }
            for (const QString &n :
                 QDir(base).entryList({ part }, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System))
                next << QDir(base).filePath(n);
        }
        current = next;
    }
    std::sort(current.begin(), current.end());
    for (const QString &file : current)
        out << Include { file, true };
#endif
    Q_UNUSED(where)
    return out;
}

Status SshConfigReader::read(const QString &path)
{
    Status ok = readFile(path, 0, 0, -1);
    if (!ok && ok.error().code != ErrorCode::NotFound)
        m_warnings << ok.error().oneLine();
    return ok;
}

Status SshConfigReader::readFile(const QString &path, int depth, int blockIndex, int guard)
{
    if (m_budgetSpent)
        return {}; // said once already
    if (depth > kMaxIncludeDepth)
        return Error(ErrorCode::BadFormat, tr("%1 was not read: Includes nest more than %2 deep (OpenSSH refuses "
                                              "such a config).")
                                               .arg(path)
                                               .arg(kMaxIncludeDepth));
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (const QString &ignored : m_ignored)
        if (!canonical.isEmpty() && canonical == QFileInfo(ignored).canonicalFilePath())
            return {};
    // OpenSSH goes round a loop until its depth limit and then gives up on
    // the whole config; stop at the first repeat instead: the same hosts, and
    // no 2^16 reads when a file includes itself twice.
    if (!canonical.isEmpty() && m_reading.contains(canonical))
        return Error(ErrorCode::BadFormat,
                     tr("%1 was not read again: it includes itself (an Include loop).").arg(path));
    auto contents = readRegularFile(path, kMaxConfigSize);
    if (!contents)
        return contents.error();
    if (!contents->has_value())
        return depth == 0 ? Status(Error(ErrorCode::NotFound, tr("%1 does not exist.").arg(path))) : Status();
    m_bytesRead += (*contents)->size();
    ++m_filesRead;
    if (depth > 0 && m_bytesRead > kMaxIncludedBytes) {
        m_budgetSpent = true;
        return Error(ErrorCode::BadFormat, tr("%1 and the Includes after it were not read: the files included add up "
                                              "to more than %2 MiB.")
                                               .arg(path)
                                               .arg(kMaxIncludedBytes / (1024 * 1024)));
    }
    if (depth > 0 && m_filesRead > kMaxIncludedReads) {
        m_budgetSpent = true;
        return Error(ErrorCode::BadFormat, tr("%1 and the Includes after it were not read: Include read more than %2 "
                                              "files (are files included many times over?).")
                                               .arg(path)
                                               .arg(kMaxIncludedReads));
    }
    const QStringList lines = QString::fromUtf8(**contents).split(QLatin1Char('\n'));
    contents = std::optional<QByteArray>(); // the lines hold it now
    m_reading << canonical;
    int current = blockIndex;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString keyword, error;
        QStringList args;
        if (!splitLine(lines[n], &keyword, &args, &error)) {
            m_warnings << tr("%1:%2: %3").arg(path).arg(n + 1).arg(error);
            continue;
        }
        if (keyword.isEmpty())
            continue;
        if (keyword == QLatin1String("host") || keyword == QLatin1String("match")) {
            Block b;
            b.isMatch = keyword == QLatin1String("match");
            b.patterns = args;
            b.file = path;
            b.line = int(n + 1);
            b.guard = guard;
            m_blocks.append(b);
            current = int(m_blocks.size() - 1);
            continue;
        }
        if (keyword == QLatin1String("include")) {
            // An included file continues in the block that includes it.
            const qsizetype before = m_blocks.size();
            const Block &including = m_blocks[current];
            const int innerGuard = !including.isMatch && !including.patterns.isEmpty() ? current : including.guard;
            const QString where = tr("%1 line %2").arg(path).arg(n + 1);
            for (const QString &arg : args) {
                for (const Include &file : expandInclude(arg, where)) {
                    // OpenSSH reads nothing from a directory a pattern matched: skip it quietly.
                    if (file.matchedByPattern && QFileInfo(file.path).isDir())
                        continue;
                    if (auto ok = readFile(file.path, depth + 1, current, innerGuard); !ok)
                        m_warnings << tr("%1: %2").arg(where, ok.error().oneLine());
                }
            }
            // Blocks opened inside the include end with it, as in OpenSSH:
            // what follows belongs to the including block again, after them.
            if (m_blocks.size() != before) {
                Block continuation = m_blocks[current];
                continuation.entries.clear();
                m_blocks.append(continuation);
                current = int(m_blocks.size() - 1);
            }
            continue;
        }
        static const QHash<QString, Option> options {
            { QStringLiteral("hostname"), Option::HostName },
            { QStringLiteral("user"), Option::User },
            { QStringLiteral("port"), Option::Port },
            { QStringLiteral("identityfile"), Option::IdentityFile },
            { QStringLiteral("proxyjump"), Option::ProxyJump },
            { QStringLiteral("proxycommand"), Option::ProxyCommand },
        };
        const auto option = options.constFind(keyword);
        if (option == options.cend() || args.isEmpty())
            continue;
        if (*option == Option::Port) {
            // A port ssh refuses must not wrap into another one (70000 is 4464).
            bool number = false;
            const int port = args[0].toInt(&number);
            if (!number || port < 1 || port > 65535) {
                m_warnings << tr("%1:%2: \"%3\" is not a port number (1 to 65535); ssh refuses this config.")
                                  .arg(path)
                                  .arg(n + 1)
                                  .arg(printable(args[0], 40));
                continue;
            }
        }
        m_blocks[current].entries.append(Entry { *option, args });
    }
    m_reading.removeLast();
    return {};
}

QList<SshConfigHost> SshConfigReader::hosts() const
{
    // Which blocks can apply to which host, worked out once: a block whose
    // patterns are all literal is found by name; only global and wildcard
    // blocks are tested against every host.
    struct Matcher {
        bool never = false; // Match blocks, and Host lines with only negations
        bool global = false;
        QList<QByteArray> literals, wildcards, negated;
    };
    const int count = int(m_blocks.size());
    QList<Matcher> matchers(count);
    QHash<QByteArray, QList<int>> byLiteral;
    QList<int> everyHost;
    for (int i = 0; i < count; ++i) {
        const Block &b = m_blocks[i];
        Matcher &m = matchers[i];
        if (b.isMatch) {
            m.never = true;
            continue;
        }
        if (b.patterns.isEmpty()) {
            m.global = true;
            everyHost << i;
            continue;
        }
        for (const QString &p : b.patterns) {
            const QByteArray utf8 = p.toUtf8();
            if (utf8.startsWith('!'))
                m.negated << utf8.mid(1);
            else if (hasWildcard(utf8))
                m.wildcards << utf8;
            else
                m.literals << utf8;
        }
        if (m.literals.isEmpty() && m.wildcards.isEmpty()) {
            m.never = true; // a negation alone never selects a block
        } else if (!m.wildcards.isEmpty()) {
            everyHost << i;
        } else {
            for (const QByteArray &literal : std::as_const(m.literals)) {
                QList<int> &blocks = byLiteral[literal];
                if (blocks.isEmpty() || blocks.last() != i)
                    blocks << i;
            }
        }
    }
    // A Host line applies when one pattern matches and no negated one does
    // (readconf.c); a block read through an Include under a Host line also
    // needs that line to apply.
    auto matches = [&matchers](int i, const QByteArray &host) {
        const Matcher &m = matchers[i];
        if (m.never)
            return false;
        if (m.global)
            return true;
        for (const QByteArray &n : m.negated)
            if (matchPattern(host, n))
                return false;
        if (m.literals.contains(host))
            return true;
        for (const QByteArray &w : m.wildcards)
            if (matchPattern(host, w))
                return true;
        return false;
    };
    auto applies = [this, &matches](int i, const QByteArray &host) {
        for (int b = i; b >= 0; b = m_blocks[b].guard)
            if (!matches(b, host))
                return false;
        return true;
    };

    QList<SshConfigHost> out;
    QSet<QString> seen;
    const QList<int> none;
    for (const Block &b : m_blocks) {
        if (b.isMatch)
            continue;
        for (const QString &p : b.patterns) {
            if (p.contains(QLatin1Char('*')) || p.contains(QLatin1Char('?')) || p.startsWith(QLatin1Char('!'))
                || hasControlCharacters(p))
                continue;
            const QString folded = p.toCaseFolded();
            if (seen.contains(folded))
                continue;
            seen.insert(folded);
            SshConfigHost h;
            h.alias = p;
            h.file = b.file;
            h.line = b.line;
            const QByteArray host = p.toUtf8();
            const auto found = byLiteral.constFind(host);
            const QList<int> &named = found == byLiteral.cend() ? none : *found;
            // ProxyJump and ProxyCommand share one slot: whichever comes
            // first wins, except that `ProxyJump none` leaves it open.
            bool jumpSet = false, proxySet = false;
            // First value wins across all applicable blocks, in file order:
            // walk the named blocks and the every-host blocks merged.
            qsizetype e = 0, k = 0;
            while (e < everyHost.size() || k < named.size()) {
                const int c = k >= named.size() || (e < everyHost.size() && everyHost[e] < named[k]) ? everyHost[e++]
                                                                                                     : named[k++];
                if (!applies(c, host))
                    continue;
                for (const Entry &entry : m_blocks[c].entries) {
                    const QString &value = entry.args[0];
                    switch (entry.option) {
                    case Option::HostName:
                        if (h.hostName.isEmpty())
                            h.hostName = expandHostName(value, p);
                        break;
                    case Option::User:
                        if (h.user.isEmpty())
                            h.user = value;
                        break;
                    case Option::Port:
                        if (h.port == 0)
                            h.port = value.toInt();
                        break;
                    case Option::IdentityFile:
                        if (!h.identityFiles.contains(value)) // ssh drops repeats
                            h.identityFiles << value;
                        break;
                    case Option::ProxyJump:
                        if (!jumpSet && !proxySet) {
                            h.proxyJump = value;
                            jumpSet = true;
                            proxySet = value.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0;
                        }
                        break;
                    case Option::ProxyCommand:
                        if (!proxySet) {
                            h.proxyCommand = entry.args.join(QLatin1Char(' '));
                            proxySet = true;
                        }
                        break;
                    }
                }
            }
            out << h;
        }
    }
    return out;
}

} // namespace keyport
