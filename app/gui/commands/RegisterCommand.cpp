#include "RegisterCommand.h"

#include "RegisterSession.h"

namespace sakra::gui {

RegisterCommand::RegisterCommand(RegisterSession& session, const QString& text)
    : QUndoCommand(text), m_session(session)
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
    runLater([this] { apply(false); });
}

void RegisterCommand::undo()
{
    runLater([this] { revert(); });
}

void RegisterCommand::runLater(const std::function<void()>& step)
{
    const RegisterSession::HeldChanges held(m_session);
    try {
        step();
    } catch (const Error& e) {
        setObsolete(true);
        m_session.reportError(e.message());
    } catch (const std::exception& e) {
        setObsolete(true);
        m_session.reportError(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace sakra::gui
