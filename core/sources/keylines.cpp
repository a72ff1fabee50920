#include "keylines.h"

#include "common/text.h"

namespace keyport::keylines {

KEYPORT_NAMESPACE_TR("keyport::keylines")

namespace {
// A line Keyport cannot read shows this much of itself: its type, mostly.
constexpr int kUnreadName = 60;
constexpr int kMaxName = 255;
constexpr qsizetype kMaxKeys = 10000;

// As sshd reads the lines: blank ones and # comments hold no key.
bool isKeyLine(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    return !t.isEmpty() && !t.startsWith('#');
}
} // namespace

QList<RegisteredKey> registered(const QString &lines)
{
    QList<RegisteredKey> out;
    for (const QString &line : lines.split(QLatin1Char('\n'))) {
        const QByteArray bytes = line.toUtf8();
        if (!isKeyLine(bytes))
            continue;
        RegisteredKey r;
        QString comment;
        if (auto key = PublicKey::fromAuthorizedKeysLine(bytes, &comment)) {
            r.name = printable(comment, kMaxName);
            r.fingerprint = key->fingerprint();
            r.key = *key;
        } else {
            r.name = printable(line.trimmed(), kUnreadName);
        }
        out << r;
        if (out.size() >= kMaxKeys)
            break;
    }
    return out;
}

std::optional<QString> without(const QString &lines, const QString &fingerprint)
{
    if (fingerprint.isEmpty())
        return std::nullopt; // lines Keyport cannot read have none
    QStringList kept;
    bool dropped = false;
    // Split on '\n' only: a '\r' or the lack of a last newline stays as it was.
    for (const QString &line : lines.split(QLatin1Char('\n'))) {
        const QByteArray bytes = line.toUtf8();
        if (isKeyLine(bytes)) {
            auto key = PublicKey::fromAuthorizedKeysLine(bytes);
            if (key && key->fingerprint() == fingerprint) {
                dropped = true;
                continue;
            }
        }
        kept << line;
    }
    if (!dropped)
        return std::nullopt;
    return kept.join(QLatin1Char('\n'));
}

Error notRegistered(const QString &fingerprint, const QString &source)
{
    return Error(ErrorCode::NotFound,
                 tr("No key with fingerprint %1 is registered with %2; `keyport-cli keys registered --source %2` "
                    "lists them.")
                     .arg(printable(fingerprint, 80), source));
}

} // namespace keyport::keylines
