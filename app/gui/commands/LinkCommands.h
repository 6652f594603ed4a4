#pragma once

#include "Register.h" // linkBetween, through the link repositories
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/RemoveEntityCommand.h"

#include <QListWidget>
#include <vector>

// What the panels listing one row's links share (an incident's risks and actions, a routine's
// units): an item of the list names the row at the far end and holds the link's id; linking and
// unlinking are one undoable step each, a refusal told in a message box titled title.
namespace sakra::gui::LinkCommands {

// Lists the far end (the second row) of each link that find still finds, named by nameOf.
template <typename Link, typename Find, typename NameOf>
void fill(QListWidget* list, const std::vector<Link>& links, Find find, NameOf nameOf)
{
    for (const Link& link : links)
        if (const auto row = find(link.secondId)) {
            auto* item = new QListWidgetItem(nameOf(*row), list);
            item->setData(Qt::UserRole, link.id);
        }
}

// Links the row firstId to the row secondId; false when refused.
template <typename Link>
bool link(RegisterSession& session, qint64 firstId, qint64 secondId, const QString& text, QWidget* parent,
          const QString& title)
{
    return session.executeOrTell(
        new CreateEntityCommand<Link>(session, linkBetween<Link>(firstId, secondId), text), parent, title);
}

// Removes the link item holds.
template <typename Link>
void unlink(RegisterSession& session, const QListWidgetItem& item, const QString& text, QWidget* parent,
            const QString& title)
{
    session.executeOrTell(new RemoveEntityCommand<Link>(session, item.data(Qt::UserRole).toLongLong(), text),
                          parent, title);
}

} // namespace sakra::gui::LinkCommands
