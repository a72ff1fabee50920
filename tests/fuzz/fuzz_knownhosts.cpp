// Keyport's pin file (~/.ssh/keyport/known_hosts) and known_hosts lines, as
// a hand edit, another tool or a damaged disk may leave them.

#include "fuzzsupport.h"

#include "identity/privatekey.h"
#include "sshconfig/knownhosts.h"

using namespace keyport;

KEYPORT_FUZZ_TARGET(knownhosts)
{
    static const PublicKey fresh = PrivateKey::generate(KeyAlgorithm::Ed25519)->publicKey();
    const QString path = fuzz::writeScratch(QStringLiteral("known_hosts"), data);
    const KnownHosts pins(path);
    auto loaded = pins.load();
    auto looked = pins.lookup(QStringLiteral("knot.dev"));
    // load() and lookup() agree on whether the file can be read.
    KEYPORT_FUZZ_CHECK(loaded.ok() == looked.ok());
    if (!loaded) {
        // A damaged file is never rewritten, and never reads as "nothing pinned".
        KEYPORT_FUZZ_CHECK(!pins.pin(QStringLiteral("fuzz.pinned"), fresh));
        const Status checked = pins.check(QStringLiteral("knot.dev"), fresh);
        KEYPORT_FUZZ_CHECK(!checked && checked.error().code != ErrorCode::NotFound);
        return;
    }
    // A readable file stays readable after a pin, and holds the pin.
    KEYPORT_FUZZ_CHECK(pins.pin(QStringLiteral("fuzz.pinned"), fresh).ok());
    auto after = pins.lookup(QStringLiteral("fuzz.pinned"));
    KEYPORT_FUZZ_CHECK(after.ok() && after->has_value() && (*after)->blob() == fresh.blob());
    KEYPORT_FUZZ_CHECK(pins.check(QStringLiteral("fuzz.pinned"), fresh).ok());
    KEYPORT_FUZZ_CHECK(pins.unpin(QStringLiteral("fuzz.pinned")).ok());
    auto gone = pins.lookup(QStringLiteral("fuzz.pinned"));
    KEYPORT_FUZZ_CHECK(gone.ok() && !gone->has_value());
}
