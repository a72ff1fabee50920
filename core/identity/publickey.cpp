#include "publickey.h"

#include "sshwire.h"

#include "common/text.h"

#include <QCryptographicHash>
#include <QList>

namespace keyport {

namespace {

struct AlgorithmName {
    KeyAlgorithm alg;
    const char *wire;
    const char *display;
};

constexpr AlgorithmName kNames[] = {
    { KeyAlgorithm::Ed25519, "ssh-ed25519", "ED25519" },
    { KeyAlgorithm::EcdsaP256, "ecdsa-sha2-nistp256", "ECDSA" },
    { KeyAlgorithm::EcdsaP384, "ecdsa-sha2-nistp384", "ECDSA" },
    { KeyAlgorithm::EcdsaP521, "ecdsa-sha2-nistp521", "ECDSA" },
    { KeyAlgorithm::Rsa, "ssh-rsa", "RSA" },
    { KeyAlgorithm::Dsa, "ssh-dss", "DSA" },
    { KeyAlgorithm::SkEd25519, "sk-ssh-ed25519@openssh.com", "ED25519-SK" },
    { KeyAlgorithm::SkEcdsaP256, "sk-ecdsa-sha2-nistp256@openssh.com", "ECDSA-SK" },
};

int bitLength(const QByteArray &magnitude)
{
    if (magnitude.isEmpty())
        return 0;
    int bits = int(magnitude.size()) * 8;
    for (uint8_t top = uint8_t(magnitude[0]); !(top & 0x80); top <<= 1)
        --bits;
    return bits;
}

Error badKey(const QString &why)
{
    return Error(ErrorCode::BadFormat, tr("This is not a valid SSH public key."), why);
}

} // namespace

QByteArray algorithmWireName(KeyAlgorithm alg)
{
    for (const auto &n : kNames)
        if (n.alg == alg)
            return n.wire;
    return {};
}

KeyAlgorithm algorithmFromWireName(const QByteArray &name)
{
    for (const auto &n : kNames)
        if (name == n.wire)
            return n.alg;
    return KeyAlgorithm::Unknown;
}

QString algorithmDisplayName(KeyAlgorithm alg)
{
    for (const auto &n : kNames)
        if (n.alg == alg)
            return QString::fromLatin1(n.display);
    return QStringLiteral("UNKNOWN");
}

Result<PublicKey> PublicKey::fromBlob(const QByteArray &blob)
{
    SshReader r(blob);
    QByteArray type;
    if (!r.string(type))
        return badKey(QStringLiteral("truncated key type"));
    PublicKey key;
    key.m_blob = blob;
    key.m_wireName = type;
    key.m_algorithm = algorithmFromWireName(type);
    QByteArray a, b, c, d;
    switch (key.m_algorithm) {
    case KeyAlgorithm::Ed25519:
    case KeyAlgorithm::SkEd25519:
        if (!r.string(a) || a.size() != 32)
            return badKey(QStringLiteral("bad Ed25519 public key"));
        key.m_bits = 256;
        break;
    case KeyAlgorithm::EcdsaP256:
    case KeyAlgorithm::EcdsaP384:
    case KeyAlgorithm::EcdsaP521:
    case KeyAlgorithm::SkEcdsaP256:
        if (!r.string(a) || !r.string(b) || b.isEmpty() || b[0] != '\x04')
            return badKey(QStringLiteral("bad ECDSA public key"));
        key.m_bits = a == "nistp256" ? 256 : a == "nistp384" ? 384 : a == "nistp521" ? 521 : 0;
        if (!key.m_bits)
            return badKey(QStringLiteral("unknown curve"));
        break;
    case KeyAlgorithm::Rsa:
        if (!r.mpint(a) || !r.mpint(b))
            return badKey(QStringLiteral("bad RSA public key"));
        key.m_bits = bitLength(b);
        break;
    case KeyAlgorithm::Dsa:
        if (!r.mpint(a) || !r.mpint(b) || !r.mpint(c) || !r.mpint(d))
            return badKey(QStringLiteral("bad DSA public key"));
        key.m_bits = bitLength(a);
        break;
    case KeyAlgorithm::Unknown:
        return Error(ErrorCode::Unsupported,
                     tr("Unsupported key type \"%1\".").arg(printable(QString::fromLatin1(type), 64)));
    }
    // sk keys carry an application string after the key itself.
    if (key.m_algorithm == KeyAlgorithm::SkEd25519 || key.m_algorithm == KeyAlgorithm::SkEcdsaP256)
        r.string(c);
    if (r.failed() || !r.atEnd())
        return badKey(QStringLiteral("trailing or missing data"));
    return key;
}

Result<PublicKey> PublicKey::fromOpenSshLine(const QByteArray &line, QString *comment)
{
    const QByteArray trimmed = line.trimmed();
    const QList<QByteArray> parts = trimmed.simplified().split(' ');
    if (parts.size() < 2)
        return badKey(QStringLiteral("expected \"type base64 [comment]\""));
    const auto decoded = QByteArray::fromBase64Encoding(parts[1], QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return badKey(QStringLiteral("invalid base64"));
    auto key = fromBlob(*decoded);
    if (!key)
        return key;
    if (key->wireName() != parts[0])
        return badKey(QStringLiteral("type field does not match the key"));
    if (comment) {
        // The comment is everything after the second field, spaces kept.
        const qsizetype first = trimmed.indexOf(parts[1]) + parts[1].size();
        *comment = QString::fromUtf8(trimmed.mid(first).trimmed());
    }
    return key;
}

Result<PublicKey> PublicKey::fromAuthorizedKeysLine(const QByteArray &line, QString *comment)
{
    const QByteArray trimmed = line.trimmed();
    if (trimmed.startsWith('#'))
        return badKey(QStringLiteral("a comment line"));
    auto key = fromOpenSshLine(trimmed, comment);
    if (key)
        return key;
    // Not a key at the start: options come first (sshd's sshkey_advance_past_options).
    bool quoted = false;
    qsizetype end = 0;
    for (; end < trimmed.size() && (quoted || (trimmed[end] != ' ' && trimmed[end] != '\t')); ++end) {
        if (trimmed[end] == '\\' && end + 1 < trimmed.size() && trimmed[end + 1] == '"')
            ++end;
        else if (trimmed[end] == '"')
            quoted = !quoted;
    }
    if (quoted || end == trimmed.size())
        return key;
    auto afterOptions = fromOpenSshLine(trimmed.mid(end), comment);
    return afterOptions ? afterOptions : key;
}

QString sha256Fingerprint(const QByteArray &blob)
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:")
           + QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

bool keyLinesContain(const QString &lines, const PublicKey &key)
{
    // Parsed as sshd reads them, so a key behind options (`restrict,... ssh-ed25519 ...`)
    // counts: registering it again would add a second, unrestricted line.
    for (const QString &line : lines.split(QLatin1Char('\n')))
        if (auto parsed = PublicKey::fromAuthorizedKeysLine(line.trimmed().toUtf8()); parsed && *parsed == key)
            return true;
    return false;
}

QString PublicKey::fingerprint() const
{
    return sha256Fingerprint(m_blob);
}

QByteArray PublicKey::toOpenSshLine(const QString &comment) const
{
    QByteArray line = m_wireName + ' ' + m_blob.toBase64();
    if (!comment.isEmpty())
        line += ' ' + comment.toUtf8();
    return line + '\n';
}

} // namespace keyport
