#include "FormScrollArea.h"

#include <QComboBox>
#include <QScrollBar>
#include <algorithm>

namespace sakra::gui {

FormScrollArea::FormScrollArea(QWidget* form, int minWidth, QWidget* parent)
    : QScrollArea(parent), m_minWidth(minWidth)
{
    setWidget(form);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    letCombosShrink(*form);
}

QSize FormScrollArea::minimumSizeHint() const
{
    QSize hint = QScrollArea::minimumSizeHint();
    if (const QWidget* form = widget()) {
        const int formWidth =
            form->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width() + 2 * frameWidth();
        hint.setWidth(std::max({hint.width(), m_minWidth, formWidth}));
    }
    return hint;
}

void FormScrollArea::letCombosShrink(QWidget& form)
{
    for (auto* combo : form.findChildren<QComboBox*>()) {
        if (combo->sizeAdjustPolicy() == QComboBox::AdjustToMinimumContentsLengthWithIcon)
            continue;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
}

void FormScrollArea::showEvent(QShowEvent* event)
{
    // Fields a form adds after it was built (a row per dimension of the matrix) shrink too.
    if (widget())
        letCombosShrink(*widget());
    updateGeometry();
    QScrollArea::showEvent(event);
}

} // namespace sakra::gui
