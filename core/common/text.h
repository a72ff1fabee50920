#pragma once

#include <QString>

namespace keyport {

// Makes untrusted text safe to show on one line: control characters become
// escapes (\n, \x1b, ...) and overly long text is cut with an ellipsis.
QString printable(const QString &text, int maxLength = 200);

// True when `text` contains a C0/C1 control character or DEL.
bool hasControlCharacters(const QString &text);

// What the system says an errno value means ("No space left on device").
QString systemErrorText(int error);

} // namespace keyport

namespace keyport {
// "2d 3h", "4h 12m", "35m 10s", "40s": a duration a person reads at a glance.
QString formatDuration(qint64 seconds);
} // namespace keyport
