#pragma once

#include <QScrollArea>

namespace sakra::gui {

// A form that scrolls up and down but never sideways: it always fits its panel. Its combo boxes take
// the width they are given rather than that of their longest item, and the area asks a splitter
// for at least the width the form can shrink to (or minWidth, where that is more), so no field is
// cut off at the panel's edge.
class FormScrollArea : public QScrollArea
{
public:
    FormScrollArea(QWidget* form, int minWidth, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

    // The combo boxes under form shrink with it, down to a dozen characters.
    static void letCombosShrink(QWidget& form);

protected:
    void showEvent(QShowEvent* event) override;

private:
    int m_minWidth;
};

} // namespace sakra::gui
