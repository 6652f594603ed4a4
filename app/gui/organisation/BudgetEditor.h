#pragma once

#include "organisation/BudgetLine.h"
#include "widgets/EntityForm.h"

namespace sakra::gui {

// One budget allocation: which board, which year, how many kronor. A new one starts on the
// board given (startNew's context), if any.
class BudgetEditor : public EntityForm<BudgetLine>
{
    Q_OBJECT

public:
    explicit BudgetEditor(RegisterSession& session, QWidget* parent = nullptr);

protected:
    QString headingOf(const BudgetLine& line) const override;
    QString historyTitle(const BudgetLine& line) const override
    {
        return tr("budgetram %1").arg(headingOf(line));
    }
    BudgetLine blank(qint64 boardId) const override;
    void loadChoices() override;
    bool readRest(BudgetLine& line) override;

private:
    QComboBox* m_board;
    QSpinBox* m_year;
    QLineEdit* m_amount;
    QLineEdit* m_note;
};

} // namespace sakra::gui
