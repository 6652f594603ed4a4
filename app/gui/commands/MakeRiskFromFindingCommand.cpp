#include "MakeRiskFromFindingCommand.h"

#include "Register.h"
#include "RegisterSession.h"
#include "storage/Errors.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace sakra::gui {

MakeRiskFromFindingCommand::MakeRiskFromFindingCommand(RegisterSession& session, qint64 findingId, const Risk& risk,
                                                       const QString& text)
    : RegisterCommand(session, text), m_session(session), m_findingId(findingId), m_risk(risk)
{
}

const TableSpec& MakeRiskFromFindingCommand::table() const
{
    return Tables::walkFinding();
}

void MakeRiskFromFindingCommand::apply(bool firstTime)
{
    // One unit of work: a risk without its finding's link (or the reverse) is never left behind.
    Transaction tx(reg().database());
    WalkFinding finding = reg().walkFindings().get(m_findingId);
    if (firstTime && finding.riskId != 0)
        throw ValidationError(QStringLiteral("risk_id"),
                              QCoreApplication::translate("sakra::gui::MakeRiskFromFindingCommand",
                                                          "Iakttagelsen är redan kopplad till en risk."));
    qint64 id = m_riskId;
    if (id == 0)
        id = reg().risks().create(m_risk);
    else
        reg().risks().restore(id);
    finding.riskId = id;
    reg().walkFindings().update(finding);
    tx.commit();
    m_riskId = id;
    m_session.notifyChanged(Tables::risk());
}

void MakeRiskFromFindingCommand::revert()
{
    Transaction tx(reg().database());
    WalkFinding finding = reg().walkFindings().get(m_findingId);
    finding.riskId = 0;
    reg().walkFindings().update(finding);
    // After the unlink: a risk that a finding points at cannot be removed.
    reg().risks().remove(m_riskId);
    tx.commit();
    m_session.notifyChanged(Tables::risk());
}

} // namespace sakra::gui
