#include "sshconfigreader.h"

#include "common/paths.h"
#include "common/text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace keyport {

namespace {
constexpr int kMaxIncludeDepth = 16; // OpenSSH's READCONF_MAX_DEPTH
constexpr qint64 kMaxConfigSize = 4 * 1024 * 1024;
} // namespace

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
    const QRegularExpression re(QRegularExpression::anchoredPattern(QRegularExpression::wildcardToRegularExpression(
                                    pattern, QRegularExpression::UnanchoredWildcardConversion)),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(host).hasMatch();
}

QStringList SshConfigReader::expandInclude(const QString &arg) const
{
    QString path = arg;
    if (path.startsWith(QLatin1String("~/")))
        path = paths::home() + path.mid(1);
    else if (QDir::isRelativePath(path))
        path = QDir(m_sshDir).filePath(path); // relative to ~/.ssh for the user config
    if (!path.contains(QLatin1Char('*')) && !path.contains(QLatin1Char('?')))
        return { path };
    // Globs may appear in any path component.
    QStringList current { path.startsWith(QLatin1Char('/')) ? QStringLiteral("/") : QString() };
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype p = 0; p < parts.size(); ++p) {
        const bool last = p == parts.size() - 1;
        QStringList next;
        for (const QString &base : current) {
            const QString &part = parts[p];
            if (!part.contains(QLatin1Char('*')) && !part.contains(QLatin1Char('?'))) {
                next << QDir(base).filePath(part);
                continue;
            }
            const auto filter = last ? QDir::Files : QDir::Dirs | QDir::NoDotAndDotDot;
            const QStringList names = QDir(base).entryList({ part }, filter, QDir::Name);
            for (const QString &n : names)
                next << QDir(base).filePath(n);
        }
        current = next;
    }
    return current;
}

Status SshConfigReader::read(const QString &path)
{
    return readFile(path, 0, 0);
}

Status SshConfigReader::readFile(const QString &path, int depth, int blockIndex)
{
    if (depth > kMaxIncludeDepth)
        return Error(ErrorCode::BadFormat, tr("Includes nest too deeply at %1.").arg(path));
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (const QString &ignored : m_ignored)
        if (!canonical.isEmpty() && canonical == QFileInfo(ignored).canonicalFilePath())
            return {};
    QFile f(path);
    if (!f.exists())
        return depth == 0 ? Status(Error(ErrorCode::NotFound, tr("%1 does not exist.").arg(path))) : Status();
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::PermissionDenied, tr("Cannot read %1.").arg(path), f.errorString());
    if (f.size() > kMaxConfigSize)
        return Error(ErrorCode::BadFormat, tr("%1 is too large for an ssh config.").arg(path));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
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
            m_blocks.append(b);
            current = int(m_blocks.size() - 1);
            continue;
        }
        if (keyword == QLatin1String("include")) {
            // An included file continues in the block that includes it.
            const qsizetype before = m_blocks.size();
            for (const QString &arg : args)
                for (const QString &file : expandInclude(arg))
                    if (auto ok = readFile(file, depth + 1, current); !ok)
                        m_warnings << ok.error().oneLine();
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
        m_blocks[current].entries.append(Entry { keyword, args });
    }
    return {};
}

QList<SshConfigHost> SshConfigReader::hosts() const
{
    QList<SshConfigHost> out;
    QStringList seen;
    for (const Block &b : m_blocks) {
        if (b.isMatch)
            continue;
        for (const QString &p : b.patterns) {
            if (p.contains(QLatin1Char('*')) || p.contains(QLatin1Char('?')) || p.startsWith(QLatin1Char('!'))
                || seen.contains(p, Qt::CaseInsensitive) || hasControlCharacters(p))
                continue;
            seen << p;
            SshConfigHost h;
            h.alias = p;
            h.file = b.file;
            h.line = b.line;
            // First value wins across all applicable blocks, in order.
            for (const Block &c : m_blocks) {
                if (c.isMatch)
                    continue;
                bool applies = c.patterns.isEmpty();
                bool negated = false;
                for (const QString &pat : c.patterns) {
                    if (pat.startsWith(QLatin1Char('!')) && patternMatches(pat.mid(1), p))
                        negated = true;
                    else if (!pat.startsWith(QLatin1Char('!')) && patternMatches(pat, p))
                        applies = true;
                }
                if (!applies || negated)
                    continue;
                for (const Entry &e : c.entries) {
                    if (e.args.isEmpty())
                        continue;
                    if (e.keyword == QLatin1String("hostname") && h.hostName.isEmpty())
                        h.hostName = QString(e.args[0]).replace(QLatin1String("%h"), p);
                    else if (e.keyword == QLatin1String("user") && h.user.isEmpty())
                        h.user = e.args[0];
                    else if (e.keyword == QLatin1String("port") && h.port == 0)
                        h.port = e.args[0].toInt();
                    else if (e.keyword == QLatin1String("identityfile"))
                        h.identityFiles << e.args[0];
                    else if (e.keyword == QLatin1String("proxyjump") && h.proxyJump.isEmpty())
                        h.proxyJump = e.args[0];
                    else if (e.keyword == QLatin1String("proxycommand") && h.proxyCommand.isEmpty())
                        h.proxyCommand = e.args.join(QLatin1Char(' '));
                }
            }
            out << h;
        }
    }
    return out;
}

} // namespace keyport
