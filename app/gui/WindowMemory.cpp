#include "WindowMemory.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace sakra::gui {

namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
QSize firstStartSize;

// A splitter's key: the object names from the window down to it, so that two areas' splitters of
// the same name are kept apart.
QString splitterKey(const QSplitter* splitter, const QMainWindow& window)
{
    QStringList names;
    for (const QObject* o = splitter; o && o != &window; o = o->parent())
        if (!o->objectName().isEmpty())
            names.prepend(o->objectName());
    return QStringLiteral("splitters/") + names.join(QLatin1Char('.'));
}

} // namespace

bool WindowMemory::restore(QMainWindow& window)
{
    QSettings settings;
    const bool placed = window.restoreGeometry(settings.value(kGeometry).toByteArray());
    if (!placed && firstStartSize.isValid()) {
        window.resize(firstStartSize);
    } else if (!placed) {
        // Most of the screen, centred, so that the lists and forms have room whatever its size.
        const QScreen* screen = window.screen() ? window.screen() : QGuiApplication::primaryScreen();
        const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size(std::min(available.width(), std::max(960, available.width() * 9 / 10)),
                         std::min(available.height(), std::max(640, available.height() * 9 / 10)));
        window.resize(size);
        window.move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    for (QSplitter* splitter : window.findChildren<QSplitter*>()) {
        if (splitter->objectName().isEmpty())
            continue;
        const QByteArray state = settings.value(splitterKey(splitter, window)).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
    return window.restoreState(settings.value(kState).toByteArray());
}

void WindowMemory::setFirstStartSize(const QSize& size)
{
    firstStartSize = size;
}

void WindowMemory::save(const QMainWindow& window)
{
    QSettings settings;
    settings.setValue(kGeometry, window.saveGeometry());
    settings.setValue(kState, window.saveState());
    for (const QSplitter* splitter : window.findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            settings.setValue(splitterKey(splitter, window), splitter->saveState());
}

void WindowMemory::placeHistoryOnFirstStart(QMainWindow& window, QDockWidget* history)
{
    // On a laptop's screen the lists need the height more than the history does; the panel is a
    // key away (Ctrl+Shift+H). Elsewhere it starts as a strip of a few rows.
    const int small = std::max(120, window.height() / 7);
    if (window.height() < 900) {
        history->hide();
        // Small too when it is first called up.
        QObject::connect(
            history, &QDockWidget::visibilityChanged, &window,
            [&window, history, small](bool shown) {
                if (shown)
                    window.resizeDocks({history}, {small}, Qt::Vertical);
            },
            Qt::SingleShotConnection);
        return;
    }
    window.resizeDocks({history}, {small}, Qt::Vertical);
}

} // namespace sakra::gui
