#pragma once

#include "RegisterCommand.h"
#include "risk/Risk.h"

namespace sakra::gui {

// Sets a risk's residual likelihood and consequence to what an action is expected to leave.
// Undo puts back the residual values the risk had, per consequence dimension too, and touches
// nothing else of the risk.
class SetRiskResidualCommand : public RegisterCommand
{
public:
    SetRiskResidualCommand(RegisterSession& session, qint64 riskId, int likelihood, int consequence,
                           const QString& text);

protected:
    void apply(bool firstTime) override;
    void revert() override;

private:
    qint64 m_riskId;
    int m_likelihood;
    int m_consequence;
    RiskResidual m_before;
    RiskResidual m_after;
    bool m_read = false;
};

} // namespace sakra::gui
