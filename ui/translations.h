#pragma once

#include <QStringList>

class QCoreApplication;

namespace keyport {

// Loads Keyport's and Qt's translations for the language in Settings, or the
// system's. Keyport's are compiled into the binary (:/i18n/keyport_<lang>.qm).
void installTranslations(QCoreApplication &app);
// The languages Keyport is translated into (besides English).
QStringList translatedLanguages();

} // namespace keyport
