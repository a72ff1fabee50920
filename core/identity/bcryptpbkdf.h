#pragma once

#include <QByteArray>

namespace keyport {

// OpenBSD's bcrypt_pbkdf, the KDF of OpenSSH's key format. Returns an empty
// array for invalid parameters (empty passphrase or salt, zero rounds).
QByteArray bcryptPbkdf(const QByteArray &passphrase, const QByteArray &salt, int rounds, int keyLength);

} // namespace keyport
