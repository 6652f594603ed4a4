#pragma once

#include <QObject>

namespace sakra::gui {

// Keeps the mouse wheel from changing values by accident: spin boxes, date edits, combo boxes
// and sliders take the wheel only when they have the keyboard focus. Otherwise the wheel goes on
// to what is around them, so scrolling a long form scrolls the form. Installed once on the
// application (ApplicationSetup), it covers every such widget.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace sakra::gui
