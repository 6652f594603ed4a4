#include "ApplicationSetup.h"

#include "widgets/WheelGuard.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>

namespace sakra::gui {

void ApplicationSetup::apply(QApplication& app)
{
    QCoreApplication::setApplicationVersion(QStringLiteral(SAKRA_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Säkra"));
    // The interface is Swedish; numbers, amounts and dates follow Swedish conventions with it
    // (1 234 567 kr, 1,5 tjänster) whatever the machine's locale says.
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    app.setWindowIcon(QIcon::fromTheme(QStringLiteral("security-high")));
    // A value never changes because the pointer passed over it while scrolling a form.
    app.installEventFilter(new WheelGuard(&app));
}

} // namespace sakra::gui
