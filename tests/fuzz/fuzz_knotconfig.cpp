// knot's own client config (knot.toml), which `sources import-knot` reads.

#include "fuzzsupport.h"

#include "sources/knot/knotconfig.h"

using namespace keyport;

KEYPORT_FUZZ_TARGET(knotconfig)
{
    const QString path = fuzz::writeScratch(QStringLiteral("knot.toml"), data);
    QString error;
    const QList<knotconfig::Connection> connections = knotconfig::read(path, &error);
    if (!error.isEmpty())
        KEYPORT_FUZZ_CHECK(connections.isEmpty());
    for (const knotconfig::Connection &c : connections)
        KEYPORT_FUZZ_CHECK(!c.alias.isEmpty());
}
