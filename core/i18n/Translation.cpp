#include "Translation.h"

#include "LanguageScope.h"
#include "LanguageTranslator.h"

#include <QCoreApplication>
#include <atomic>

namespace sakra {

namespace {

std::atomic<Language> interfaceLanguage{Language::Swedish};
LanguageTranslator* installed = nullptr;

} // namespace

void Translation::setLanguage(Language language)
{
    interfaceLanguage = language;
    if (!installed && QCoreApplication::instance()) {
        installed = new LanguageTranslator(QCoreApplication::instance());
        QCoreApplication::installTranslator(installed);
        QObject::connect(installed, &QObject::destroyed, [] { installed = nullptr; });
    } else if (installed) {
        // Installing again sends QEvent::LanguageChange to the application and its windows.
        QCoreApplication::removeTranslator(installed);
        QCoreApplication::installTranslator(installed);
    }
}

Language Translation::language()
{
    return interfaceLanguage;
}

Language Translation::current()
{
    return LanguageScope::active().value_or(interfaceLanguage.load());
}

QString Translation::code(Language language)
{
    return language == Language::English ? QStringLiteral("en") : QStringLiteral("sv");
}

std::optional<Language> Translation::fromCode(const QString& code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("sv") || c.startsWith(QLatin1String("sv_")) || c.startsWith(QLatin1String("sv-")))
        return Language::Swedish;
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")) || c.startsWith(QLatin1String("en-")))
        return Language::English;
    return std::nullopt;
}

Language Translation::systemLanguage()
{
    const QLocale system = QLocale::system();
    switch (system.language()) {
    case QLocale::C:
    case QLocale::Swedish:
    case QLocale::NorwegianBokmal:
    case QLocale::NorwegianNynorsk:
    case QLocale::Danish: return Language::Swedish;
    default: break;
    }
    // LANGUAGE may name Swedish before the locale's own language ("sv:en").
    for (const QString& ui : system.uiLanguages()) {
        if (const auto l = fromCode(ui))
            return *l;
    }
    return Language::English;
}

QLocale Translation::locale(Language language)
{
    return language == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                         : QLocale(QLocale::Swedish, QLocale::Sweden);
}

QString Translation::nativeName(Language language)
{
    return language == Language::English ? QStringLiteral("English") : QStringLiteral("Svenska");
}

} // namespace sakra
