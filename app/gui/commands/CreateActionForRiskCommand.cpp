#include "CreateActionForRiskCommand.h"

#include "Register.h"

namespace sakra::gui {

CreateActionForRiskCommand::CreateActionForRiskCommand(RegisterSession& session, qint64 riskId,
                                                       const Action& action, const QString& text)
    : RegisterCommand(session, text), m_riskId(riskId), m_action(action)
{
}

void CreateActionForRiskCommand::apply(bool firstTime)
{
    Q_UNUSED(firstTime)
    if (m_actionId == 0)
        m_actionId = reg().actions().createForRisk(m_action, m_riskId);
    else
        reg().actions().restore(m_actionId); // the link was tombstoned with the action and comes back with it
}

void CreateActionForRiskCommand::revert()
{
    reg().actions().remove(m_actionId);
}

} // namespace sakra::gui
