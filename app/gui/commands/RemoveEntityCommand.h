#pragma once

#include "Register.h"
#include "RegisterCommand.h"

namespace sakra::gui {

// Removes a row (core leaves a tombstone and refuses when something depends on the row); undo
// restores it.
template <typename T> class RemoveEntityCommand : public RegisterCommand
{
public:
    RemoveEntityCommand(RegisterSession& session, qint64 id, const QString& text)
        : RegisterCommand(session, text), m_id(id)
    {
    }

protected:
    void apply(bool) override { reg().repository<T>().remove(m_id); }
    void revert() override { reg().repository<T>().restore(m_id); }

private:
    qint64 m_id;
};

} // namespace sakra::gui
