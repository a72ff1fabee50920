#pragma once

#include "common/job.h"
#include "model/sourceconfig.h"

#include <QList>
#include <QString>

#include <functional>

namespace keyport {

class Source;

// One kind of source, as it registers itself (KEYPORT_SOURCE_KIND in its own
// folder): the registry knows kinds only through this.
struct SourceKind {
    QString id; // "knot": the "kind" of a SourceConfig
    std::function<Source *(const SourceConfig &config, QObject *parent)> create;
    // Non-empty for a built-in source: one always exists under this name
    // ("ssh", "local"), made from an empty config; users cannot add or remove it.
    QString builtInName;
    int order = 100; // built-ins are listed in this order
    // What a config of this kind needs beyond name, kind and URL (unset: nothing).
    std::function<Status(const SourceConfig &config)> validate = {};
    // For a kind whose users are given a one-time credential (spaces' auth
    // key): exchanges it for the token that is kept, so the credential is
    // never stored. Unset: what the user gives is the token.
    std::function<ValueJob<QByteArray> *(const SourceConfig &config, const QByteArray &credential, QObject *parent)>
        redeem = {};
};

namespace sourcekinds {
// Registers a kind; returns true so it can initialise a static.
bool add(SourceKind kind);
const SourceKind *find(const QString &id);
// Sorted: built-ins by order, then the others by id.
QList<SourceKind> all();
bool isBuiltInName(const QString &name);
} // namespace sourcekinds

} // namespace keyport

// In a source's .cpp: KEYPORT_SOURCE_KIND(knot, { QStringLiteral("knot"), ... });
#define KEYPORT_SOURCE_KIND(tag, ...)                                                                                  \
    namespace {                                                                                                        \
    [[maybe_unused]] const bool kSourceKindRegistered_##tag =                                                          \
        keyport::sourcekinds::add(keyport::SourceKind __VA_ARGS__);                                                    \
    }
