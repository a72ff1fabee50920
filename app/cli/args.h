#pragma once

#include "common/result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace keyport::cli {

struct ArgSpec {
    QStringList flags; // --name
    QStringList valued; // --name VALUE or --name=VALUE
    int minPositional = 0;
    int maxPositional = 0;
    // One-letter spellings of flags, as cp and ls have them: "r" -> "recursive".
    QHash<QString, QString> shortFlags = {};
};

struct Args {
    QStringList positional;
    QSet<QString> flags;
    QHash<QString, QString> values; // the last of each
    QHash<QString, QStringList> repeated; // every one, in order (--tag a --tag b)
    QStringList rest; // everything after `--`

    bool has(const QString &flag) const { return flags.contains(flag) || values.contains(flag); }
    QString value(const QString &option) const { return values.value(option); }
    QStringList all(const QString &option) const { return repeated.value(option); }
};

// Usage errors come back as InvalidArgument with a one-line message.
Result<Args> parseArgs(const QStringList &argv, const ArgSpec &spec);

} // namespace keyport::cli
