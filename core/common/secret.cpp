#include "secret.h"

#include <openssl/crypto.h>

namespace keyport {

void wipe(QByteArray &secret)
{
    if (secret.data_ptr().isMutable() && secret.size() > 0)
        OPENSSL_cleanse(const_cast<char *>(secret.constData()), size_t(secret.size()));
    secret.clear();
}

QByteArray deepCopy(const QByteArray &secret)
{
    return QByteArray(secret.constData(), secret.size());
}

} // namespace keyport
