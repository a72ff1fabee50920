#pragma once

#include <QCoreApplication>

#include "certificate.h"
#include "keyfile.h"

#include <QList>
#include <QSet>

#include <optional>

namespace keyport {

// Everything shown about one private key file.
struct KeyInfo {
    QString name; // file name in ~/.ssh, or the path when elsewhere
    QString path; // absolute
    KeyFormat format = KeyFormat::OpenSsh;
    bool encrypted = false;
    QString cipher;
    std::optional<PublicKey> publicKey; // unknown for encrypted PEM without .pub
    QString comment;
    bool hasPublicFile = false;
    std::optional<Certificate> certificate;
    QString certificateProblem; // a -cert.pub that could not be read
    QString problem; // e.g. a .pub that does not match the key

    QString publicPath() const { return path + QStringLiteral(".pub"); }
    QString certificatePath() const { return path + QStringLiteral("-cert.pub"); }
};

struct GenerateOptions {
    KeyAlgorithm algorithm = KeyAlgorithm::Ed25519;
    int bits = 0; // RSA only
    QString comment;
    QByteArray passphrase; // empty: unencrypted
    int kdfRounds = kDefaultKdfRounds;
};

// The user's private keys in ~/.ssh: discovery, naming, and file operations.
// All methods block (key generation and bcrypt take a while): run them in a
// TaskJob from a GUI.
class KeyStore {
    // tr() in this class translates in context "keyport::KeyStore", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::KeyStore)

public:
    explicit KeyStore(QString sshDir = {});

    QString sshDir() const { return m_sshDir; }
    QList<KeyInfo> discover() const;

    // NAME -> path of an existing key (a file name in ~/.ssh, or a path).
    Result<QString> resolve(const QString &nameOrPath) const;
    // NAME -> path for a new key; refuses anything outside ~/.ssh, odd
    // characters, `..`, and existing files (key, .pub or -cert.pub). With
    // `existing` (the file names in ~/.ssh, listed earlier) it reads no file,
    // for a dialog that checks as the user types.
    Result<QString> pathForNewKey(const QString &name, const QSet<QString> *existing = nullptr) const;
    Result<KeyInfo> inspect(const QString &path) const;
    // resolve() then inspect(): the key a NAME on a command line means.
    Result<KeyInfo> find(const QString &nameOrPath) const;

    Result<KeyInfo> generate(const QString &name, const GenerateOptions &options) const;
    // Copies a key (and its .pub and -cert.pub) into ~/.ssh under its own file
    // name, never overwriting; writes a .pub when the source has none and the
    // public key is known.
    Result<KeyInfo> import(const QString &sourcePath) const;
    Result<DecryptedKey> decrypt(const QString &path, const QByteArray &passphrase) const;
    // Re-encrypts in OpenSSH format (PEM keys are converted). An empty new
    // passphrase removes the encryption.
    Status changePassphrase(const QString &path, const QByteArray &oldPassphrase,
                            const QByteArray &newPassphrase) const;
    // Deletes the key, its .pub and its -cert.pub.
    Status remove(const QString &path) const;

    // A short name for a path: the file name when it lives in ~/.ssh.
    QString displayName(const QString &path) const;

private:
    Status ensureDir() const;
    QString m_sshDir;
};

// Rejects control characters, whitespace, `..` and leading dashes: key file
// names end up in ssh_config lines and command lines.
Status validateKeyFileName(const QString &fileName);

} // namespace keyport
