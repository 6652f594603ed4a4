#pragma once

#include "action/Action.h"
#include "widgets/EntityForm.h"

#include <QHash>

namespace sakra::gui {

class ActionNotesPanel;
class ActionRisksPanel;
class MessageLabel;
class RegisterCommand;

// One action of the plan: what, where, who, when, what it costs and whether the money is there,
// with its follow-up log and the risks it treats below. Also the form for a new action. A refused
// edit is explained right below the field core names, and nothing is written.
class ActionEditor : public EntityForm<Action>
{
    Q_OBJECT

public:
    explicit ActionEditor(RegisterSession& session, QWidget* parent = nullptr);

    // The follow-up log or the risk links changed elsewhere (undo, another view).
    void reloadNotes();
    void reloadRisks();
    ActionNotesPanel* notesPanel() const { return m_notes; }
    ActionRisksPanel* risksPanel() const { return m_risks; }

protected:
    QString headingOf(const Action& a) const override { return a.title; }
    void loadChoices() override;
    void filled(const Action&) override { updateStatusInfo(); }
    void shown() override;

private:
    void updateStatusInfo();

    QComboBox* m_kind = nullptr;
    UnitComboBox* m_unit = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_statusInfo = nullptr;
    QLabel* m_overdueInfo = nullptr;
    OptionalDateEdit* m_done = nullptr;
    ActionNotesPanel* m_notes;
    ActionRisksPanel* m_risks;
};

} // namespace sakra::gui
