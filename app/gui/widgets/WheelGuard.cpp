#include "WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>

namespace sakra::gui {

namespace {
QWidget* guarded(QObject* object)
{
    // Scroll bars are sliders too, and the wheel is what they are for.
    if (qobject_cast<QAbstractSpinBox*>(object) || qobject_cast<QComboBox*>(object) ||
        (qobject_cast<QAbstractSlider*>(object) && !qobject_cast<QScrollBar*>(object)))
        return static_cast<QWidget*>(object);
    return nullptr;
}
} // namespace

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Polish:
        // The wheel alone must not give them the focus either.
        if (QWidget* w = guarded(watched); w && w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
        break;
    case QEvent::Wheel:
        if (QWidget* w = guarded(watched); w && !w->hasFocus()) {
            // Ignored and not delivered: the application hands it on to the parent.
            event->ignore();
            return true;
        }
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sakra::gui
