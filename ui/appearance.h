#pragma once

#include <QString>

namespace keyport {

// The colours Keyport is drawn in: empty follows the desktop (its style and
// palette, as at start); "light" and "dark" are Fusion with a palette of
// their own, for desktops whose theme Qt does not follow.
void applyAppearance(const QString &appearance);

} // namespace keyport
