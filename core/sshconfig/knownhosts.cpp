#include "knownhosts.h"

#include "sshconfigreader.h"

#include "common/atomicfile.h"
#include "common/paths.h"
#include "common/text.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

namespace keyport {

namespace {

// One line per pin, a few hundred bytes each: far more pins than anyone has.
constexpr qint64 kMaxPinFileSize = 64 * 1024 * 1024;

// A known_hosts entry split into its fields; any run of spaces or tabs
// separates them, as in OpenSSH.
struct PinLine {
    QByteArray marker; // "@revoked", "@cert-authority" or empty
    QList<QByteArray> hosts; // the comma-separated names of the host field; empty: blank or a comment
    PublicKey key;
};

// nullopt, with `why`, for a line that is none of blank, comment and entry.
std::optional<PinLine> parseLine(const QByteArray &raw, QString *why)
{
    if (raw.contains('\0')) {
        *why = KnownHosts::tr("it contains a NUL byte");
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(utf8(raw));
    if (utf8.hasError()) {
        *why = KnownHosts::tr("it is not valid UTF-8 text");
        return std::nullopt;
    }
    const QByteArray line = raw.simplified();
    if (line.isEmpty() || line.startsWith('#'))
        return PinLine {};
    QList<QByteArray> fields = line.split(' ');
    PinLine out;
    if (fields[0].startsWith('@')) {
        if (fields[0] != "@revoked" && fields[0] != "@cert-authority") {
            *why = KnownHosts::tr("unknown marker %1").arg(printable(QString::fromUtf8(fields[0]), 40));
            return std::nullopt;
        }
        out.marker = fields.takeFirst();
    }
    if (fields.size() < 3) {
        *why = KnownHosts::tr("expected \"alias key-type base64\"");
        return std::nullopt;
    }
    out.hosts = fields.takeFirst().split(',');
    auto key = PublicKey::fromOpenSshLine(fields.join(' '));
    if (!key) {
        // "invalid base64", "bad Ed25519 public key": the detail says more than the message.
        *why = key.error().detail.isEmpty() ? key.error().message : key.error().detail;
        return std::nullopt;
    }
    out.key = *key;
    return out;
}

} // namespace

std::optional<PublicKey> PinnedKeys::find(const QString &alias) const
{
    const auto it = m_keys.constFind(alias);
    return it == m_keys.cend() ? std::nullopt : std::optional<PublicKey>(*it);
}

KnownHosts::KnownHosts(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{
}

QString KnownHosts::defaultPath()
{
    return QDir(paths::sshDir()).filePath(QStringLiteral("keyport/known_hosts"));
}

// The file's lines, each one parsed; none when there is no file.
Result<QList<KnownHosts::Line>> KnownHosts::readLines() const
{
    const QString consequence = tr("Keyport keeps its pinned host keys there and will not connect to workspaces "
                                   "until it can read them.");
    auto contents = readRegularFile(m_path, kMaxPinFileSize);
    if (!contents) {
        const Error &e = contents.error();
        const QString todo = e.code == ErrorCode::PermissionDenied
                                 ? tr("Make it readable for your user (chmod u+r %1).").arg(m_path)
                                 : tr("Put the file of pins back, or move this out of the way (then every "
                                      "workspace's host key is confirmed again).");
        return Error(e.code == ErrorCode::Io ? ErrorCode::PermissionDenied : e.code,
                     QStringLiteral("%1 %2 %3").arg(e.message, consequence, todo), e.detail);
    }
    QList<Line> out;
    if (!contents->has_value())
        return out;
    const QList<QByteArray> lines = (*contents)->split('\n');
    out.reserve(lines.size());
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString why;
        auto parsed = parseLine(lines[n], &why);
        if (!parsed)
            return Error(ErrorCode::BadFormat,
                         tr("%1 line %2 cannot be read as a pinned host key (%3): fix or delete that line. %4")
                             .arg(m_path)
                             .arg(n + 1)
                             .arg(why, consequence));
        Line line { lines[n], {}, parsed->key };
        if (parsed->marker.isEmpty())
            for (const QByteArray &host : std::as_const(parsed->hosts))
                if (!host.startsWith('|')) // hashed by ssh (HashKnownHosts): kept, but no alias of ours
                    line.pinned << host;
        out << line;
    }
    return out;
}

Result<PinnedKeys> KnownHosts::load() const
{
    auto lines = readLines();
    if (!lines)
        return lines.error();
    PinnedKeys pins;
    for (const Line &line : std::as_const(*lines))
        for (const QByteArray &host : line.pinned) {
            const QString alias = QString::fromUtf8(host);
            if (!pins.m_keys.contains(alias))
                pins.m_keys.insert(alias, line.key);
        }
    return pins;
}

Result<std::optional<PublicKey>> KnownHosts::lookup(const QString &alias) const
{
    auto pins = load();
    if (!pins)
        return pins.error();
    return pins->find(alias);
}

std::optional<PublicKey> KnownHosts::pinned(const QString &alias) const
{
    auto pin = lookup(alias);
    return pin ? *pin : std::nullopt;
}

Status KnownHosts::pin(const QString &alias, const PublicKey &key) const
{
    auto lines = readLines();
    if (!lines)
        return Error(lines.error().code, tr("The host key of %1 was not pinned: %2").arg(alias, lines.error().message),
                     lines.error().detail);
    const QByteArray wanted = alias.toUtf8();
    QByteArray out;
    for (const Line &line : std::as_const(*lines))
        if (!line.raw.isEmpty() && !line.pinned.contains(wanted))
            out += line.raw + '\n';
    out += alias.toUtf8() + ' ' + key.toOpenSshLine({});
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return writeFileAtomically(m_path, out, FileMode::Public, Overwrite::Replace);
}

Status KnownHosts::unpin(const QString &alias) const
{
    auto lines = readLines();
    if (!lines)
        return Error(lines.error().code, tr("The pin of %1 was not removed: %2").arg(alias, lines.error().message),
                     lines.error().detail);
    const QByteArray wanted = alias.toUtf8();
    QByteArray out;
    bool changed = false;
    for (const Line &line : std::as_const(*lines)) {
        if (line.raw.isEmpty())
            continue;
        if (line.pinned.contains(wanted)) {
            changed = true;
            continue;
        }
        out += line.raw + '\n';
    }
    return changed ? writeFileAtomically(m_path, out, FileMode::Public, Overwrite::Replace) : Status();
}

Status KnownHosts::check(const QString &alias, const PublicKey &offered) const
{
    const auto found = lookup(alias);
    if (!found)
        return Error(found.error().code,
                     tr("The host key of %1 cannot be checked: %2").arg(alias, found.error().message),
                     found.error().detail);
    const auto &pin = *found;
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
