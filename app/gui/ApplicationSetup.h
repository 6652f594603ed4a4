#pragma once

#include "i18n/Language.h"

#include <QStringList>

class QApplication;
class QIcon;

namespace sakra::gui {

// What the program, the GUI tests and the screenshot tool set up the same way before they
// build a window: version, display name, language and locale, window icon. Organisation and
// application name (which choose the settings and data folders) are the caller's, so tests keep to their own.
class ApplicationSetup
{
public:
    // The tests and tools speak Swedish unless they ask for English.
    static void apply(QApplication& app, Language language = Language::Swedish);
    // The application's icon in every size it is drawn in (resources/icons).
    static QIcon applicationIcon();

    // The language the program starts in: --lang sv|en among the arguments, else the one chosen
    // in the settings, else the system's.
    static Language startLanguage(const QStringList& arguments);
    // The value of --lang (or --lang=) among arguments, or an empty string.
    static QString languageArgument(const QStringList& arguments);
    // arguments without --lang and its value.
    static QStringList withoutLanguageArgument(QStringList arguments);
    // The language chosen in the settings: "sv", "en", or empty for the system's.
    static QString chosenLanguage();
    static void setChosenLanguage(const QString& code);
};

} // namespace sakra::gui
