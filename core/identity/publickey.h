#pragma once

#include <QCoreApplication>

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace keyport {

enum class KeyAlgorithm { Ed25519, EcdsaP256, EcdsaP384, EcdsaP521, Rsa, Dsa, SkEd25519, SkEcdsaP256, Unknown };

// "ssh-ed25519", "ecdsa-sha2-nistp256", ... and back.
QByteArray algorithmWireName(KeyAlgorithm alg);
KeyAlgorithm algorithmFromWireName(const QByteArray &name);
// "ED25519", "ECDSA", "RSA", "DSA", "ED25519-SK", "ECDSA-SK": as ssh-keygen -l prints.
QString algorithmDisplayName(KeyAlgorithm alg);

// An SSH public key as its wire blob plus what we can tell about it.
class PublicKey {
    // tr() in this class translates in context "keyport::PublicKey", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::PublicKey)

public:
    PublicKey() = default;
    static Result<PublicKey> fromBlob(const QByteArray &blob);
    // Parses "type base64 [comment]" (an authorized_keys / .pub line).
    static Result<PublicKey> fromOpenSshLine(const QByteArray &line, QString *comment = nullptr);
    // Parses an authorized_keys line, "[options] type base64 [comment]":
    // options skipped as sshd skips them, up to the first blank outside quotes.
    static Result<PublicKey> fromAuthorizedKeysLine(const QByteArray &line, QString *comment = nullptr);

    bool isNull() const { return m_blob.isEmpty(); }
    const QByteArray &blob() const { return m_blob; }
    KeyAlgorithm algorithm() const { return m_algorithm; }
    QByteArray wireName() const { return m_wireName; }
    int bits() const { return m_bits; }
    // "SHA256:" + unpadded base64 of the blob's SHA-256, as ssh-keygen -l.
    QString fingerprint() const;
    // "type base64 comment\n"
    QByteArray toOpenSshLine(const QString &comment) const;

    bool operator==(const PublicKey &o) const { return m_blob == o.m_blob; }

private:
    QByteArray m_blob;
    QByteArray m_wireName;
    KeyAlgorithm m_algorithm = KeyAlgorithm::Unknown;
    int m_bits = 0;
};

QString sha256Fingerprint(const QByteArray &blob);

// Whether newline-separated key lines (an authorized_keys file, knot's key
// field) already hold `key`, whatever comment or options its line has.
bool keyLinesContain(const QString &lines, const PublicKey &key);

} // namespace keyport
