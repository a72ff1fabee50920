#pragma once

#include <QCoreApplication>

#include "publickey.h"

#include <memory>

struct evp_pkey_st;

namespace keyport {

class SshReader;
class SshWriter;

// A decrypted private key, held by OpenSSL. Copies share the key.
class PrivateKey {
    // tr() in this class translates in context "keyport::PrivateKey", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(keyport::PrivateKey)

public:
    PrivateKey() = default;

    // bits is only read for RSA (3072 or 4096; 0 means 3072).
    static Result<PrivateKey> generate(KeyAlgorithm alg, int bits = 0);
    // Reads the type-specific private fields of OpenSSH's key format (the
    // same encoding the agent protocol uses), starting at the type string.
    static Result<PrivateKey> fromOpenSshFields(SshReader &reader);
    // Legacy PEM / PKCS#8 (encrypted or not).
    static Result<PrivateKey> fromPem(const QByteArray &pem, const QByteArray &passphrase);

    bool isNull() const { return !m_pkey; }
    KeyAlgorithm algorithm() const { return m_algorithm; }
    const PublicKey &publicKey() const { return m_public; }
    // The private fields, starting with the type string, comment excluded.
    QByteArray openSshFields() const;
    // The same for the agent protocol's certificate form (draft-miller-ssh-
    // agent, "OpenSSH certificates"): the certificate's type and blob, then
    // the private fields the certificate does not carry. Empty for a type
    // without one.
    QByteArray agentCertificateFields(const QByteArray &certType, const QByteArray &certBlob) const;

private:
    static Result<PrivateKey> wrap(evp_pkey_st *pkey);
    // The fields after the type string (after a certificate: without what it carries).
    bool writePrivateFields(SshWriter &w, bool afterCertificate) const;
    std::shared_ptr<evp_pkey_st> m_pkey;
    KeyAlgorithm m_algorithm = KeyAlgorithm::Unknown;
    PublicKey m_public;
};

} // namespace keyport
