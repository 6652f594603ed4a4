#pragma once

#include "risk/RiskMatrix.h"

#include <QComboBox>
#include <vector>

namespace sakra::gui {

// Chooses a step of one of the matrix's scales, each entry named as the matrix names it
// ("3 – Möjlig"), so people pick words rather than bare numbers.
class ScaleComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ScaleComboBox(QWidget* parent = nullptr);

    // noneText, when given, is a first entry meaning "not assessed" (value 0). Keeps the chosen
    // value when the new scale has it.
    void setScale(const std::vector<RiskMatrix::Label>& labels, const QString& noneText = QString());
    // 1-based step, 0 for none.
    int value() const;
    void setValue(int value);
};

} // namespace sakra::gui
