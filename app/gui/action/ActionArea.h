#pragma once

#include <QTabWidget>

namespace sakra::gui {

class ActionListTab;
class ActionOverviewTab;
class RegisterSession;

// The action area ("Åtgärder"): the action plan as a filtered list with the selected action's
// editor, follow-up log and risk links, and an overview of deadlines, money and progress. Other
// areas reach it through ActionRequests::of(session) and need not include this header.
class ActionArea : public QTabWidget
{
    Q_OBJECT

public:
    explicit ActionArea(RegisterSession& session, QWidget* parent = nullptr);

    ActionListTab* listTab() const { return m_list; }
    ActionOverviewTab* overviewTab() const { return m_overview; }

public Q_SLOTS:
    // A new action treating the risk, shown in the editor; 0 and a message when refused.
    qint64 createActionForRisk(qint64 riskId);
    void showAction(qint64 actionId);
    void showActionsForRisk(qint64 riskId);

private:
    void onCurrentChanged(int index);
    void onActionCreatedForRisk(qint64 actionId, qint64 riskId);
    // Brings the area on screen, on the list.
    void bringForward();

    RegisterSession& m_session;
    ActionListTab* m_list;
    ActionOverviewTab* m_overview;
};

} // namespace sakra::gui
