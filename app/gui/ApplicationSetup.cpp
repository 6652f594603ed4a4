#include "ApplicationSetup.h"

#include "i18n/Translation.h"
#include "widgets/WheelGuard.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <clocale>

namespace sakra::gui {

QIcon ApplicationSetup::applicationIcon()
{
    // The PNGs rendered from resources/icons/sakra.svg, built into the program: the same icon on
    // every system, whatever icon theme it has. Each size is drawn for that size, so the title bar
    // and the task bar get a sharp one rather than a scaled one.
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/sakra.png").arg(size), QSize(size, size));
    return icon;
}

void ApplicationSetup::apply(QApplication& app, Language language)
{
    QCoreApplication::setApplicationVersion(QStringLiteral(SAKRA_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Säkra"));
    // Numbers, amounts and dates follow the interface language (1 234 567 kr, 1,5 tjänster in
    // Swedish) whatever the machine's locale says; Qt's own dialogs speak it too.
    Translation::setLanguage(language);
    QLocale::setDefault(Translation::locale(language));
    // Qt set the C library's locale from the environment; libxlsxwriter writes numbers with
    // printf, which must keep a decimal point (the exported spreadsheets).
    std::setlocale(LC_NUMERIC, "C");
    app.setWindowIcon(applicationIcon());
    // Desktops that match a window to its desktop entry by name (Wayland) find sakra.desktop and
    // its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("sakra"));
    // A value never changes because the pointer passed over it while scrolling a form.
    app.installEventFilter(new WheelGuard(&app));
}

Language ApplicationSetup::startLanguage(const QStringList& arguments)
{
    if (const auto asked = Translation::fromCode(languageArgument(arguments)))
        return *asked;
    if (const auto chosen = Translation::fromCode(chosenLanguage()))
        return *chosen;
    return Translation::systemLanguage();
}

QString ApplicationSetup::languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang"))
            return arguments.value(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return QString();
}

QStringList ApplicationSetup::withoutLanguageArgument(QStringList arguments)
{
    for (qsizetype i = 0; i < arguments.size();) {
        if (arguments.at(i) == QLatin1String("--lang"))
            arguments.remove(i, std::min<qsizetype>(2, arguments.size() - i));
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            arguments.remove(i);
        else
            ++i;
    }
    return arguments;
}

QString ApplicationSetup::chosenLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void ApplicationSetup::setChosenLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QStringLiteral("language"));
    else
        settings.setValue(QStringLiteral("language"), code);
}

} // namespace sakra::gui
