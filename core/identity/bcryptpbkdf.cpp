#include "bcryptpbkdf.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace keyport {

namespace {

constexpr uint32_t kInitialState[18 + 4 * 256] = {
#include "blowfishinit.inc"
};

// Blowfish with the "expensive key schedule" (eksblowfish) used by bcrypt.
struct Blowfish {
    uint32_t p[18];
    uint32_t s[4][256];

    Blowfish()
    {
        std::memcpy(p, kInitialState, sizeof p);
        std::memcpy(s, kInitialState + 18, sizeof s);
    }

    uint32_t f(uint32_t x) const
    {
        return ((s[0][x >> 24] + s[1][(x >> 16) & 0xff]) ^ s[2][(x >> 8) & 0xff]) + s[3][x & 0xff];
    }

    void encipher(uint32_t &xl, uint32_t &xr) const
    {
        uint32_t l = xl ^ p[0], r = xr;
        for (int i = 1; i <= 16; i += 2) {
            r ^= f(l) ^ p[i];
            l ^= f(r) ^ p[i + 1];
        }
        xl = r ^ p[17];
        xr = l;
    }

    // Reads a big-endian word from `data`, wrapping around at its end.
    static uint32_t streamWord(const uint8_t *data, size_t len, size_t &pos)
    {
        uint32_t w = 0;
        for (int i = 0; i < 4; ++i) {
            if (pos >= len)
                pos = 0;
            w = (w << 8) | data[pos++];
        }
        return w;
    }

    void mixKey(const uint8_t *key, size_t keyLen)
    {
        size_t pos = 0;
        for (auto &w : p)
            w ^= streamWord(key, keyLen, pos);
    }

    // Re-derives P and S by enciphering, XOR-ing in `data` when given.
    void rekey(const uint8_t *data, size_t dataLen)
    {
        size_t pos = 0;
        uint32_t l = 0, r = 0;
        auto step = [&](uint32_t &a, uint32_t &b) {
            if (data) {
                l ^= streamWord(data, dataLen, pos);
                r ^= streamWord(data, dataLen, pos);
            }
            encipher(l, r);
            a = l;
            b = r;
        };
        for (int i = 0; i < 18; i += 2)
            step(p[i], p[i + 1]);
        for (auto &box : s)
            for (int k = 0; k < 256; k += 2)
                step(box[k], box[k + 1]);
    }

    void expandState(const uint8_t *data, size_t dataLen, const uint8_t *key, size_t keyLen)
    {
        mixKey(key, keyLen);
        rekey(data, dataLen);
    }

    void expand0State(const uint8_t *key, size_t keyLen)
    {
        mixKey(key, keyLen);
        rekey(nullptr, 0);
    }
};

constexpr size_t kHashSize = 32;

void bcryptHash(const uint8_t *sha2pass, const uint8_t *sha2salt, uint8_t *out)
{
    Blowfish bf;
    bf.expandState(sha2salt, SHA512_DIGEST_LENGTH, sha2pass, SHA512_DIGEST_LENGTH);
    for (int i = 0; i < 64; ++i) {
        bf.expand0State(sha2salt, SHA512_DIGEST_LENGTH);
        bf.expand0State(sha2pass, SHA512_DIGEST_LENGTH);
    }
    static const char magic[] = "OxychromaticBlowfishSwatDynamite";
    uint32_t cdata[kHashSize / 4];
    size_t pos = 0;
    for (auto &w : cdata)
        w = Blowfish::streamWord(reinterpret_cast<const uint8_t *>(magic), kHashSize, pos);
    for (int i = 0; i < 64; ++i)
        for (size_t b = 0; b < kHashSize / 4; b += 2)
            bf.encipher(cdata[b], cdata[b + 1]);
    // Output words are little-endian, unlike the input stream.
    for (size_t i = 0; i < kHashSize / 4; ++i)
        for (int k = 0; k < 4; ++k)
            out[4 * i + k] = uint8_t(cdata[i] >> (8 * k));
    OPENSSL_cleanse(&bf, sizeof bf);
}

} // namespace

QByteArray bcryptPbkdf(const QByteArray &passphrase, const QByteArray &salt, int rounds, int keyLength)
{
    if (rounds < 1 || passphrase.isEmpty() || salt.isEmpty() || keyLength <= 0
        || size_t(keyLength) > kHashSize * kHashSize || salt.size() > (1 << 20))
        return {};

    QByteArray key(keyLength, '\0');
    const size_t stride = (size_t(keyLength) + kHashSize - 1) / kHashSize;
    size_t amount = (size_t(keyLength) + stride - 1) / stride;
    size_t remaining = size_t(keyLength);

    uint8_t sha2pass[SHA512_DIGEST_LENGTH];
    SHA512(reinterpret_cast<const uint8_t *>(passphrase.constData()), size_t(passphrase.size()), sha2pass);

    uint8_t sha2salt[SHA512_DIGEST_LENGTH], out[kHashSize], tmp[kHashSize];
    QByteArray countSalt = salt + QByteArray(4, '\0');
    for (uint32_t count = 1; remaining > 0; ++count) {
        for (int k = 0; k < 4; ++k)
            countSalt[salt.size() + k] = char(count >> (24 - 8 * k));
        SHA512(reinterpret_cast<const uint8_t *>(countSalt.constData()), size_t(countSalt.size()), sha2salt);
        bcryptHash(sha2pass, sha2salt, tmp);
        std::memcpy(out, tmp, kHashSize);
        for (int r = 1; r < rounds; ++r) {
            SHA512(tmp, kHashSize, sha2salt);
            bcryptHash(sha2pass, sha2salt, tmp);
            for (size_t j = 0; j < kHashSize; ++j)
                out[j] ^= tmp[j];
        }
        // Unlike PBKDF2, output bytes are spread across the key with a stride.
        amount = std::min(amount, remaining);
        size_t i = 0;
        for (; i < amount; ++i) {
            const size_t dest = i * stride + (count - 1);
            if (dest >= size_t(keyLength))
                break;
            key[qsizetype(dest)] = char(out[i]);
        }
        remaining -= i;
    }
    OPENSSL_cleanse(sha2pass, sizeof sha2pass);
    OPENSSL_cleanse(out, sizeof out);
    OPENSSL_cleanse(tmp, sizeof tmp);
    return key;
}

} // namespace keyport
