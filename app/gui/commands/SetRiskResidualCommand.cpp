#include "SetRiskResidualCommand.h"

#include "Register.h"
#include "storage/Tables.h"

#include <algorithm>

namespace sakra::gui {

SetRiskResidualCommand::SetRiskResidualCommand(RegisterSession& session, qint64 riskId, int likelihood,
                                               int consequence, const QString& text)
    : RegisterCommand(session, text), m_riskId(riskId)
{
    m_after.likelihood = likelihood;
    m_after.consequence = consequence;
}

const TableSpec& SetRiskResidualCommand::table() const
{
    return Tables::risk();
}

void SetRiskResidualCommand::apply(bool firstTime)
{
    if (firstTime && !m_read) {
        const Risk risk = reg().risks().get(m_riskId);
        m_before = {risk.residualLikelihood, risk.residualConsequence, risk.residualByDimension};
        const RiskMatrix matrix = reg().riskMatrix().current();
        if (!matrix.dimensions().empty()) {
            // The link gives one consequence, the worst after the action. A dimension keeps its own
            // value where that is lower (its inherent value caps it), and the worst one is raised to
            // the proposed value, so the residual consequence comes out as proposed.
            QString worstKey;
            int worst = 0;
            for (const RiskMatrix::Dimension& d : matrix.dimensions()) {
                const int inherent = risk.consequenceByDimension.value(d.key, m_after.consequence);
                const int value = std::min(inherent, m_after.consequence);
                m_after.byDimension.insert(d.key, value);
                if (value >= worst) {
                    worst = value;
                    worstKey = d.key;
                }
            }
            if (!worstKey.isEmpty())
                m_after.byDimension.insert(worstKey, m_after.consequence);
        }
        m_read = true;
    }
    write(m_after);
}

void SetRiskResidualCommand::revert()
{
    write(m_before);
}

void SetRiskResidualCommand::write(const Residual& residual)
{
    Risk risk = reg().risks().get(m_riskId);
    risk.residualLikelihood = residual.likelihood;
    risk.residualConsequence = residual.consequence;
    risk.residualByDimension = residual.byDimension;
    reg().risks().update(risk);
}

} // namespace sakra::gui
