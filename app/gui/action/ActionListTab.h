#pragma once

#include "action/ActionQuery.h"
#include "widgets/ListFrame.h"

namespace sakra::gui {

class ActionEditor;
class ActionFilterPanel;
class ActionTableModel;

// The actions within the scope with their filters above the list and the selected action's
// editor beside it. Read a page at a time, so the largest plans open at once.
class ActionListTab : public ListFrame
{
    Q_OBJECT

public:
    explicit ActionListTab(RegisterSession& session, QWidget* parent = nullptr);

    void announceSelection() override;
    // Shows the action in the editor and selects it in the list when the list holds it.
    void showAction(qint64 id);
    void startNewAction(qint64 unitId);
    // Only the actions treating the risk (0: all again).
    void showActionsForRisk(qint64 riskId);
    // Only the overdue actions, or those due within 30 days; the other filters are let go.
    void showOverdue();
    void showDueSoon();

    ActionTableModel* model() const { return m_model; }
    ActionFilterPanel* filters() const { return m_filters; }
    ActionEditor* editor() const { return m_editor; }

protected:
    void reload() override;
    void refresh(const ChangeSet& changes) override;

private:
    QWidget* searchField() const override;
    void onSortChanged(int column, Qt::SortOrder order) override;

    ActionQuery query() const;
    void requery();
    void updateCount();

    ActionTableModel* m_model;
    ActionFilterPanel* m_filters;
    ActionEditor* m_editor;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace sakra::gui
