#include "ActionEditor.h"

#include "ActionNotesPanel.h"
#include "ActionRisksPanel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Formatting.h"
#include "widgets/KronorEdit.h"
#include "widgets/MessageLabel.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/Palette.h"
#include "widgets/PersonPicker.h"
#include "widgets/UnitComboBox.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace sakra::gui {

ActionEditor::ActionEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("action"), parent), m_notes(new ActionNotesPanel(session, this)),
      m_risks(new ActionRisksPanel(session, this))
{
    setObjectName(QStringLiteral("actionEditor"));
    setWords({tr("Ingen åtgärd vald"), tr("Ny åtgärd"), tr("Lägg till åtgärden %1"), tr("Ändra åtgärden %1"),
              tr("Ta bort åtgärd"),
              tr("Ta bort åtgärden %1 med dess uppföljning och riskkopplingar? Det går att ångra."),
              tr("Ta bort åtgärden %1")});

    checkedField<QLineEdit>(tr("&Rubrik:"), "TitleEdit", QStringLiteral("title"), &Action::title);
    checkedField<QPlainTextEdit>(tr("&Beskrivning:"), "DescriptionEdit", QStringLiteral("description"),
                                 &Action::description);
    m_kind = makeField<QComboBox>("KindCombo");
    addCheckedField(tr("&Typ:"), m_kind, QStringLiteral("kind_id"));
    bind(
        m_kind,
        [this](const Action& a) {
            if (a.kindId)
                selectData(m_kind, a.kindId);
        },
        [this](Action& a) { a.kindId = m_kind->currentData().toLongLong(); });
    m_unit =
        checkedField<UnitComboBox>(tr("E&nhet:"), "UnitCombo", QStringLiteral("unit_id"), &Action::unitId);
    unitSiteField(tr("&Lokal:"), "SiteCombo", QStringLiteral("site_id"), &Action::siteId, m_unit);
    checkedField<PersonPicker>(tr("&Ansvarig:"), "ResponsiblePicker", QStringLiteral("responsible_id"),
                               &Action::responsibleId, session)
        ->setPlaceholderText(tr("Skriv en del av namnet"));

    addHeading(tr("Status och tider"));
    m_status = makeField<QComboBox>("StatusCombo");
    addCodes(m_status, Action::kStatuses);
    m_statusInfo = makeField<QLabel>("StatusChangedLabel");
    m_statusInfo->setTextFormat(Qt::PlainText);
    QWidget* statusRow = fieldRow({m_status, m_statusInfo}, m_statusInfo);
    addCheckedField(tr("&Status:"), statusRow, QStringLiteral("status"));
    bind(
        statusRow,
        [this](const Action& a) {
            const QSignalBlocker blocker(m_status);
            selectData(m_status, int(a.status));
        },
        [this](Action& a) { a.status = Action::Status(m_status->currentData().toInt()); });
    // Its own row: the note wraps there instead of widening the status row.
    m_overdueInfo = addNote(QString(), "OverdueLabel");
    m_overdueInfo->setStyleSheet(palette::warningStyle);
    m_overdueInfo->hide();
    checkedField<OptionalDateEdit>(tr("Sta&rt:"), "StartDate", QStringLiteral("start_date"),
                                   &Action::startDate, tr("Har startdatum"));
    checkedField<OptionalDateEdit>(tr("Klar sena&st:"), "DueDate", QStringLiteral("due_date"),
                                   &Action::dueDate, tr("Har slutdatum"));
    m_done = checkedField<OptionalDateEdit>(tr("Genomför&d:"), "DoneDate", QStringLiteral("done_date"),
                                            &Action::doneDate, tr("Genomförd den"));

    addHeading(tr("Kostnad och beslut"));
    auto* estimate = checkedField<KronorEdit>(tr("Beräknad &kostnad:"), "EstimatedCostEdit",
                                              QStringLiteral("estimated_cost_kr"), &Action::estimatedCostKr);
    estimate->setAccessibleName(tr("Beräknad kostnad i kronor"));
    // Not estimated is not 0 kr: the reports say so instead of summing a nought.
    auto* unestimated = makeField<QCheckBox>("CostNotEstimatedCheck", tr("Ej kostnadsberäknad"));
    unestimated->setToolTip(tr("Ingen har ännu uppskattat kostnaden. Rapporterna skriver "
                               "”ej kostnadsberäknad” i stället för 0 kr och räknar inte med den."));
    addField(QString(), unestimated, QStringLiteral("cost_estimated"));
    bind(
        unestimated,
        [=](const Action& a) {
            unestimated->setChecked(!a.costEstimated);
            estimate->setEnabled(a.costEstimated);
        },
        [=](Action& a) { a.costEstimated = !unestimated->isChecked(); });
    connect(unestimated, &QCheckBox::toggled, estimate, [estimate](bool on) { estimate->setEnabled(!on); });
    checkedField<KronorEdit>(tr("&Verklig kostnad:"), "ActualCostEdit", QStringLiteral("actual_cost_kr"),
                             &Action::actualCostKr)
        ->setAccessibleName(tr("Verklig kostnad i kronor"));
    // One above the other, so the editor stays narrow enough to sit beside the list.
    auto* fitsBudget = makeField<QRadioButton>("FitsBudgetRadio", tr("Ryms inom budgeterad ram"));
    auto* newMoney = makeField<QRadioButton>("NewMoneyRadio", tr("Kräver nya pengar"));
    auto* budgetGroup = new QButtonGroup(this);
    budgetGroup->addButton(fitsBudget);
    budgetGroup->addButton(newMoney);
    fitsBudget->setChecked(true);
    QWidget* budgetRow = fieldColumn({fitsBudget, newMoney});
    addCheckedField(tr("Budget:"), budgetRow, QStringLiteral("fits_budget"));
    bind(
        budgetRow, [=](const Action& a) { (a.fitsBudget ? fitsBudget : newMoney)->setChecked(true); },
        [=](Action& a) { a.fitsBudget = fitsBudget->isChecked(); });
    checkedField<QCheckBox>(QString(), "NeedsDecisionCheck", QStringLiteral("needs_board_decision"),
                            &Action::needsBoardDecision, tr("Kräver beslut i nämnden"));

    extraLayout()->addWidget(m_notes);
    extraLayout()->addWidget(m_risks);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // A done action has a done date: offer today, which can be changed before applying.
        const bool done = Action::Status(m_status->currentData().toInt()) == Action::Status::Done;
        if (done && !m_done->date().isValid())
            m_done->setDate(item() && item()->doneDate.isValid() ? item()->doneDate : QDate::currentDate());
        else if (!done)
            m_done->setDate(QDate());
        m_done->setEnabled(done);
        updateStatusInfo();
    });

    setNewRows(&Action::unitId, &Action::startDate);
    keepOnlyWhile(&Action::doneDate, [](const Action& a) { return a.status == Action::Status::Done; });
    showRecord(0);
}

void ActionEditor::loadChoices()
{
    Register& reg = session().reg();
    m_unit->load(reg);
    setNamedChoices(m_kind, reg.actionKinds().all());
    if (m_kind->currentIndex() < 0 && m_kind->count() > 0)
        m_kind->setCurrentIndex(0);
}

void ActionEditor::reloadNotes()
{
    m_notes->setActionId(recordId());
}

void ActionEditor::reloadRisks()
{
    m_risks->setActionId(recordId());
}

void ActionEditor::updateStatusInfo()
{
    const auto status = Action::Status(m_status->currentData().toInt());
    const QDate today = QDate::currentDate();
    const std::optional<Action>& action = item();
    const bool overdue = action && status == action->status && action->isOverdue(today);
    m_overdueInfo->setVisible(overdue);
    if (overdue)
        m_overdueInfo->setText(tr("Försenad: skulle ha varit klar %1, för %n dagar sedan.", nullptr,
                                  int(action->dueDate.daysTo(today)))
                                   .arg(Formatting::date(action->dueDate)));
    if (!action)
        m_statusInfo->setText(isCreating() ? tr("från i dag") : QString());
    else if (status != action->status)
        m_statusInfo->setText(tr("ändras i dag"));
    else
        m_statusInfo->setText(tr("sedan %1").arg(Formatting::date(action->statusChangedOn)));
}

void ActionEditor::shown()
{
    m_done->setEnabled(
        (item() && item()->status == Action::Status::Done) ||
        (isCreating() && Action::Status(m_status->currentData().toInt()) == Action::Status::Done));
    m_notes->setActionId(recordId());
    m_risks->setActionId(recordId());
}

} // namespace sakra::gui
