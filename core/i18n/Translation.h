#pragma once

#include "Language.h"

#include <QLocale>
#include <QString>
#include <optional>

namespace sakra {

// The language of the interface and of everything the core writes for people (messages, labels,
// the self-assessment's reasons). One translator is installed for the process; it answers in the
// interface language, or in the language a LanguageScope asks for on its thread (a report in
// English while the window speaks Swedish).
class Translation
{
public:
    // Installs the translator once and sets the interface language. Widgets made before a change
    // keep their text: the window is rebuilt. The default locale is the caller's (locale()).
    static void setLanguage(Language language);
    static Language language();
    // The language on this thread: the innermost LanguageScope's, else the interface language.
    static Language current();

    static QString code(Language language); // "sv", "en"
    static std::optional<Language> fromCode(const QString& code);
    // Swedish when the system asks for Swedish (or a neighbouring Scandinavian language, or no
    // language at all: the C locale); English otherwise.
    static Language systemLanguage();
    // The locale numbers and dates are written in.
    static QLocale locale(Language language);
    // The name of a language in that language ("Svenska", "English"), for a language chooser.
    static QString nativeName(Language language);
};

} // namespace sakra
