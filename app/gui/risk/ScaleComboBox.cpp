#include "ScaleComboBox.h"

namespace sakra::gui {

ScaleComboBox::ScaleComboBox(QWidget* parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(14);
}

void ScaleComboBox::setScale(const std::vector<RiskMatrix::Label>& labels, const QString& noneText)
{
    const int current = value();
    const QSignalBlocker blocker(this);
    clear();
    if (!noneText.isEmpty())
        addItem(noneText, 0);
    for (std::size_t i = 0; i < labels.size(); ++i)
        addItem(tr("%1 – %2").arg(i + 1).arg(labels[i].text()), int(i + 1));
    setValue(current);
}

int ScaleComboBox::value() const
{
    return currentIndex() >= 0 ? currentData().toInt() : 0;
}

void ScaleComboBox::setValue(int value)
{
    const int index = findData(value);
    setCurrentIndex(index >= 0 ? index : (count() > 0 && itemData(0).toInt() == 0 ? 0 : -1));
}

} // namespace sakra::gui
