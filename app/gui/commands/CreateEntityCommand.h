#pragma once

#include "Register.h"
#include "RegisterCommand.h"

namespace sakra::gui {

// Creates a row; undo leaves a tombstone and redo restores that same row, so the UUID and the
// history of the row survive undo and redo.
template <typename T> class CreateEntityCommand : public RegisterCommand
{
public:
    CreateEntityCommand(RegisterSession& session, const T& item, const QString& text)
        : RegisterCommand(session, text), m_item(item)
    {
    }

    // The new row's id once the command has run.
    qint64 createdId() const { return m_id; }

protected:
    void apply(bool) override
    {
        auto& repository = reg().repository<T>();
        if (m_id == 0)
            m_id = repository.create(m_item);
        else
            repository.restore(m_id);
    }
    void revert() override { reg().repository<T>().remove(m_id); }

private:
    T m_item;
    qint64 m_id = 0;
};

} // namespace sakra::gui
