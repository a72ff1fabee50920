#include "sourcekind.h"

#include <QMap>

#include <algorithm>

namespace keyport::sourcekinds {

namespace {
// A function-local static: kinds register from static initialisers of other
// files, in an order nobody controls.
QMap<QString, SourceKind> &kinds()
{
    static QMap<QString, SourceKind> k;
    return k;
}
} // namespace

bool add(SourceKind kind)
{
    const QString id = kind.id;
    kinds().insert(id, std::move(kind));
    return true;
}

const SourceKind *find(const QString &id)
{
    const auto it = kinds().constFind(id);
    return it == kinds().constEnd() ? nullptr : &*it;
}

QList<SourceKind> all()
{
    QList<SourceKind> out = kinds().values();
    std::stable_sort(out.begin(), out.end(), [](const SourceKind &a, const SourceKind &b) {
        const bool ab = !a.builtInName.isEmpty(), bb = !b.builtInName.isEmpty();
        if (ab != bb)
            return ab;
        return ab ? a.order < b.order : a.id < b.id;
    });
    return out;
}

bool isBuiltInName(const QString &name)
{
    for (const SourceKind &k : std::as_const(kinds()))
        if (!k.builtInName.isEmpty() && k.builtInName == name)
            return true;
    return false;
}

} // namespace keyport::sourcekinds
