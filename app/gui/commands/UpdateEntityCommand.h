#pragma once

#include "Register.h"
#include "RegisterCommand.h"

namespace sakra::gui {

// Writes after over before. The first run uses the row version the editor read, so a change made
// elsewhere meanwhile is refused; undo and redo write over whatever version is stored then,
// because by then the stack itself has made the intervening versions.
template <typename T> class UpdateEntityCommand : public RegisterCommand
{
public:
    UpdateEntityCommand(RegisterSession& session, const T& before, const T& after, const QString& text)
        : RegisterCommand(session, text), m_before(before), m_after(after)
    {
    }

protected:
    void apply(bool firstTime) override { write(m_after, firstTime); }
    void revert() override { write(m_before, false); }

private:
    void write(T item, bool keepVersion)
    {
        auto& repository = reg().repository<T>();
        if (!keepVersion)
            item.rowVersion = repository.get(item.id).rowVersion;
        repository.update(item);
    }

    T m_before;
    T m_after;
};

} // namespace sakra::gui
