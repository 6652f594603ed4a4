#include "RegisterCommand.h"

#include "RegisterSession.h"
#include "storage/Errors.h"

namespace sakra::gui {

RegisterCommand::RegisterCommand(RegisterSession& session, const QString& text) : QUndoCommand(text), m_session(session)
{
}

Register& RegisterCommand::reg() const
{
    return m_session.reg();
}

void RegisterCommand::runFirst()
{
    apply(true);
    m_skipNextRedo = true;
}

void RegisterCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    try {
        apply(false);
    } catch (const Error& e) {
        setObsolete(true);
        m_session.reportError(e.message());
    } catch (const std::exception& e) {
        setObsolete(true);
        m_session.reportError(QString::fromLocal8Bit(e.what()));
    }
    m_session.notifyChanged(table());
}

void RegisterCommand::undo()
{
    try {
        revert();
    } catch (const Error& e) {
        setObsolete(true);
        m_session.reportError(e.message());
    } catch (const std::exception& e) {
        setObsolete(true);
        m_session.reportError(QString::fromLocal8Bit(e.what()));
    }
    m_session.notifyChanged(table());
}

} // namespace sakra::gui
