#pragma once

#include <QLabel>

namespace sakra {
class RiskMatrix;
}

namespace sakra::gui {

// A risk level as the matrix names and colours it, with the score in words too, so the colour
// is never the only way to tell the level.
class RiskLevelLabel : public QLabel
{
    Q_OBJECT

public:
    explicit RiskLevelLabel(QWidget* parent = nullptr);

    // Cell of the matrix (1-based); nothing assessed when either is 0.
    void showCell(const RiskMatrix& matrix, int likelihood, int consequence);
};

} // namespace sakra::gui
