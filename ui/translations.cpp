#include "translations.h"

#include "uilog.h"

#include "common/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace keyport {

QStringList translatedLanguages()
{
    return { QStringLiteral("de"), QStringLiteral("fr") };
}

void installTranslations(QCoreApplication &app)
{
    // A settings file that cannot be read is named later, in the window; here it means "the system's".
    const QString chosen = AppSettings::load().value_or(AppSettings {}).language;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    // English (keyport_en: its plurals only) where Keyport does not speak the language.
    if (ours->load(locale, QStringLiteral("keyport"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/keyport_en.qm")))
        QCoreApplication::installTranslator(ours);
    else
        qCWarning(lcUi) << "no Keyport catalogue for" << locale.name() << "and none for English";
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace keyport
