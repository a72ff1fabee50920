#include "keyfile.h"

#include "bcryptpbkdf.h"
#include "sshwire.h"

#include "common/secret.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace keyport {

namespace {

constexpr char kMagic[] = "openssh-key-v1"; // followed by a NUL on the wire
constexpr char kBegin[] = "-----BEGIN OPENSSH PRIVATE KEY-----";
constexpr char kEnd[] = "-----END OPENSSH PRIVATE KEY-----";

struct CipherSpec {
    const char *name;
    const char *evpName;
    int keyLen;
    int ivLen;
    int blockSize;
    int tagLen; // AEAD tag stored after the encrypted section
};

constexpr CipherSpec kCiphers[] = {
    { "none", nullptr, 0, 0, 8, 0 },
    { "aes128-ctr", "AES-128-CTR", 16, 16, 16, 0 },
    { "aes192-ctr", "AES-192-CTR", 24, 16, 16, 0 },
    { "aes256-ctr", "AES-256-CTR", 32, 16, 16, 0 },
    { "aes128-cbc", "AES-128-CBC", 16, 16, 16, 0 },
    { "aes192-cbc", "AES-192-CBC", 24, 16, 16, 0 },
    { "aes256-cbc", "AES-256-CBC", 32, 16, 16, 0 },
    { "aes128-gcm@openssh.com", "AES-128-GCM", 16, 12, 16, 16 },
    { "aes256-gcm@openssh.com", "AES-256-GCM", 32, 12, 16, 16 },
};

const CipherSpec *findCipher(const QByteArray &name)
{
    for (const auto &c : kCiphers)
        if (name == c.name)
            return &c;
    return nullptr;
}

Error damaged(const QString &why)
{
    return Error(ErrorCode::BadFormat, tr("The key file is damaged or truncated."), why);
}

Result<QByteArray> unarmor(const QByteArray &contents)
{
    const qsizetype b = contents.indexOf(kBegin);
    const qsizetype e = contents.indexOf(kEnd);
    if (b < 0 || e < 0 || e < b)
        return damaged(QStringLiteral("missing BEGIN/END lines"));
    QByteArray body = contents.mid(b + qsizetype(sizeof kBegin) - 1, e - b - qsizetype(sizeof kBegin) + 1);
    body.replace('\r', "").replace('\n', "").replace(' ', "");
    auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return damaged(QStringLiteral("invalid base64"));
    return *decoded;
}

struct OpenSshContainer {
    QByteArray cipher, kdf, kdfOptions, publicBlob, sealed, tag;
};

Result<OpenSshContainer> parseContainer(const QByteArray &contents)
{
    auto raw = unarmor(contents);
    if (!raw)
        return raw.error();
    if (!raw->startsWith(QByteArray(kMagic, sizeof kMagic)))
        return damaged(QStringLiteral("bad magic"));
    SshReader r(raw->mid(sizeof kMagic));
    OpenSshContainer c;
    uint32_t count = 0;
    if (!r.string(c.cipher) || !r.string(c.kdf) || !r.string(c.kdfOptions) || !r.u32(count))
        return damaged(QStringLiteral("truncated header"));
    if (count != 1)
        return Error(ErrorCode::Unsupported, tr("Key files holding %1 keys are not supported.").arg(count));
    if (!r.string(c.publicBlob) || !r.string(c.sealed))
        return damaged(QStringLiteral("truncated key data"));
    const CipherSpec *spec = findCipher(c.cipher);
    if (spec && spec->tagLen && !r.raw(spec->tagLen, c.tag))
        return damaged(QStringLiteral("missing authentication tag"));
    return c;
}

bool isPem(const QByteArray &contents, KeyFormat *format, bool *encrypted, QString *cipher)
{
    static const char *const traditional[] = { "-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN EC PRIVATE KEY-----",
                                               "-----BEGIN DSA PRIVATE KEY-----" };
    for (const char *t : traditional) {
        if (contents.contains(t)) {
            *format = KeyFormat::Pem;
            *encrypted = contents.contains("Proc-Type: 4,ENCRYPTED");
            const qsizetype dek = contents.indexOf("DEK-Info: ");
            if (dek >= 0)
                *cipher = QString::fromLatin1(contents.mid(dek + 10, contents.indexOf(',', dek) - dek - 10));
            return true;
        }
    }
    if (contents.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
        *format = KeyFormat::Pkcs8;
        *encrypted = true;
        *cipher = QStringLiteral("pkcs8");
        return true;
    }
    if (contents.contains("-----BEGIN PRIVATE KEY-----")) {
        *format = KeyFormat::Pkcs8;
        *encrypted = false;
        return true;
    }
    return false;
}

// Runs the cipher over the sealed section (decrypt = !encrypt).
Result<QByteArray> applyCipher(const CipherSpec &spec, const QByteArray &keyIv, const QByteArray &in, bool encrypt,
                               QByteArray *tag)
{
    EVP_CIPHER *cipher = EVP_CIPHER_fetch(nullptr, spec.evpName, nullptr);
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    QByteArray out(in.size() + 32, '\0');
    int len = 0, total = 0;
    const auto *k = reinterpret_cast<const unsigned char *>(keyIv.constData());
    bool ok = cipher && ctx && EVP_CipherInit_ex2(ctx, cipher, nullptr, nullptr, encrypt ? 1 : 0, nullptr) == 1;
    if (ok && spec.tagLen)
        ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_IVLEN, spec.ivLen, nullptr) == 1;
    ok = ok && EVP_CipherInit_ex2(ctx, nullptr, k, k + spec.keyLen, -1, nullptr) == 1;
    ok = ok && EVP_CIPHER_CTX_set_padding(ctx, 0) == 1;
    if (ok && spec.tagLen && !encrypt)
        ok = EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, spec.tagLen, const_cast<char *>(tag->constData())) == 1;
    ok = ok
         && EVP_CipherUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
                             reinterpret_cast<const unsigned char *>(in.constData()), int(in.size()))
                == 1;
    total = len;
    const bool finalOk =
        ok && EVP_CipherFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + total, &len) == 1;
    total += finalOk ? len : 0;
    if (finalOk && spec.tagLen && encrypt) {
        tag->resize(spec.tagLen);
        EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, spec.tagLen, tag->data());
    }
    EVP_CIPHER_CTX_free(ctx);
    EVP_CIPHER_free(cipher);
    if (!ok)
        return Error(ErrorCode::Internal, tr("The cipher %1 is not available.").arg(QString::fromLatin1(spec.name)));
    if (!finalOk) // only AEAD (GCM) can fail here: the tag did not verify
        return Error(ErrorCode::WrongPassphrase, tr("Wrong passphrase."));
    out.truncate(total);
    return out;
}

QByteArray armor(const QByteArray &raw)
{
    QByteArray out = QByteArray(kBegin) + '\n';
    const QByteArray b64 = raw.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 70)
        out += b64.mid(i, 70) + '\n';
    return out + kEnd + '\n';
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, '\0');
    RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n);
    return b;
}

} // namespace

QString keyFormatName(KeyFormat f)
{
    switch (f) {
    case KeyFormat::OpenSsh:
        return QStringLiteral("openssh");
    case KeyFormat::Pem:
        return QStringLiteral("pem");
    case KeyFormat::Pkcs8:
        return QStringLiteral("pkcs8");
    }
    return {};
}

bool looksLikePrivateKey(const QByteArray &contents)
{
    return contents.contains("-----BEGIN ") && contents.contains(" PRIVATE KEY-----");
}

Result<KeyFileHeader> inspectKeyFile(const QByteArray &contents)
{
    KeyFileHeader h;
    if (isPem(contents, &h.format, &h.encrypted, &h.cipher))
        return h;
    if (!contents.contains(kBegin))
        return Error(ErrorCode::BadFormat, tr("This is not a private key file."));
    auto c = parseContainer(contents);
    if (!c)
        return c.error();
    h.format = KeyFormat::OpenSsh;
    h.cipher = QString::fromLatin1(c->cipher);
    h.encrypted = c->cipher != "none";
    if (c->kdf == "bcrypt") {
        SshReader opts(c->kdfOptions);
        QByteArray salt;
        if (opts.string(salt))
            opts.u32(h.kdfRounds);
    }
    auto pk = PublicKey::fromBlob(c->publicBlob);
    if (pk)
        h.publicKey = *pk;
    if (!h.encrypted) {
        // Nothing stops us reading all of it: a damaged key should say so now.
        auto d = decryptKeyFile(contents, {});
        if (!d)
            return d.error();
        h.comment = d->comment;
    }
    return h;
}

Result<DecryptedKey> decryptKeyFile(const QByteArray &contents, const QByteArray &passphrase)
{
    KeyFormat format;
    bool encrypted = false;
    QString pemCipher;
    if (isPem(contents, &format, &encrypted, &pemCipher)) {
        if (encrypted && passphrase.isEmpty())
            return Error(ErrorCode::NeedPassphrase, tr("This key is protected by a passphrase."));
        auto key = PrivateKey::fromPem(contents, passphrase);
        if (!key && encrypted)
            return Error(ErrorCode::WrongPassphrase, tr("Wrong passphrase (or the key file is damaged)."),
                         key.error().detail);
        if (!key)
            return key.error();
        return DecryptedKey { *key, {} };
    }

    auto c = parseContainer(contents);
    if (!c)
        return c.error();
    const CipherSpec *spec = findCipher(c->cipher);
    if (!spec)
        return Error(ErrorCode::Unsupported, tr("The key is encrypted with %1, which Keyport does not support; "
                                                "re-encrypt it with `ssh-keygen -p -Z aes256-ctr -f FILE`.")
                                                 .arg(QString::fromLatin1(c->cipher.left(64))));
    QByteArray plain;
    if (spec->evpName) {
        if (c->kdf != "bcrypt")
            return Error(ErrorCode::Unsupported,
                         tr("Unsupported key derivation \"%1\".").arg(QString::fromLatin1(c->kdf.left(64))));
        if (passphrase.isEmpty())
            return Error(ErrorCode::NeedPassphrase, tr("This key is protected by a passphrase."));
        SshReader opts(c->kdfOptions);
        QByteArray salt;
        uint32_t rounds = 0;
        // An empty salt makes no key at all (bcrypt_pbkdf refuses it as well):
        // without this check the cipher would read a key that is not there.
        if (!opts.string(salt) || salt.isEmpty() || !opts.u32(rounds) || rounds == 0 || rounds > 1 << 16)
            return damaged(QStringLiteral("bad KDF options"));
        if (c->sealed.size() % spec->blockSize != 0)
            return damaged(QStringLiteral("encrypted section is not block aligned"));
        QByteArray keyIv = bcryptPbkdf(passphrase, salt, int(rounds), spec->keyLen + spec->ivLen);
        if (keyIv.size() != spec->keyLen + spec->ivLen)
            return damaged(QStringLiteral("bad KDF options"));
        auto out = applyCipher(*spec, keyIv, c->sealed, false, &c->tag);
        wipe(keyIv);
        if (!out)
            return out.error();
        plain = *out;
    } else {
        plain = c->sealed;
    }

    SshReader r(plain);
    uint32_t check1 = 0, check2 = 0;
    if (!r.u32(check1) || !r.u32(check2))
        return damaged(QStringLiteral("truncated private section"));
    // Matching check integers are how a correct passphrase is recognised.
    if (check1 != check2) {
        wipe(plain);
        if (spec->evpName)
            return Error(ErrorCode::WrongPassphrase, tr("Wrong passphrase."));
        return damaged(QStringLiteral("check integers differ"));
    }
    auto key = PrivateKey::fromOpenSshFields(r);
    QByteArray comment;
    const bool commentOk = key && r.string(comment);
    wipe(plain);
    if (!key)
        return key.error();
    if (!commentOk)
        return damaged(QStringLiteral("missing comment"));
    if (key->publicKey().blob() != c->publicBlob)
        return damaged(QStringLiteral("public and private halves do not match"));
    return DecryptedKey { *key, QString::fromUtf8(comment) };
}

Result<QByteArray> encodeOpenSshKey(const PrivateKey &key, const QString &comment, const QByteArray &passphrase,
                                    int rounds)
{
    const CipherSpec &spec = passphrase.isEmpty() ? kCiphers[0] : *findCipher("aes256-ctr");
    SshWriter priv;
    const QByteArray check = randomBytes(4);
    priv.raw(check);
    priv.raw(check);
    priv.raw(key.openSshFields());
    priv.string(comment.toUtf8());
    for (uint8_t pad = 1; priv.data().size() % spec.blockSize != 0; ++pad)
        priv.u8(pad);

    SshWriter kdfOptions;
    QByteArray sealed;
    if (!spec.evpName) {
        sealed = std::move(priv.data()); // unencrypted: the private section is written as it is
    } else {
        const QByteArray salt = randomBytes(16);
        kdfOptions.string(salt);
        kdfOptions.u32(uint32_t(rounds));
        QByteArray keyIv = bcryptPbkdf(passphrase, salt, rounds, spec.keyLen + spec.ivLen);
        QByteArray tag;
        auto enc = applyCipher(spec, keyIv, priv.data(), true, &tag);
        wipe(keyIv);
        if (!enc)
            return enc.error();
        sealed = *enc;
        wipe(priv.data());
    }

    SshWriter out;
    out.raw(QByteArray(kMagic, sizeof kMagic));
    out.string(spec.name);
    out.string(spec.evpName ? "bcrypt" : "none");
    out.string(kdfOptions.data());
    out.u32(1);
    out.string(key.publicKey().blob());
    out.string(sealed);
    wipe(sealed);
    QByteArray armored = armor(out.data());
    wipe(out.data());
    return armored;
}

} // namespace keyport
