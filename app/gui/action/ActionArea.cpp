#include "ActionArea.h"

#include "ActionListTab.h"
#include "ActionOverviewTab.h"
#include "ActionRequests.h"
#include "MainWindow.h"
#include "RegisterSession.h"

#include <QMessageBox>

namespace sakra::gui {

ActionArea::ActionArea(RegisterSession& session, QWidget* parent)
    : QTabWidget(parent), m_session(session), m_list(new ActionListTab(session)),
      m_overview(new ActionOverviewTab(session))
{
    setObjectName(QStringLiteral("actionTabs"));
    setDocumentMode(true);
    addTab(m_list, tr("Åt&gärder"));
    addTab(m_overview, tr("Ö&versikt"));

    ActionRequests& requests = ActionRequests::of(session);
    connect(&requests, &ActionRequests::actionCreatedForRisk, this, &ActionArea::onActionCreatedForRisk);
    connect(&requests, &ActionRequests::actionRequested, this, &ActionArea::showAction);
    connect(&requests, &ActionRequests::riskActionsRequested, this, &ActionArea::showActionsForRisk);
    connect(m_overview, &ActionOverviewTab::actionActivated, this, &ActionArea::showAction);
    connect(m_overview, &ActionOverviewTab::overdueListRequested, this, [this] {
        setCurrentWidget(m_list);
        m_list->showOverdue();
    });
    connect(m_overview, &ActionOverviewTab::dueSoonListRequested, this, [this] {
        setCurrentWidget(m_list);
        m_list->showDueSoon();
    });
    connect(this, &QTabWidget::currentChanged, this, &ActionArea::onCurrentChanged);
}

qint64 ActionArea::createActionForRisk(qint64 riskId)
{
    CommandFailure failure;
    const qint64 id = ActionRequests::of(m_session).createActionForRisk(riskId, &failure);
    if (id == 0)
        QMessageBox::information(this, tr("Ny åtgärd för risken"), failure.message);
    return id;
}

void ActionArea::onActionCreatedForRisk(qint64 actionId, qint64 riskId)
{
    bringForward();
    // The list shows the risk's actions, the new one among them, in the editor for its details.
    m_list->showActionsForRisk(riskId);
    m_list->showAction(actionId);
}

void ActionArea::showAction(qint64 actionId)
{
    bringForward();
    m_list->showAction(actionId);
}

void ActionArea::showActionsForRisk(qint64 riskId)
{
    bringForward();
    m_list->showActionsForRisk(riskId);
}

void ActionArea::bringForward()
{
    if (auto* window = qobject_cast<MainWindow*>(this->window()))
        window->showArea(QStringLiteral("action"));
    setCurrentWidget(m_list);
}

void ActionArea::onCurrentChanged(int index)
{
    if (auto* tab = qobject_cast<SessionTab*>(widget(index)))
        tab->announceSelection();
}

} // namespace sakra::gui
