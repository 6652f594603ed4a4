#pragma once

#include "RegisterCommand.h"

#include <functional>

namespace sakra {
struct Action;
struct Risk;
} // namespace sakra

namespace sakra::gui {

// Creates a row through core, together with whatever core creates or links beside it; undo
// removes it (core leaves tombstones) and redo restores that same row, so its UUID, its links
// and its history survive undo and redo. What creating, restoring and removing mean is core's:
// the command only remembers the id between them.
class CreateCommand : public RegisterCommand
{
public:
    struct Steps
    {
        std::function<qint64(Register&)> create;
        std::function<void(Register&, qint64)> restore;
        std::function<void(Register&, qint64)> remove;
    };

    CreateCommand(RegisterSession& session, const QString& text, Steps steps);

    // The new row's id once the command has run.
    qint64 createdId() const { return m_id; }

    // An action that treats a risk: the action and its link to the risk, both or neither.
    static CreateCommand* actionForRisk(RegisterSession& session, qint64 riskId, const Action& action,
                                        const QString& text);
    // A risk made from a finding of a security walk, which then points to it.
    static CreateCommand* riskFromFinding(RegisterSession& session, qint64 findingId, const Risk& risk,
                                          const QString& text);

protected:
    void apply(bool firstTime) override;
    void revert() override;

private:
    Steps m_steps;
    qint64 m_id = 0;
};

} // namespace sakra::gui
