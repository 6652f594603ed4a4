#include "CreateActionForRiskCommand.h"

#include "Register.h"
#include "RegisterSession.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"

namespace sakra::gui {

CreateActionForRiskCommand::CreateActionForRiskCommand(RegisterSession& session, qint64 riskId, const Action& action,
                                                       const QString& text)
    : RegisterCommand(session, text), m_session(session), m_riskId(riskId), m_action(action)
{
}

const TableSpec& CreateActionForRiskCommand::table() const
{
    return Tables::action();
}

void CreateActionForRiskCommand::apply(bool firstTime)
{
    Q_UNUSED(firstTime)
    // One unit of work: an action created for a risk is never left without its link.
    Transaction tx(reg().database());
    if (m_actionId == 0) {
        const qint64 id = reg().actions().create(m_action);
        ActionRisk link;
        link.actionId = id;
        link.riskId = m_riskId;
        reg().actionRisks().create(link);
        tx.commit();
        m_actionId = id;
    } else {
        // The link was tombstoned with the action and comes back with it.
        reg().actions().restore(m_actionId);
        tx.commit();
    }
    m_session.notifyChanged(Tables::actionRisk());
}

void CreateActionForRiskCommand::revert()
{
    reg().actions().remove(m_actionId);
    m_session.notifyChanged(Tables::actionRisk());
}

} // namespace sakra::gui
