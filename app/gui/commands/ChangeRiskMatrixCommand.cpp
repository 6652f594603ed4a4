#include "ChangeRiskMatrixCommand.h"

#include "Register.h"

namespace sakra::gui {

ChangeRiskMatrixCommand::ChangeRiskMatrixCommand(RegisterSession& session, const RiskMatrix& after,
                                                 const QString& text)
    : RegisterCommand(session, text), m_after(after)
{
}

void ChangeRiskMatrixCommand::apply(bool firstTime)
{
    RiskMatrixRepository& matrices = reg().riskMatrix();
    if (firstTime) {
        m_before = matrices.current();
        m_grades = matrices.grades();
    }
    m_changed = matrices.save(m_after);
}

void ChangeRiskMatrixCommand::revert()
{
    reg().riskMatrix().restore(m_before, m_grades);
}

} // namespace sakra::gui
