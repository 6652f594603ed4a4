#include "ApplicationSetup.h"

#include "widgets/WheelGuard.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <clocale>

namespace sakra::gui {

void ApplicationSetup::loadQtTranslations(QApplication& app)
{
    // Qt's own dialogs (files, printing, the standard buttons) speak Swedish too: Qt's Swedish
    // catalogue where it is installed (beside the program on Windows, Qt's folder elsewhere),
    // then ours for what it lacks, built into the program.
    auto* qt = new QTranslator(&app);
    const QString folders[] = {QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    for (const QString& folder : folders)
        if (qt->load(QLocale(QLocale::Swedish, QLocale::Sweden), QStringLiteral("qt"), QStringLiteral("_"),
                     folder)) {
            QCoreApplication::installTranslator(qt);
            break;
        }
    auto* extra = new QTranslator(&app);
    if (extra->load(QStringLiteral(":/i18n/qt_extra_sv.qm")))
        QCoreApplication::installTranslator(extra);
}

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

void ApplicationSetup::apply(QApplication& app)
{
    QCoreApplication::setApplicationVersion(QStringLiteral(SAKRA_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Säkra"));
    // The interface is Swedish; numbers, amounts and dates follow Swedish conventions with it
    // (1 234 567 kr, 1,5 tjänster) whatever the machine's locale says.
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    // Qt set the C library's locale from the environment; libxlsxwriter writes numbers with
    // printf, which must keep a decimal point (the exported spreadsheets).
    std::setlocale(LC_NUMERIC, "C");
    loadQtTranslations(app);
    app.setWindowIcon(applicationIcon());
    // Desktops that match a window to its desktop entry by name (Wayland) find sakra.desktop and
    // its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("sakra"));
    // A value never changes because the pointer passed over it while scrolling a form.
    app.installEventFilter(new WheelGuard(&app));
}

} // namespace sakra::gui
