#pragma once

#include "widgets/SessionTab.h"

class QGroupBox;
class QLabel;
class QTableView;

namespace sakra::gui {

class ActionTableModel;
class ActionTimeline;
class BoardCostTableModel;
class DepartmentStatusTableModel;

// The action plan at a glance, for the scope: what is overdue and what falls due within 30 days,
// money per board and year against the budget allocation, progress per department, and a time
// line of the actions whose due dates lie nearest today.
class ActionOverviewTab : public SessionTab
{
    Q_OBJECT

public:
    // At most this many actions on the time line; a note says when there are more.
    static constexpr int kTimelineLimit = 200;
    // The tables show up to this many rows at once and scroll beyond.
    static constexpr int kMaxTableRows = 10;

    explicit ActionOverviewTab(RegisterSession& session, QWidget* parent = nullptr);

    void announceSelection() override;

    ActionTableModel* overdueModel() const { return m_overdue; }
    ActionTableModel* dueSoonModel() const { return m_dueSoon; }
    BoardCostTableModel* costModel() const { return m_cost; }
    DepartmentStatusTableModel* statusModel() const { return m_status; }
    ActionTimeline* timeline() const { return m_timeline; }

Q_SIGNALS:
    void actionActivated(qint64 id);

protected:
    void reload() override;
    bool dependsOn(const TableSpec& table) const override;

private:
    QTableView* makeActionTable(ActionTableModel* model, const QString& name);
    void loadTimeline();
    static void fitHeight(QTableView* table, int rows);

    ActionTableModel* m_overdue;
    ActionTableModel* m_dueSoon;
    BoardCostTableModel* m_cost;
    DepartmentStatusTableModel* m_status;
    ActionTimeline* m_timeline;
    QGroupBox* m_overdueBox;
    QGroupBox* m_dueSoonBox;
    QLabel* m_timelineNote;
    QTableView* m_costTable;
    QTableView* m_statusTable;
};

} // namespace sakra::gui
