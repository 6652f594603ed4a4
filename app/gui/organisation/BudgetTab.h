#pragma once

#include "widgets/ListFrame.h"

#include <QSet>

class QSpinBox;
class QTableWidget;

namespace sakra::gui {

class BudgetTableModel;

// Budget allocations per board and year: the lines to edit, below them the same money as a
// board × year table with each year's total, and each board's allocation for a chosen year against
// what the planned posts it pays for cost a year. A scope shows the boards it holds or reports to
// (an administration's further boards included).
class BudgetTab : public ListFrame
{
    Q_OBJECT

public:
    explicit BudgetTab(RegisterSession& session, QWidget* parent = nullptr);

protected:
    void reload() override;
    void refresh(const ChangeSet& changes) override;

    qint64 newContext() const override;

private:
    // Empty for the whole municipality.
    QSet<qint64> boardsInScope() const;
    void updateMatrix();
    void updateCosts();

    BudgetTableModel* m_model;
    QTableWidget* m_matrix;
    QSpinBox* m_costYear;
    QTableWidget* m_costs;
};

} // namespace sakra::gui
