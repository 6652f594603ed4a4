#pragma once

#include "action/Action.h"
#include "widgets/EntityEditor.h"

#include <QHash>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace sakra::gui {

class ActionNotesPanel;
class ActionRisksPanel;
class KronorEdit;
class MessageLabel;
class OptionalDateEdit;
class PersonPicker;
class RegisterCommand;
class UnitComboBox;

// One action of the plan: what, where, who, when, what it costs and whether the money is there,
// with its follow-up log and the risks it treats below. Also the form for a new action. A refused
// edit is explained right below the field core names, and nothing is written.
class ActionEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit ActionEditor(RegisterSession& session, QWidget* parent = nullptr);

    // 0: nothing to show.
    void showAction(qint64 id);
    // A blank form for the unit (0: none chosen yet).
    void startNew(qint64 unitId);
    qint64 actionId() const { return m_action ? m_action->id : 0; }
    bool isCreating() const { return m_creating; }
    // Units, sites or kinds changed: read them again when next needed.
    void choicesChanged() { m_choicesStale = true; }
    // The follow-up log or the risk links changed elsewhere (undo, another view).
    void reloadNotes();
    void reloadRisks();

    ActionNotesPanel* notesPanel() const { return m_notes; }
    ActionRisksPanel* risksPanel() const { return m_risks; }

Q_SIGNALS:
    void actionCreated(qint64 id);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void loadChoices();
    void loadSites(qint64 keepSiteId);
    void fill(const Action& action);
    // The form as an action; nullopt (with the message shown) when a field cannot be read.
    std::optional<Action> edited();
    void updateStatusInfo();

    std::optional<Action> m_action;
    bool m_creating = false;
    bool m_choicesStale = true;

    QLabel* m_heading;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_kind;
    UnitComboBox* m_unit;
    QComboBox* m_site;
    PersonPicker* m_responsible;
    QComboBox* m_status;
    QLabel* m_statusInfo;
    QLabel* m_overdueInfo;
    OptionalDateEdit* m_start;
    OptionalDateEdit* m_due;
    OptionalDateEdit* m_done;
    KronorEdit* m_estimated;
    KronorEdit* m_actual;
    QRadioButton* m_fitsBudget;
    QRadioButton* m_newMoney;
    QButtonGroup* m_budgetGroup;
    QCheckBox* m_needsDecision;
    ActionNotesPanel* m_notes;
    ActionRisksPanel* m_risks;
};

} // namespace sakra::gui
