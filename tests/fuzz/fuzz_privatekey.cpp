// Private key files (OpenSSH, PEM, PKCS#8) and public key lines, as a user
// imports them from anywhere.

#include "fuzzsupport.h"

#include "identity/keyfile.h"
#include "identity/publickey.h"

using namespace keyport;

KEYPORT_FUZZ_TARGET(privatekey)
{
    const QByteArray bytes = data.toByteArray();
    looksLikePrivateKey(bytes);
    auto header = inspectKeyFile(bytes);
    auto plain = decryptKeyFile(bytes, {});
    // bcrypt costs milliseconds a round and PKCS#8 names its own PBKDF2
    // count: only traditional PEM and single-round OpenSSH files (the corpus
    // has them) are worth a passphrase here, or the fuzzer stalls.
    if (header && header->encrypted
        && (header->format == KeyFormat::Pem || (header->format == KeyFormat::OpenSsh && header->kdfRounds <= 1)))
        decryptKeyFile(bytes, QByteArrayLiteral("fuzz"));
    if (plain) {
        // What was read writes back as a file that reads as the same key.
        auto encoded = encodeOpenSshKey(plain->key, plain->comment, {});
        KEYPORT_FUZZ_CHECK(encoded.ok());
        auto again = decryptKeyFile(*encoded, {});
        KEYPORT_FUZZ_CHECK(again.ok());
        KEYPORT_FUZZ_CHECK(again->key.publicKey().blob() == plain->key.publicKey().blob());
        KEYPORT_FUZZ_CHECK(again->comment == plain->comment);
    }

    QString comment;
    if (auto key = PublicKey::fromOpenSshLine(bytes, &comment)) {
        auto back = PublicKey::fromOpenSshLine(key->toOpenSshLine(comment));
        KEYPORT_FUZZ_CHECK(back.ok() && back->blob() == key->blob());
        key->fingerprint();
    }
    if (auto key = PublicKey::fromBlob(bytes)) {
        KEYPORT_FUZZ_CHECK(key->blob() == bytes);
        key->fingerprint();
    }
}
