#include "ApplicationSetup.h"

#include "widgets/WheelGuard.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <clocale>

namespace sakra::gui {

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
    app.setWindowIcon(QIcon::fromTheme(QStringLiteral("security-high")));
    // A value never changes because the pointer passed over it while scrolling a form.
    app.installEventFilter(new WheelGuard(&app));
}

} // namespace sakra::gui
