#pragma once

#include "result.h"

#include <QJsonObject>

namespace keyport {

// Keyport's own small JSON files (sources, workspace settings, caches, the
// sandbox's state). Nothing is ever lost to them:
// - a missing file reads as an empty object;
// - a file that exists but cannot be read or parsed is an error (BadFormat or
//   PermissionDenied, Error::path set) that names the file and where parsing
//   stopped; callers then refuse to write over it;
// - writes are atomic (0600, the directory made first): the old file stays
//   whole when the disk is full.
Result<QJsonObject> readJsonFile(const QString &path);
// The parsing half of readJsonFile, for bytes already read (and fuzzed);
// `path` names the file in the error.
Result<QJsonObject> parseJsonObject(const QByteArray &data, const QString &path);
Status writeJsonFile(const QString &path, const QJsonObject &object);

// A file that cannot be read is renamed to "<name>.broken-<yyyyMMdd-HHmmss>"
// next to it, so Keyport can start that file afresh; returns the new path.
Result<QString> moveAside(const QString &path);

} // namespace keyport
