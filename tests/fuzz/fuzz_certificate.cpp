// OpenSSH certificates (<key>-cert.pub), as a control plane hands them out.
// The input is tried as a whole line and as the certificate's bytes.

#include "fuzzsupport.h"

#include "identity/certificate.h"

#include <QDateTime>

using namespace keyport;

namespace {
void inspect(const Certificate &c)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    c.isValidAt(now);
    if (auto left = c.secondsLeft(now))
        KEYPORT_FUZZ_CHECK(c.validBefore.isValid());
    KEYPORT_FUZZ_CHECK(c.certType.endsWith("-cert-v01@openssh.com"));
    c.key.fingerprint();
}
} // namespace

KEYPORT_FUZZ_TARGET(certificate)
{
    const QByteArray bytes = data.toByteArray();
    if (auto c = Certificate::fromOpenSshLine(bytes))
        inspect(*c);
    const QByteArray line = "ssh-ed25519-cert-v01@openssh.com " + bytes.toBase64() + " fuzz";
    if (auto c = Certificate::fromOpenSshLine(line))
        inspect(*c);
}
