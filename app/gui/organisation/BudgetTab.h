#pragma once

#include "widgets/ListFrame.h"

#include <QSet>

class QTableWidget;

namespace sakra::gui {

class BudgetTableModel;

// Budget allocations per board and year: the lines to edit, and below them the same money as a
// board × year table with each year's total. A scope shows the boards it holds or reports to.
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

    BudgetTableModel* m_model;
    QTableWidget* m_matrix;
};

} // namespace sakra::gui
