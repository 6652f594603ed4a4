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
#include "widgets/Named.h"
#include "widgets/OptionalDateEdit.h"
#include "widgets/Palette.h"
#include "widgets/PersonPicker.h"
#include "widgets/UnitComboBox.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>

namespace sakra::gui {

namespace {
} // namespace

ActionEditor::ActionEditor(RegisterSession& session, QWidget* parent)
    : EntityForm(session, QStringLiteral("action"), parent),
      m_title(named<QLineEdit>(this, "actionTitleEdit")),
      m_description(named<QPlainTextEdit>(this, "actionDescriptionEdit")),
      m_kind(named<QComboBox>(this, "actionKindCombo")), m_unit(named<UnitComboBox>(this, "actionUnitCombo")),
      m_site(named<QComboBox>(this, "actionSiteCombo")),
      m_responsible(named<PersonPicker>(this, "actionResponsiblePicker", session)),
      m_status(named<QComboBox>(this, "actionStatusCombo")),
      m_statusInfo(named<QLabel>(this, "actionStatusChangedLabel")),
      m_overdueInfo(named<QLabel>(this, "actionOverdueLabel")),
      m_start(named<OptionalDateEdit>(this, "actionStartDate", tr("Har startdatum"))),
      m_due(named<OptionalDateEdit>(this, "actionDueDate", tr("Har slutdatum"))),
      m_done(named<OptionalDateEdit>(this, "actionDoneDate", tr("Genomförd den"))),
      m_estimated(named<KronorEdit>(this, "actionEstimatedCostEdit")),
      m_actual(named<KronorEdit>(this, "actionActualCostEdit")),
      m_fitsBudget(named<QRadioButton>(this, "actionFitsBudgetRadio", tr("Ryms inom budgeterad ram"))),
      m_newMoney(named<QRadioButton>(this, "actionNewMoneyRadio", tr("Kräver nya pengar"))),
      m_budgetGroup(new QButtonGroup(this)),
      m_needsDecision(named<QCheckBox>(this, "actionNeedsDecisionCheck", tr("Kräver beslut i nämnden"))),
      m_notes(new ActionNotesPanel(session, this)), m_risks(new ActionRisksPanel(session, this))
{
    setObjectName(QStringLiteral("actionEditor"));
    setWords({tr("Ingen åtgärd vald"), tr("Ny åtgärd"), tr("Lägg till åtgärden %1"), tr("Ändra åtgärden %1"),
              tr("Ta bort åtgärd"),
              tr("Ta bort åtgärden %1 med dess uppföljning och riskkopplingar? Det går att ångra."),
              tr("Ta bort åtgärden %1")});

    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_responsible->setPlaceholderText(tr("Skriv en del av namnet"));
    for (int s = 0; s < Action::kStatusCount; ++s)
        m_status->addItem(Action::kStatuses.label(Action::Status(s)), s);
    m_statusInfo->setTextFormat(Qt::PlainText);
    m_overdueInfo->setTextFormat(Qt::PlainText);
    m_overdueInfo->setWordWrap(true);
    m_overdueInfo->setStyleSheet(palette::warningStyle);
    m_overdueInfo->hide();
    m_estimated->setAccessibleName(tr("Beräknad kostnad i kronor"));
    m_actual->setAccessibleName(tr("Verklig kostnad i kronor"));
    m_budgetGroup->addButton(m_fitsBudget);
    m_budgetGroup->addButton(m_newMoney);
    m_fitsBudget->setChecked(true);

    addCheckedField(tr("&Rubrik:"), m_title, QStringLiteral("title"), &Action::title);
    addCheckedField(tr("&Beskrivning:"), m_description, QStringLiteral("description"), &Action::description);
    addCheckedField(tr("&Typ:"), m_kind, QStringLiteral("kind_id"));
    bind(
        m_kind,
        [this](const Action& a) {
            if (a.kindId)
                selectData(m_kind, a.kindId);
        },
        [this](Action& a) { a.kindId = m_kind->currentData().toLongLong(); });
    addCheckedField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"), &Action::unitId);
    addCheckedField(tr("&Lokal:"), m_site, QStringLiteral("site_id"));
    // The sites to choose from depend on the unit, bound before.
    bind(
        m_site, [this](const Action& a) { loadSites(a.siteId); },
        [this](Action& a) { a.siteId = m_site->currentData().toLongLong(); });
    addCheckedField(tr("&Ansvarig:"), m_responsible, QStringLiteral("responsible_id"),
                    &Action::responsibleId);

    addHeading(tr("Status och tider"));
    auto* statusRow = new QWidget(this);
    auto* statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_statusInfo, 1);
    addCheckedField(tr("&Status:"), statusRow, QStringLiteral("status"));
    bind(
        statusRow,
        [this](const Action& a) {
            const QSignalBlocker blocker(m_status);
            selectData(m_status, int(a.status));
        },
        [this](Action& a) { a.status = Action::Status(m_status->currentData().toInt()); });
    // Its own row: the note wraps there instead of widening the status row.
    form()->addRow(static_cast<QWidget*>(nullptr), m_overdueInfo);
    addCheckedField(tr("Sta&rt:"), m_start, QStringLiteral("start_date"), &Action::startDate);
    addCheckedField(tr("Klar sena&st:"), m_due, QStringLiteral("due_date"), &Action::dueDate);
    addCheckedField(tr("Genomför&d:"), m_done, QStringLiteral("done_date"), &Action::doneDate);

    addHeading(tr("Kostnad och beslut"));
    addCheckedField(tr("Beräknad &kostnad:"), m_estimated, QStringLiteral("estimated_cost_kr"),
                    &Action::estimatedCostKr);
    addCheckedField(tr("&Verklig kostnad:"), m_actual, QStringLiteral("actual_cost_kr"),
                    &Action::actualCostKr);
    // One above the other, so the editor stays narrow enough to sit beside the list.
    auto* budgetRow = new QWidget(this);
    auto* budgetLayout = new QVBoxLayout(budgetRow);
    budgetLayout->setContentsMargins(0, 0, 0, 0);
    budgetLayout->setSpacing(2);
    budgetLayout->addWidget(m_fitsBudget);
    budgetLayout->addWidget(m_newMoney);
    addCheckedField(tr("Budget:"), budgetRow, QStringLiteral("fits_budget"));
    bind(
        budgetRow, [this](const Action& a) { (a.fitsBudget ? m_fitsBudget : m_newMoney)->setChecked(true); },
        [this](Action& a) { a.fitsBudget = m_fitsBudget->isChecked(); });
    addCheckedField(QString(), m_needsDecision, QStringLiteral("needs_board_decision"),
                    &Action::needsBoardDecision);

    extraLayout()->addWidget(m_notes);
    extraLayout()->addWidget(m_risks);

    connect(m_unit, &QComboBox::currentIndexChanged, this,
            [this] { loadSites(qint64(m_site->currentData().toLongLong())); });
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

void ActionEditor::loadSites(qint64 keepSiteId)
{
    loadUnitSites(m_site, m_unit->unitId(), keepSiteId);
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
