#pragma once

#include "result.h"

#include <QJsonObject>

namespace keyport {

// Keyport's own small JSON files (sources, settings, caches, sandbox state).
// A missing or unreadable file reads as an empty object.
QJsonObject readJsonObject(const QString &path);
// Written atomically with mode 0600, creating the directory first.
Status writeJsonObject(const QString &path, const QJsonObject &object);

} // namespace keyport
