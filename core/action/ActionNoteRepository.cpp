#include "ActionNoteRepository.h"

#include "storage/Query.h"
#include "storage/Today.h"

namespace sakra {

std::vector<ActionNote> ActionNoteRepository::ofAction(qint64 actionId) const
{
    return rowsWhere(ListFilter().equals("action_id", actionId), "noted_on DESC, id DESC");
}

std::optional<ActionNote> ActionNoteRepository::latest(qint64 actionId) const
{
    const auto notes = ofAction(actionId);
    return notes.empty() ? std::nullopt : std::optional<ActionNote>(notes.front());
}

void ActionNoteRepository::completeDerived(ActionNote& note) const
{
    if (!note.notedOn.isValid())
        note.notedOn = Today::date();
    if (note.author.trimmed().isEmpty())
        note.author = m_db.actor();
}

void ActionNoteRepository::validate(const ActionNote& note) const
{
    requireLive("action_id", Tables::action(), note.actionId,
                tr("Anteckningen hör till en åtgärd som inte finns."));
    requireText("text", note.text, tr("Skriv vad som har hänt med åtgärden."));
    if (note.text.size() > 4000)
        throw ValidationError(QStringLiteral("text"), tr("Anteckningen är för lång (högst 4 000 tecken)."));
}

} // namespace sakra
