#pragma once

#include <QUndoCommand>
#include <functional>

namespace sakra {
class Register;
} // namespace sakra

namespace sakra::gui {

class RegisterSession;

// An undoable edit of the register. RegisterSession::execute() runs it once through runFirst(),
// where core may refuse it with an exception, and only then pushes it; the push's own redo() is
// skipped. Later undo() and redo() calls come from QUndoStack, where an exception cannot be
// handed back, so they report failures through the session and drop the command. Commands do
// not announce what they change: core does, after each commit (RegisterSession::changed).
class RegisterCommand : public QUndoCommand
{
public:
    RegisterCommand(RegisterSession& session, const QString& text);

    void redo() final;
    void undo() final;
    // Throws what core throws; nothing is pushed then.
    void runFirst();

protected:
    // firstTime: the edit as the user made it (conflicts with changes made meanwhile count);
    // otherwise a redo after an undo.
    virtual void apply(bool firstTime) = 0;
    virtual void revert() = 0;

    Register& reg() const;

private:
    // Runs an undo or redo step, where nothing can take an exception: a failure is reported
    // through the session and drops the command.
    void runLater(const std::function<void()>& step);

    RegisterSession& m_session;
    bool m_skipNextRedo = false;
};

} // namespace sakra::gui
