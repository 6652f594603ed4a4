#pragma once

#include "EntityTraits.h"
#include "RegisterCommand.h"

namespace sakra::gui {

// Removes a row (core leaves a tombstone and refuses when something depends on the row); undo
// restores it.
template <typename T>
class RemoveEntityCommand : public RegisterCommand
{
public:
    RemoveEntityCommand(RegisterSession& session, qint64 id, const QString& text)
        : RegisterCommand(session, text), m_id(id)
    {
    }

    const TableSpec& table() const override { return T::spec(); }

protected:
    void apply(bool) override { EntityTraits<T>::repository(reg()).remove(m_id); }
    void revert() override { EntityTraits<T>::repository(reg()).restore(m_id); }

private:
    qint64 m_id;
};

} // namespace sakra::gui
