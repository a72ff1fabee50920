#include "certificate.h"

#include "sshwire.h"

#include "common/text.h"

#include <QList>
#include <QLocale>

namespace keyport {

namespace {

Error badCert(const QString &why)
{
    return Error(ErrorCode::BadFormat, tr("The certificate file is damaged."), why);
}

// The certificate repeats the key's fields after a nonce; rebuild the plain key
// blob from them so the fingerprint matches the key's own.
bool readKeyFields(SshReader &r, KeyAlgorithm alg, SshWriter &blob)
{
    QByteArray a, b, c, d;
    switch (alg) {
    case KeyAlgorithm::Ed25519:
        if (!r.string(a))
            return false;
        blob.string(a);
        return true;
    case KeyAlgorithm::EcdsaP256:
    case KeyAlgorithm::EcdsaP384:
    case KeyAlgorithm::EcdsaP521:
        if (!r.string(a) || !r.string(b))
            return false;
        blob.string(a);
        blob.string(b);
        return true;
    case KeyAlgorithm::Rsa:
        if (!r.mpint(a) || !r.mpint(b))
            return false;
        blob.mpint(a);
        blob.mpint(b);
        return true;
    case KeyAlgorithm::Dsa:
        if (!r.mpint(a) || !r.mpint(b) || !r.mpint(c) || !r.mpint(d))
            return false;
        for (const auto &x : { a, b, c, d })
            blob.mpint(x);
        return true;
    case KeyAlgorithm::SkEd25519:
        if (!r.string(a) || !r.string(b))
            return false;
        blob.string(a);
        blob.string(b);
        return true;
    case KeyAlgorithm::SkEcdsaP256:
        if (!r.string(a) || !r.string(b) || !r.string(c))
            return false;
        blob.string(a);
        blob.string(b);
        blob.string(c);
        return true;
    case KeyAlgorithm::Unknown:
        return false;
    }
    return false;
}

QStringList readNames(const QByteArray &packed, bool withData)
{
    QStringList out;
    SshReader r(packed);
    while (!r.atEnd() && !r.failed()) {
        QByteArray name, data;
        if (!r.string(name) || (withData && !r.string(data)))
            break;
        out << QString::fromUtf8(name);
    }
    return out;
}

QDateTime fromCertTime(quint64 t)
{
    // 0 and 2^64-1 mean "no bound".
    if (t == 0 || t == ~quint64(0) || t > quint64(253402300799))
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(t), Qt::UTC);
}

} // namespace

Result<Certificate> Certificate::fromOpenSshLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.simplified().split(' ');
    if (parts.size() < 2)
        return badCert(QStringLiteral("expected \"type base64\""));
    auto raw = QByteArray::fromBase64Encoding(parts[1], QByteArray::AbortOnBase64DecodingErrors);
    if (!raw)
        return badCert(QStringLiteral("invalid base64"));
    SshReader r(*raw);
    Certificate cert;
    QByteArray nonce;
    if (!r.string(cert.certType) || !r.string(nonce))
        return badCert(QStringLiteral("truncated"));
    if (!cert.certType.endsWith("-cert-v01@openssh.com"))
        return badCert(QStringLiteral("not a certificate type"));
    QByteArray plainType = cert.certType.chopped(qsizetype(sizeof("-cert-v01@openssh.com") - 1));
    if (plainType.startsWith("sk-"))
        plainType += "@openssh.com";
    const KeyAlgorithm alg = algorithmFromWireName(plainType);
    SshWriter blob;
    blob.string(plainType);
    if (alg == KeyAlgorithm::Unknown || !readKeyFields(r, alg, blob))
        return badCert(QStringLiteral("bad certified key"));
    auto key = PublicKey::fromBlob(blob.data());
    if (!key)
        return key.error();
    cert.key = *key;
    uint32_t kind = 0;
    QByteArray keyId, principals, critical, extensions, reserved, signatureKey, signature;
    uint64_t after = 0, before = 0;
    if (!r.u64(cert.serial) || !r.u32(kind) || !r.string(keyId) || !r.string(principals) || !r.u64(after)
        || !r.u64(before) || !r.string(critical) || !r.string(extensions) || !r.string(reserved)
        || !r.string(signatureKey) || !r.string(signature))
        return badCert(QStringLiteral("truncated certificate fields"));
    if (kind != 1 && kind != 2)
        return badCert(QStringLiteral("unknown certificate kind"));
    cert.kind = Kind(kind);
    cert.keyId = QString::fromUtf8(keyId);
    cert.principals = readNames(principals, false);
    cert.validAfter = fromCertTime(after);
    cert.validBefore = fromCertTime(before);
    cert.criticalOptions = readNames(critical, true);
    cert.extensions = readNames(extensions, true);
    cert.caFingerprint = sha256Fingerprint(signatureKey);
    cert.blob = *raw;
    return cert;
}

bool Certificate::isValidAt(const QDateTime &when) const
{
    return (!validAfter.isValid() || when >= validAfter) && (!validBefore.isValid() || when < validBefore);
}

std::optional<qint64> Certificate::secondsLeft(const QDateTime &now) const
{
    if (!validBefore.isValid())
        return std::nullopt;
    return now.secsTo(validBefore);
}

QString Certificate::statusText(const QDateTime &now) const
{
    if (validAfter.isValid() && now < validAfter)
        return tr("not yet valid");
    const auto left = secondsLeft(now);
    if (!left)
        return tr("valid forever");
    if (*left <= 0)
        return tr("expired %1 ago").arg(formatDuration(-*left));
    return tr("%1 left").arg(formatDuration(*left));
}

QString Certificate::aboutText() const
{
    QStringList about;
    about << (principals.isEmpty() ? tr("for any user")
                                   : tr("for %1").arg(printable(principals.join(QStringLiteral(", ")), 120)));
    about << tr("serial %1").arg(serial);
    const QLocale locale;
    const auto at = [&locale](const QDateTime &t) {
        // Same day as now: the time says it; otherwise the date too.
        const QDateTime local = t.toLocalTime();
        return local.date() == QDate::currentDate() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                    : locale.toString(local, QLocale::ShortFormat);
    };
    if (validAfter.isValid() && validBefore.isValid())
        about << tr("valid %1 to %2").arg(at(validAfter), at(validBefore));
    else if (validBefore.isValid())
        about << tr("valid until %1").arg(at(validBefore));
    else if (validAfter.isValid())
        about << tr("valid from %1").arg(at(validAfter));
    return about.join(QStringLiteral(" · "));
}

} // namespace keyport
