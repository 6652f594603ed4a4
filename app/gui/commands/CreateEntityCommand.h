#pragma once

#include "CreateCommand.h"
#include "Register.h"

namespace sakra::gui {

// Creates a row of T through its repository; see CreateCommand.
template <typename T> class CreateEntityCommand : public CreateCommand
{
public:
    CreateEntityCommand(RegisterSession& session, const T& item, const QString& text)
        : CreateCommand(session, text,
                        {[item](Register& reg) { return reg.repository<T>().create(item); },
                         [](Register& reg, qint64 id) { reg.repository<T>().restore(id); },
                         [](Register& reg, qint64 id) { reg.repository<T>().remove(id); }})
    {
    }
};

} // namespace sakra::gui
