#include "ChangeRiskMatrixCommand.h"

#include "Register.h"
#include "RegisterSession.h"
#include "storage/Tables.h"

namespace sakra::gui {

ChangeRiskMatrixCommand::ChangeRiskMatrixCommand(RegisterSession& session, const RiskMatrix& after, const QString& text)
    : RegisterCommand(session, text), m_session(session), m_after(after)
{
}

const TableSpec& ChangeRiskMatrixCommand::table() const
{
    return Tables::riskMatrix();
}

void ChangeRiskMatrixCommand::apply(bool firstTime)
{
    RiskMatrixRepository& matrices = reg().riskMatrix();
    if (firstTime) {
        m_before = matrices.current();
        m_grades = matrices.grades();
    }
    m_changed = matrices.save(m_after);
    // The risks changed too; views of risks listen for their own table.
    m_session.notifyChanged(Tables::risk());
}

void ChangeRiskMatrixCommand::revert()
{
    reg().riskMatrix().restore(m_before, m_grades);
    m_session.notifyChanged(Tables::risk());
}

} // namespace sakra::gui
