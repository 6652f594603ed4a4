#pragma once

#include "risk/RiskMatrix.h"

#include <QMap>
#include <QWidget>
#include <vector>

class QFormLayout;
class QLabel;

namespace sakra::gui {

class ScaleComboBox;

// The consequence of a risk on the register's matrix: one choice, or one per consequence
// dimension when the matrix has them (the worst of them counts, and is shown).
class ConsequenceInput : public QWidget
{
    Q_OBJECT

public:
    // prefix names the choices for tests: prefix + "Combo", or prefix + key + "Combo" per dimension.
    explicit ConsequenceInput(const QString& prefix, QWidget* parent = nullptr);

    // Rebuilds the choices for matrix; noneText as in ScaleComboBox.
    void setMatrix(const RiskMatrix& matrix, const QString& noneText = QString());
    void setValues(int consequence, const QMap<QString, int>& byDimension);
    // The overall consequence: the chosen step, or the worst dimension (0: none chosen).
    int consequence() const;
    // Empty when the matrix has no dimensions.
    QMap<QString, int> byDimension() const;
    // The first choice, to put the cursor on when a value is refused.
    QWidget* firstField() const;

Q_SIGNALS:
    void changed();

private:
    void updateWorst();

    QString m_prefix;
    QFormLayout* m_layout;
    ScaleComboBox* m_single = nullptr;
    std::vector<std::pair<QString, ScaleComboBox*>> m_dimensions;
    QLabel* m_worst = nullptr;
    std::vector<RiskMatrix::Label> m_labels;
};

} // namespace sakra::gui
