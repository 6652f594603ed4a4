#pragma once

#include "widgets/ListEditorTab.h"

#include <QSet>

class QLabel;

namespace sakra::gui {

class BudgetEditor;
class BudgetTableModel;

// Budget allocations per board and year with the total of each year. A scope shows the boards
// it holds or reports to.
class BudgetTab : public ListEditorTab
{
    Q_OBJECT

public:
    explicit BudgetTab(RegisterSession& session, QWidget* parent = nullptr);

    void announceSelection() override;

protected:
    void reload() override;
    void refresh(const TableSpec& table) override;
    bool dependsOn(const TableSpec& table) const override;

    qint64 idAtRow(int row) const override;
    int rowOfId(qint64 id) const override;
    void showItem(qint64 id) override;
    void startNew() override;
    void removeItem(qint64 id) override;

private:
    // Empty for the whole municipality.
    QSet<qint64> boardsInScope() const;
    void updateTotals();

    BudgetTableModel* m_model;
    BudgetEditor* m_editor;
    QLabel* m_totals;
};

} // namespace sakra::gui
