#pragma once

#include "widgets/SessionTab.h"

#include <QThread>
#include <memory>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sakra::gui {

class ActionOverviewLoader;
class ActionTableModel;
class ActionTimeline;
class BoardCostTableModel;
class DepartmentStatusTableModel;
struct ActionOverviewData;

// The action plan at a glance, for the scope: what is overdue and what falls due within 30 days,
// money per board and year against the budget allocation, progress per department, and a time
// line of the actions whose due dates lie nearest today. It is read off the GUI thread (see
// ActionOverviewLoader); until the answer comes the last one stays on screen with a note.
class ActionOverviewTab : public SessionTab
{
    Q_OBJECT

public:
    // The tables show up to this many rows at once and scroll beyond.
    static constexpr int kMaxTableRows = 10;

    explicit ActionOverviewTab(RegisterSession& session, QWidget* parent = nullptr);
    ~ActionOverviewTab() override;

    void announceSelection() override;
    // Whether an answer is still awaited.
    bool isLoading() const { return m_pending != 0; }

    ActionTableModel* overdueModel() const { return m_overdue; }
    ActionTableModel* dueSoonModel() const { return m_dueSoon; }
    BoardCostTableModel* costModel() const { return m_cost; }
    DepartmentStatusTableModel* statusModel() const { return m_status; }
    ActionTimeline* timeline() const { return m_timeline; }

Q_SIGNALS:
    void actionActivated(qint64 id);
    // The list of actions, filtered to the overdue ones or to those due soon.
    void overdueListRequested();
    void dueSoonListRequested();
    // A new answer is on screen.
    void loaded();

protected:
    void reload() override;

private:
    QTableView* makeActionTable(ActionTableModel* model, const QString& name);
    void display(const ActionOverviewData& data);
    void onLoaded(quint64 generation, std::shared_ptr<const ActionOverviewData> data);
    void onFailed(quint64 generation, const QString& message);
    static void fitHeight(QTableView* table, int rows);

    ActionTableModel* m_overdue;
    ActionTableModel* m_dueSoon;
    BoardCostTableModel* m_cost;
    DepartmentStatusTableModel* m_status;
    ActionTimeline* m_timeline;
    QGroupBox* m_overdueBox;
    QGroupBox* m_dueSoonBox;
    QLabel* m_timelineNote;
    QLabel* m_busy;
    QTableView* m_costTable;
    QTableView* m_statusTable;
    QPushButton* m_overdueButton;
    QPushButton* m_dueSoonButton;
    QThread m_thread;
    ActionOverviewLoader* m_loader;
    quint64 m_generation = 0;
    quint64 m_pending = 0;
};

} // namespace sakra::gui
