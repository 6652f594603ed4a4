#include "CreateCommand.h"

#include "Register.h"

namespace sakra::gui {

CreateCommand::CreateCommand(RegisterSession& session, const QString& text, Steps steps)
    : RegisterCommand(session, text), m_steps(std::move(steps))
{
}

void CreateCommand::apply(bool)
{
    if (m_id == 0)
        m_id = m_steps.create(reg());
    else
        m_steps.restore(reg(), m_id);
}

void CreateCommand::revert()
{
    m_steps.remove(reg(), m_id);
}

CreateCommand* CreateCommand::actionForRisk(RegisterSession& session, qint64 riskId, const Action& action,
                                            const QString& text)
{
    return new CreateCommand(session, text,
                             {[=](Register& reg) { return reg.actions().createForRisk(action, riskId); },
                              // The link was tombstoned with the action and comes back with it.
                              [](Register& reg, qint64 id) { reg.actions().restore(id); },
                              [](Register& reg, qint64 id) { reg.actions().remove(id); }});
}

CreateCommand* CreateCommand::riskFromFinding(RegisterSession& session, qint64 findingId, const Risk& risk,
                                              const QString& text)
{
    return new CreateCommand(
        session, text,
        {[=](Register& reg) { return reg.risks().createFromFinding(findingId, risk); },
         [findingId](Register& reg, qint64 id) { reg.risks().restoreToFinding(findingId, id); },
         [findingId](Register& reg, qint64 id) { reg.risks().removeFromFinding(findingId, id); }});
}

} // namespace sakra::gui
