#include "ActionRequests.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateCommand.h"

namespace sakra::gui {

ActionRequests::ActionRequests(RegisterSession& session) : QObject(&session), m_session(session)
{
    setObjectName(QStringLiteral("actionRequests"));
}

ActionRequests& ActionRequests::of(RegisterSession& session)
{
    if (auto* existing = session.findChild<ActionRequests*>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new ActionRequests(session);
}

qint64 ActionRequests::createActionForRisk(qint64 riskId, CommandFailure* failure)
{
    if (!m_session.hasRegister()) {
        if (failure)
            *failure = {QString(), tr("Inget register är öppet.")};
        return 0;
    }
    Register& reg = m_session.reg();
    const auto risk = reg.risks().find(riskId);
    if (!risk) {
        if (failure)
            *failure = {QStringLiteral("risk_id"), tr("Risken finns inte längre.")};
        return 0;
    }
    Action action;
    action.title = tr("Åtgärd: %1").arg(risk->title).left(300);
    action.unitId = risk->unitId;
    action.siteId = risk->siteId;
    action.responsibleId = risk->ownerId;
    action.startDate = QDate::currentDate();
    // A risk's action usually starts by finding out what to do; the kind is changed in the editor
    // as soon as that is known. The catalogue can be renamed, so fall back to its first kind.
    const auto kinds = reg.actionKinds().all();
    for (const ActionKind& kind : kinds)
        if (kind.name == tr("Utredning"))
            action.kindId = kind.id;
    if (action.kindId == 0 && !kinds.empty())
        action.kindId = kinds.front().id;

    auto* command = CreateCommand::actionForRisk(m_session, riskId, action,
                                                 tr("Ny åtgärd för risken %1").arg(risk->title));
    if (!m_session.execute(command, failure))
        return 0;
    // The stack owns the command now; it stays alive as long as the undo step does.
    const qint64 id = command->createdId();
    Q_EMIT actionCreatedForRisk(id, riskId);
    return id;
}

void ActionRequests::showActionsForRisk(qint64 riskId)
{
    Q_EMIT riskActionsRequested(riskId);
}

void ActionRequests::showAction(qint64 actionId)
{
    Q_EMIT actionRequested(actionId);
}

} // namespace sakra::gui
