#include "privatekey.h"

#include "sshwire.h"

#include "common/log.h"
#include "common/secret.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

#include <cstring>

namespace keyport {

namespace {

using BnPtr = std::unique_ptr<BIGNUM, decltype(&BN_clear_free)>;

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (!e)
        return {};
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

Error cryptoError(const QString &what)
{
    return Error(ErrorCode::Internal, what, opensslError());
}

QByteArray bnBytes(const BIGNUM *bn)
{
    QByteArray out(BN_num_bytes(bn), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    return out;
}

BnPtr bnParam(EVP_PKEY *pkey, const char *name)
{
    BIGNUM *bn = nullptr;
    EVP_PKEY_get_bn_param(pkey, name, &bn);
    return BnPtr(bn, &BN_clear_free);
}

BnPtr toBn(const QByteArray &magnitude)
{
    return BnPtr(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(magnitude.constData()), int(magnitude.size()), nullptr),
        &BN_clear_free);
}

const char *curveForOpenSsl(KeyAlgorithm alg)
{
    switch (alg) {
    case KeyAlgorithm::EcdsaP256:
        return "P-256";
    case KeyAlgorithm::EcdsaP384:
        return "P-384";
    case KeyAlgorithm::EcdsaP521:
        return "P-521";
    default:
        return nullptr;
    }
}

QByteArray sshCurveName(KeyAlgorithm alg)
{
    switch (alg) {
    case KeyAlgorithm::EcdsaP256:
        return "nistp256";
    case KeyAlgorithm::EcdsaP384:
        return "nistp384";
    case KeyAlgorithm::EcdsaP521:
        return "nistp521";
    default:
        return {};
    }
}

KeyAlgorithm algorithmOfCurve(const QByteArray &openSslGroup)
{
    if (openSslGroup == "prime256v1" || openSslGroup == "P-256" || openSslGroup == "secp256r1")
        return KeyAlgorithm::EcdsaP256;
    if (openSslGroup == "secp384r1" || openSslGroup == "P-384")
        return KeyAlgorithm::EcdsaP384;
    if (openSslGroup == "secp521r1" || openSslGroup == "P-521")
        return KeyAlgorithm::EcdsaP521;
    return KeyAlgorithm::Unknown;
}

QByteArray ecPoint(EVP_PKEY *pkey)
{
    // Ask for the uncompressed form SSH uses, whatever the source file had.
    EVP_PKEY_set_utf8_string_param(pkey, OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT,
                                   OSSL_PKEY_EC_POINT_CONVERSION_FORMAT_UNCOMPRESSED);
    size_t len = 0;
    EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY, nullptr, 0, &len);
    QByteArray out(qsizetype(len), '\0');
    if (!EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_PUB_KEY, reinterpret_cast<unsigned char *>(out.data()),
                                         len, &len))
        return {};
    out.truncate(qsizetype(len));
    return out;
}

EVP_PKEY *fromParams(const char *type, OSSL_PARAM_BLD *bld)
{
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    EVP_PKEY *pkey = nullptr;
    if (ctx && params && EVP_PKEY_fromdata_init(ctx) > 0)
        EVP_PKEY_fromdata(ctx, &pkey, EVP_PKEY_KEYPAIR, params);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    return pkey;
}

// A key file carries both halves, and nothing makes them belong together:
// a damaged or forged file with zeros for the private fields, RSA factors
// that are not the modulus's, or an EC point that is not d*G loads, and
// fails far away when it signs. OpenSSL's loaders do not check (PEM no more
// than our own OpenSSH reader); this does, cheaply (no primality tests).
bool privateHalfConsistent(EVP_PKEY *pkey)
{
    if (EVP_PKEY_get_base_id(pkey) == EVP_PKEY_RSA) {
        BIGNUM *n = nullptr, *e = nullptr, *d = nullptr, *p = nullptr, *q = nullptr;
        EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_N, &n);
        EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e);
        EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_D, &d);
        EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_FACTOR1, &p);
        EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_FACTOR2, &q);
        BnPtr bn(n, &BN_clear_free), be(e, &BN_clear_free), bd(d, &BN_clear_free), bp(p, &BN_clear_free),
            bq(q, &BN_clear_free);
        ERR_clear_error();
        if (!n || !e || !d || !p || !q || BN_is_zero(d) || BN_cmp(p, BN_value_one()) <= 0
            || BN_cmp(q, BN_value_one()) <= 0 || !BN_is_odd(e) || BN_is_one(e))
            return false;
        BN_CTX *ctx = BN_CTX_new();
        BnPtr pq(BN_new(), &BN_clear_free);
        const bool ok = ctx && pq && BN_mul(pq.get(), p, q, ctx) == 1 && BN_cmp(pq.get(), n) == 0;
        BN_CTX_free(ctx);
        return ok;
    }
    if (EVP_PKEY_get_base_id(pkey) == EVP_PKEY_EC) {
        EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr);
        const bool ok = ctx && EVP_PKEY_pairwise_check(ctx) == 1;
        EVP_PKEY_CTX_free(ctx);
        ERR_clear_error();
        return ok;
    }
    return true; // Ed25519: the public half is derived from the seed
}

Error badPrivate(const QString &why)
{
    return Error(ErrorCode::BadFormat, tr("The private key is damaged or not a key."), why);
}

} // namespace

Result<PrivateKey> PrivateKey::wrap(EVP_PKEY *pkey)
{
    PrivateKey key;
    key.m_pkey.reset(pkey, &EVP_PKEY_free);
    SshWriter pub;
    switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_ED25519: {
        unsigned char raw[32];
        size_t len = sizeof raw;
        if (!EVP_PKEY_get_raw_public_key(pkey, raw, &len) || len != 32)
            return cryptoError(tr("Cannot read the Ed25519 public key."));
        key.m_algorithm = KeyAlgorithm::Ed25519;
        pub.string("ssh-ed25519");
        pub.string(QByteArray(reinterpret_cast<const char *>(raw), 32));
        break;
    }
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t glen = 0;
        EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &glen);
        key.m_algorithm = algorithmOfCurve(QByteArray(group));
        if (key.m_algorithm == KeyAlgorithm::Unknown)
            return Error(ErrorCode::Unsupported,
                         tr("Unsupported elliptic curve \"%1\": SSH uses P-256, P-384 and P-521.")
                             .arg(QString::fromLatin1(group)));
        pub.string(algorithmWireName(key.m_algorithm));
        pub.string(sshCurveName(key.m_algorithm));
        pub.string(ecPoint(pkey));
        break;
    }
    case EVP_PKEY_RSA: {
        key.m_algorithm = KeyAlgorithm::Rsa;
        auto n = bnParam(pkey, OSSL_PKEY_PARAM_RSA_N), e = bnParam(pkey, OSSL_PKEY_PARAM_RSA_E);
        if (!n || !e)
            return cryptoError(tr("Cannot read the RSA public key."));
        pub.string("ssh-rsa");
        pub.mpint(bnBytes(e.get()));
        pub.mpint(bnBytes(n.get()));
        break;
    }
    case EVP_PKEY_DSA:
        return Error(ErrorCode::Unsupported,
                     tr("DSA keys are obsolete and no longer accepted by OpenSSH; generate an Ed25519 key instead."));
    default:
        return Error(ErrorCode::Unsupported, tr("Unsupported private key type."));
    }
    auto pk = PublicKey::fromBlob(pub.data());
    if (!pk)
        return pk.error();
    key.m_public = *pk;
    return key;
}

Result<PrivateKey> PrivateKey::generate(KeyAlgorithm alg, int bits)
{
    EVP_PKEY *pkey = nullptr;
    switch (alg) {
    case KeyAlgorithm::Ed25519:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        break;
    case KeyAlgorithm::EcdsaP256:
    case KeyAlgorithm::EcdsaP384:
    case KeyAlgorithm::EcdsaP521:
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curveForOpenSsl(alg));
        break;
    case KeyAlgorithm::Rsa:
        if (bits == 0)
            bits = 3072;
        if (bits != 3072 && bits != 4096)
            return Error(ErrorCode::InvalidArgument, tr("RSA keys must have 3072 or 4096 bits."));
        pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
        break;
    default:
        return Error(ErrorCode::Unsupported, tr("Keyport generates Ed25519, ECDSA and RSA keys only."));
    }
    if (!pkey)
        return cryptoError(tr("Key generation failed."));
    return wrap(pkey);
}

Result<PrivateKey> PrivateKey::fromOpenSshFields(SshReader &r)
{
    QByteArray type;
    if (!r.string(type))
        return badPrivate(QStringLiteral("missing key type"));
    const KeyAlgorithm alg = algorithmFromWireName(type);
    EVP_PKEY *pkey = nullptr;
    switch (alg) {
    case KeyAlgorithm::Ed25519: {
        QByteArray pk, sk;
        if (!r.string(pk) || !r.string(sk) || pk.size() != 32 || sk.size() != 64)
            return badPrivate(QStringLiteral("bad Ed25519 fields"));
        pkey = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                            reinterpret_cast<const unsigned char *>(sk.constData()), 32);
        wipe(sk);
        if (!pkey)
            return cryptoError(tr("Cannot load the Ed25519 key."));
        auto key = wrap(pkey);
        // The stored public half must be the one the seed derives.
        if (key && key->m_public.blob().right(32) != pk)
            return badPrivate(QStringLiteral("Ed25519 public key does not match the private key"));
        return key;
    }
    case KeyAlgorithm::EcdsaP256:
    case KeyAlgorithm::EcdsaP384:
    case KeyAlgorithm::EcdsaP521: {
        QByteArray curve, point, d;
        if (!r.string(curve) || !r.string(point) || !r.mpint(d) || curve != sshCurveName(alg))
            return badPrivate(QStringLiteral("bad ECDSA fields"));
        auto bn = toBn(d);
        OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
        OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, curveForOpenSsl(alg), 0);
        OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size()));
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, bn.get());
        pkey = fromParams("EC", bld);
        OSSL_PARAM_BLD_free(bld);
        break;
    }
    case KeyAlgorithm::Rsa: {
        QByteArray n, e, d, iqmp, p, q;
        if (!r.mpint(n) || !r.mpint(e) || !r.mpint(d) || !r.mpint(iqmp) || !r.mpint(p) || !r.mpint(q))
            return badPrivate(QStringLiteral("bad RSA fields"));
        auto bn = toBn(n), be = toBn(e), bd = toBn(d), biqmp = toBn(iqmp), bp = toBn(p), bq = toBn(q);
        // OpenSSH stores no CRT exponents; derive d mod (p-1) and d mod (q-1).
        BnPtr dmp1(BN_new(), &BN_clear_free), dmq1(BN_new(), &BN_clear_free);
        BnPtr pm1(BN_dup(bp.get()), &BN_clear_free), qm1(BN_dup(bq.get()), &BN_clear_free);
        BN_CTX *ctx = BN_CTX_new();
        BN_sub_word(pm1.get(), 1);
        BN_sub_word(qm1.get(), 1);
        BN_mod(dmp1.get(), bd.get(), pm1.get(), ctx);
        BN_mod(dmq1.get(), bd.get(), qm1.get(), ctx);
        BN_CTX_free(ctx);
        OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn.get());
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be.get());
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_D, bd.get());
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_FACTOR1, bp.get());
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_FACTOR2, bq.get());
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_EXPONENT1, dmp1.get());
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_EXPONENT2, dmq1.get());
        OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_COEFFICIENT1, biqmp.get());
        pkey = fromParams("RSA", bld);
        OSSL_PARAM_BLD_free(bld);
        break;
    }
    case KeyAlgorithm::Dsa:
        return Error(ErrorCode::Unsupported,
                     tr("DSA keys are obsolete and no longer accepted by OpenSSH; generate an Ed25519 key instead."));
    case KeyAlgorithm::SkEd25519:
    case KeyAlgorithm::SkEcdsaP256:
        return Error(ErrorCode::Unsupported,
                     tr("This key lives on a hardware security key (FIDO); use ssh-add to load it."));
    case KeyAlgorithm::Unknown:
        return Error(ErrorCode::Unsupported, tr("Unsupported private key type."));
    }
    if (!pkey)
        return cryptoError(tr("The private key could not be loaded."));
    if (!privateHalfConsistent(pkey)) {
        EVP_PKEY_free(pkey);
        return badPrivate(QStringLiteral("the private fields do not match the public key"));
    }
    return wrap(pkey);
}

Result<PrivateKey> PrivateKey::fromPem(const QByteArray &pem, const QByteArray &passphrase)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    struct Pass {
        const QByteArray *pw;
    } pass { &passphrase };
    // Always pass a callback: without one OpenSSL would prompt on the terminal.
    auto cb = [](char *buf, int size, int, void *u) -> int {
        const QByteArray *pw = static_cast<Pass *>(u)->pw;
        if (pw->isEmpty() || pw->size() > size)
            return 0;
        std::memcpy(buf, pw->constData(), size_t(pw->size()));
        return int(pw->size());
    };
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, cb, &pass);
    BIO_free(bio);
    if (!pkey) {
        const QString detail = opensslError();
        return Error(ErrorCode::BadFormat, tr("The PEM private key could not be read."), detail);
    }
    if (!privateHalfConsistent(pkey)) {
        EVP_PKEY_free(pkey);
        return badPrivate(QStringLiteral("the private fields do not match the public key"));
    }
    return wrap(pkey);
}

QByteArray PrivateKey::openSshFields() const
{
    SshWriter w;
    w.string(algorithmWireName(m_algorithm));
    return writePrivateFields(w, false) ? w.data() : QByteArray();
}

QByteArray PrivateKey::agentCertificateFields(const QByteArray &certType, const QByteArray &certBlob) const
{
    SshWriter w;
    w.string(certType);
    w.string(certBlob);
    return writePrivateFields(w, true) ? w.data() : QByteArray();
}

bool PrivateKey::writePrivateFields(SshWriter &w, bool afterCertificate) const
{
    EVP_PKEY *pkey = m_pkey.get();
    switch (m_algorithm) {
    case KeyAlgorithm::Ed25519: {
        // ENC(A), then k || ENC(A): the same after a certificate.
        unsigned char seed[32];
        size_t len = sizeof seed;
        EVP_PKEY_get_raw_private_key(pkey, seed, &len);
        const QByteArray pk = m_public.blob().right(32);
        w.string(pk);
        w.string(QByteArray(reinterpret_cast<const char *>(seed), 32) + pk);
        OPENSSL_cleanse(seed, sizeof seed);
        return true;
    }
    case KeyAlgorithm::EcdsaP256:
    case KeyAlgorithm::EcdsaP384:
    case KeyAlgorithm::EcdsaP521:
        if (!afterCertificate) { // the certificate carries the curve and the point
            w.string(sshCurveName(m_algorithm));
            w.string(ecPoint(pkey));
        }
        w.mpint(bnBytes(bnParam(pkey, OSSL_PKEY_PARAM_PRIV_KEY).get()));
        return true;
    case KeyAlgorithm::Rsa:
        if (!afterCertificate) // ... and n, e
            for (const char *name : { OSSL_PKEY_PARAM_RSA_N, OSSL_PKEY_PARAM_RSA_E })
                w.mpint(bnBytes(bnParam(pkey, name).get()));
        for (const char *name : { OSSL_PKEY_PARAM_RSA_D, OSSL_PKEY_PARAM_RSA_COEFFICIENT1, OSSL_PKEY_PARAM_RSA_FACTOR1,
                                  OSSL_PKEY_PARAM_RSA_FACTOR2 })
            w.mpint(bnBytes(bnParam(pkey, name).get()));
        return true;
    default:
        return false;
    }
}

} // namespace keyport
