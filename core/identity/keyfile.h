#pragma once

#include "privatekey.h"

#include <optional>

namespace keyport {

enum class KeyFormat { OpenSsh, Pem, Pkcs8 };
QString keyFormatName(KeyFormat f);

// What a private key file says about itself without a passphrase.
struct KeyFileHeader {
    KeyFormat format = KeyFormat::OpenSsh;
    bool encrypted = false;
    QString cipher; // "aes256-ctr", "none", PEM DEK-Info, ...
    quint32 kdfRounds = 0; // OpenSSH files: bcrypt's work factor (ssh-keygen -a); 0 when none
    std::optional<PublicKey> publicKey; // OpenSSH files carry it in clear
    QString comment; // only readable when not encrypted
};

struct DecryptedKey {
    PrivateKey key;
    QString comment;
};

// True when the bytes look like a private key file (cheap check for discovery).
bool looksLikePrivateKey(const QByteArray &contents);

Result<KeyFileHeader> inspectKeyFile(const QByteArray &contents);

// Decrypts (or just parses, when unencrypted) a private key file.
// Errors: NeedPassphrase, WrongPassphrase, BadFormat, Unsupported.
Result<DecryptedKey> decryptKeyFile(const QByteArray &contents, const QByteArray &passphrase);

// Serialises to OpenSSH's format; with a passphrase: bcrypt KDF + aes256-ctr,
// as ssh-keygen does. `rounds` is the bcrypt work factor (ssh-keygen -a).
inline constexpr int kDefaultKdfRounds = 16;
Result<QByteArray> encodeOpenSshKey(const PrivateKey &key, const QString &comment, const QByteArray &passphrase,
                                    int rounds = kDefaultKdfRounds);

} // namespace keyport
