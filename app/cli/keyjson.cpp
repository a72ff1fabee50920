#include "keyjson.h"

#include "terminal.h"

#include "common/text.h"
#include "identity/unlockkeyjob.h"

#include <QDateTime>
#include <QJsonArray>

namespace keyport::cli {

QJsonObject certificateToJson(const Certificate &cert)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject o;
    o[QStringLiteral("type")] = QString::fromLatin1(cert.certType);
    o[QStringLiteral("kind")] = cert.kind == Certificate::Kind::User ? QStringLiteral("user") : QStringLiteral("host");
    o[QStringLiteral("key_id")] = cert.keyId;
    o[QStringLiteral("serial")] = QString::number(cert.serial);
    o[QStringLiteral("principals")] = QJsonArray::fromStringList(cert.principals);
    o[QStringLiteral("valid_after")] =
        cert.validAfter.isValid() ? QJsonValue(cert.validAfter.toString(Qt::ISODate)) : QJsonValue();
    o[QStringLiteral("valid_before")] =
        cert.validBefore.isValid() ? QJsonValue(cert.validBefore.toString(Qt::ISODate)) : QJsonValue();
    o[QStringLiteral("ca_fingerprint")] = cert.caFingerprint;
    o[QStringLiteral("extensions")] = QJsonArray::fromStringList(cert.extensions);
    o[QStringLiteral("critical_options")] = QJsonArray::fromStringList(cert.criticalOptions);
    o[QStringLiteral("valid_now")] = cert.isValidAt(now);
    const auto left = cert.secondsLeft(now);
    o[QStringLiteral("seconds_left")] = left ? QJsonValue(qMax<qint64>(0, *left)) : QJsonValue();
    return o;
}

QJsonObject keyToJson(const KeyInfo &k)
{
    QJsonObject o;
    o[QStringLiteral("name")] = k.name;
    o[QStringLiteral("path")] = k.path;
    o[QStringLiteral("format")] = keyFormatName(k.format);
    o[QStringLiteral("encrypted")] = k.encrypted;
    o[QStringLiteral("cipher")] = k.cipher;
    if (k.publicKey) {
        o[QStringLiteral("type")] = algorithmDisplayName(k.publicKey->algorithm());
        o[QStringLiteral("algorithm")] = QString::fromLatin1(k.publicKey->wireName());
        o[QStringLiteral("bits")] = k.publicKey->bits();
        o[QStringLiteral("fingerprint")] = k.publicKey->fingerprint();
        o[QStringLiteral("public_key")] = QString::fromUtf8(k.publicKey->toOpenSshLine(k.comment).trimmed());
    } else {
        for (const char *f : { "type", "algorithm", "bits", "fingerprint", "public_key" })
            o[QLatin1String(f)] = QJsonValue();
    }
    o[QStringLiteral("comment")] = k.comment;
    o[QStringLiteral("public_key_file")] = k.hasPublicFile ? QJsonValue(k.publicPath()) : QJsonValue();
    o[QStringLiteral("certificate")] = k.certificate ? QJsonValue(certificateToJson(*k.certificate)) : QJsonValue();
    o[QStringLiteral("certificate_problem")] =
        k.certificateProblem.isEmpty() ? QJsonValue() : QJsonValue(k.certificateProblem);
    o[QStringLiteral("problem")] = k.problem.isEmpty() ? QJsonValue() : QJsonValue(k.problem);
    return o;
}

PassphrasePrompt terminalPrompt()
{
    auto reads = std::make_shared<int>(0);
    return [reads](const KeyInfo &key, const QString &reason, std::function<void(std::optional<QByteArray>)> reply) {
        // From a pipe there is nobody to retry: one line is all we read.
        if (!stdinIsTerminal() && (*reads)++ > 0) {
            reply(std::nullopt);
            return;
        }
        if (!reason.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(reason));
        reply(readSecret(QStringLiteral("Enter passphrase for %1: ").arg(printable(key.name)).toUtf8()));
    };
}

} // namespace keyport::cli
