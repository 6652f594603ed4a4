#include "MakeRiskFromFindingCommand.h"

#include "Register.h"

namespace sakra::gui {

MakeRiskFromFindingCommand::MakeRiskFromFindingCommand(RegisterSession& session, qint64 findingId,
                                                       const Risk& risk, const QString& text)
    : RegisterCommand(session, text), m_findingId(findingId), m_risk(risk)
{
}

void MakeRiskFromFindingCommand::apply(bool firstTime)
{
    Q_UNUSED(firstTime)
    if (m_riskId == 0)
        m_riskId = reg().risks().createFromFinding(m_findingId, m_risk);
    else
        reg().risks().restoreToFinding(m_findingId, m_riskId);
}

void MakeRiskFromFindingCommand::revert()
{
    reg().risks().removeFromFinding(m_findingId, m_riskId);
}

} // namespace sakra::gui
