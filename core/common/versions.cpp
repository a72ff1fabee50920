#include "versions.h"

#include <libssh/libssh.h>
#include <openssl/crypto.h>

namespace keyport {

Versions runtimeVersions()
{
    Versions v;
    v.keyport = QStringLiteral(KEYPORT_VERSION);
    v.qt = QString::fromLatin1(qVersion());
    // ssh_version() returns e.g. "0.10.6/openssl/zlib"; keep the number.
    v.libssh = QString::fromLatin1(ssh_version(0)).section(QLatin1Char('/'), 0, 0);
    v.openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING));
    return v;
}

} // namespace keyport
