#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace keyport {

enum class FileMode { Private, Public }; // 0600 or 0644

// Writes `data` to `path` all-or-nothing: a temp file in the same directory,
// created with its final mode before any byte is written, synced, then moved
// into place. NoReplace fails with AlreadyExists instead of overwriting.
enum class Overwrite { NoReplace, Replace };
Status writeFileAtomically(const QString &path, const QByteArray &data, FileMode mode, Overwrite overwrite);

} // namespace keyport
