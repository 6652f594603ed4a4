#include "SetRiskResidualCommand.h"

#include "Register.h"

namespace sakra::gui {

SetRiskResidualCommand::SetRiskResidualCommand(RegisterSession& session, qint64 riskId, int likelihood,
                                               int consequence, const QString& text)
    : RegisterCommand(session, text), m_riskId(riskId), m_likelihood(likelihood), m_consequence(consequence)
{
}

void SetRiskResidualCommand::apply(bool firstTime)
{
    if (firstTime && !m_read) {
        m_before = reg().risks().get(m_riskId).residual();
        m_after = reg().risks().proposedResidual(m_riskId, m_likelihood, m_consequence);
        m_read = true;
    }
    reg().risks().setResidual(m_riskId, m_after);
}

void SetRiskResidualCommand::revert()
{
    reg().risks().setResidual(m_riskId, m_before);
}

} // namespace sakra::gui
