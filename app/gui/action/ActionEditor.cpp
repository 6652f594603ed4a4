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
void selectData(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : (combo->count() > 0 ? 0 : -1));
}
} // namespace

ActionEditor::ActionEditor(RegisterSession& session, QWidget* parent)
    : EntityEditor(session, QStringLiteral("action"), parent), m_heading(new QLabel(this)),
      m_title(new QLineEdit(this)), m_description(new QPlainTextEdit(this)), m_kind(new QComboBox(this)),
      m_unit(new UnitComboBox(this)), m_site(new QComboBox(this)),
      m_responsible(new PersonPicker(session, this)), m_status(new QComboBox(this)),
      m_statusInfo(new QLabel(this)), m_overdueInfo(new QLabel(this)),
      m_start(new OptionalDateEdit(tr("Har startdatum"), this)),
      m_due(new OptionalDateEdit(tr("Har slutdatum"), this)),
      m_done(new OptionalDateEdit(tr("Genomförd den"), this)), m_estimated(new KronorEdit(this)),
      m_actual(new KronorEdit(this)), m_fitsBudget(new QRadioButton(tr("Ryms inom budgeterad ram"), this)),
      m_newMoney(new QRadioButton(tr("Kräver nya pengar"), this)), m_budgetGroup(new QButtonGroup(this)),
      m_needsDecision(new QCheckBox(tr("Kräver beslut i nämnden"), this)),
      m_notes(new ActionNotesPanel(session, this)), m_risks(new ActionRisksPanel(session, this))
{
    setObjectName(QStringLiteral("actionEditor"));
    m_heading->setObjectName(QStringLiteral("actionHeading"));
    m_title->setObjectName(QStringLiteral("actionTitleEdit"));
    m_description->setObjectName(QStringLiteral("actionDescriptionEdit"));
    m_kind->setObjectName(QStringLiteral("actionKindCombo"));
    m_unit->setObjectName(QStringLiteral("actionUnitCombo"));
    m_site->setObjectName(QStringLiteral("actionSiteCombo"));
    m_responsible->setObjectName(QStringLiteral("actionResponsiblePicker"));
    m_status->setObjectName(QStringLiteral("actionStatusCombo"));
    m_statusInfo->setObjectName(QStringLiteral("actionStatusChangedLabel"));
    m_start->setObjectName(QStringLiteral("actionStartDate"));
    m_due->setObjectName(QStringLiteral("actionDueDate"));
    m_done->setObjectName(QStringLiteral("actionDoneDate"));
    m_estimated->setObjectName(QStringLiteral("actionEstimatedCostEdit"));
    m_actual->setObjectName(QStringLiteral("actionActualCostEdit"));
    m_fitsBudget->setObjectName(QStringLiteral("actionFitsBudgetRadio"));
    m_newMoney->setObjectName(QStringLiteral("actionNewMoneyRadio"));
    m_needsDecision->setObjectName(QStringLiteral("actionNeedsDecisionCheck"));

    addTitle(m_heading);

    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    for (QComboBox* combo : {m_kind, m_site}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(20);
    }
    m_responsible->setPlaceholderText(tr("Skriv en del av namnet"));
    for (int s = 0; s < Action::kStatusCount; ++s)
        m_status->addItem(Action::statusLabel(Action::Status(s)), s);
    m_statusInfo->setTextFormat(Qt::PlainText);
    m_overdueInfo->setObjectName(QStringLiteral("actionOverdueLabel"));
    m_overdueInfo->setTextFormat(Qt::PlainText);
    m_overdueInfo->setWordWrap(true);
    m_overdueInfo->setStyleSheet(QStringLiteral("QLabel { color: #9b1c1c; font-weight: bold; }"));
    m_overdueInfo->hide();
    m_estimated->setAccessibleName(tr("Beräknad kostnad i kronor"));
    m_actual->setAccessibleName(tr("Verklig kostnad i kronor"));
    m_budgetGroup->addButton(m_fitsBudget);
    m_budgetGroup->addButton(m_newMoney);
    m_fitsBudget->setChecked(true);

    addCheckedField(tr("&Rubrik:"), m_title, QStringLiteral("title"));
    addCheckedField(tr("&Beskrivning:"), m_description, QStringLiteral("description"));
    addCheckedField(tr("&Typ:"), m_kind, QStringLiteral("kind_id"));
    addCheckedField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"));
    addCheckedField(tr("&Lokal:"), m_site, QStringLiteral("site_id"));
    addCheckedField(tr("&Ansvarig:"), m_responsible, QStringLiteral("responsible_id"));

    addHeading(tr("Status och tider"));
    auto* statusRow = new QWidget(this);
    auto* statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_statusInfo, 1);
    addCheckedField(tr("&Status:"), statusRow, QStringLiteral("status"));
    // Its own row: the note wraps there instead of widening the status row.
    form()->addRow(static_cast<QWidget*>(nullptr), m_overdueInfo);
    addCheckedField(tr("Sta&rt:"), m_start, QStringLiteral("start_date"));
    addCheckedField(tr("Klar sena&st:"), m_due, QStringLiteral("due_date"));
    addCheckedField(tr("Genomför&d:"), m_done, QStringLiteral("done_date"));

    addHeading(tr("Kostnad och beslut"));
    addCheckedField(tr("Beräknad &kostnad:"), m_estimated, QStringLiteral("estimated_cost_kr"));
    addCheckedField(tr("&Verklig kostnad:"), m_actual, QStringLiteral("actual_cost_kr"));
    // One above the other, so the editor stays narrow enough to sit beside the list.
    auto* budgetRow = new QWidget(this);
    auto* budgetLayout = new QVBoxLayout(budgetRow);
    budgetLayout->setContentsMargins(0, 0, 0, 0);
    budgetLayout->setSpacing(2);
    budgetLayout->addWidget(m_fitsBudget);
    budgetLayout->addWidget(m_newMoney);
    addCheckedField(tr("Budget:"), budgetRow, QStringLiteral("fits_budget"));
    addCheckedField(QString(), m_needsDecision, QStringLiteral("needs_board_decision"));

    extraLayout()->addWidget(m_notes);
    extraLayout()->addWidget(m_risks);

    connect(m_unit, &QComboBox::currentIndexChanged, this,
            [this] { loadSites(qint64(m_site->currentData().toLongLong())); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // A done action has a done date: offer today, which can be changed before applying.
        const bool done = Action::Status(m_status->currentData().toInt()) == Action::Status::Done;
        if (done && !m_done->date().isValid())
            m_done->setDate(m_action && m_action->doneDate.isValid() ? m_action->doneDate
                                                                     : QDate::currentDate());
        else if (!done)
            m_done->setDate(QDate());
        m_done->setEnabled(done);
        updateStatusInfo();
    });

    showAction(0);
}

void ActionEditor::loadChoices()
{
    if (!m_choicesStale || !session().hasRegister())
        return;
    m_choicesStale = false;
    Register& reg = session().reg();
    m_unit->load(reg);
    const QVariant kind = m_kind->currentData();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    for (const ActionKind& k : reg.actionKinds().all())
        m_kind->addItem(k.name, k.id);
    selectData(m_kind, kind);
}

void ActionEditor::loadSites(qint64 keepSiteId)
{
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    m_site->addItem(tr("(ingen särskild lokal)"), qint64(0));
    if (!session().hasRegister())
        return;
    Register& reg = session().reg();
    if (const qint64 unitId = m_unit->unitId())
        for (const Site& s : reg.sites().ofUnit(unitId))
            m_site->addItem(s.name, s.id);
    // A site chosen earlier stays choosable even if the unit has left it since.
    if (keepSiteId && m_site->findData(keepSiteId) < 0)
        if (const auto site = reg.sites().find(keepSiteId))
            m_site->addItem(site->name, site->id);
    selectData(m_site, keepSiteId);
}

void ActionEditor::showAction(qint64 id)
{
    m_creating = false;
    m_action.reset();
    clearMessage();
    clearMessage();
    if (id > 0 && session().hasRegister())
        m_action = session().reg().actions().find(id);
    if (m_action) {
        loadChoices();
        fill(*m_action);
    } else {
        fill(Action());
        m_heading->setText(tr("Ingen åtgärd vald"));
    }
    setFieldsEnabled(m_action.has_value());
    if (m_action)
        m_done->setEnabled(m_action->status == Action::Status::Done);
    m_notes->setActionId(actionId());
    m_risks->setActionId(actionId());
}

void ActionEditor::startNew(qint64 unitId)
{
    if (!beginNew(m_action, m_creating))
        return;
    loadChoices();
    clearMessage();
    Action blank;
    blank.unitId = unitId;
    blank.startDate = QDate::currentDate();
    fill(blank);
    m_heading->setText(tr("Ny åtgärd"));
    setFieldsEnabled(true);
    m_done->setEnabled(false);
    m_notes->setActionId(0);
    m_risks->setActionId(0);
    m_title->setFocus(Qt::OtherFocusReason);
}

void ActionEditor::reloadNotes()
{
    m_notes->setActionId(actionId());
}

void ActionEditor::reloadRisks()
{
    m_risks->setActionId(actionId());
}

void ActionEditor::fill(const Action& a)
{
    m_heading->setText(a.title);
    m_title->setText(a.title);
    // Long texts show their beginning, not the end where the cursor was put.
    m_title->setCursorPosition(0);
    m_description->setPlainText(a.description);
    if (a.kindId)
        selectData(m_kind, a.kindId);
    {
        const QSignalBlocker blocker(m_unit);
        m_unit->setUnitId(a.unitId);
    }
    if (QLineEdit* unitText = m_unit->lineEdit())
        unitText->setCursorPosition(0);
    loadSites(a.siteId);
    QString responsible;
    if (a.responsibleId && session().hasRegister())
        if (const auto person = session().reg().people().find(a.responsibleId))
            responsible = person->name;
    m_responsible->setPerson(a.responsibleId, responsible);
    {
        const QSignalBlocker blocker(m_status);
        selectData(m_status, int(a.status));
    }
    m_start->setDate(a.startDate);
    m_due->setDate(a.dueDate);
    m_done->setDate(a.doneDate);
    m_estimated->setAmount(a.estimatedCostKr);
    m_actual->setAmount(a.actualCostKr);
    (a.fitsBudget ? m_fitsBudget : m_newMoney)->setChecked(true);
    m_needsDecision->setChecked(a.needsBoardDecision);
    updateStatusInfo();
}

void ActionEditor::updateStatusInfo()
{
    const auto status = Action::Status(m_status->currentData().toInt());
    const QDate today = QDate::currentDate();
    const bool overdue = m_action && status == m_action->status && m_action->isOverdue(today);
    m_overdueInfo->setVisible(overdue);
    if (overdue)
        m_overdueInfo->setText(tr("Försenad: skulle ha varit klar %1, för %n dagar sedan.", nullptr,
                                  int(m_action->dueDate.daysTo(today)))
                                   .arg(Formatting::date(m_action->dueDate)));
    if (!m_action)
        m_statusInfo->setText(m_creating ? tr("från i dag") : QString());
    else if (status != m_action->status)
        m_statusInfo->setText(tr("ändras i dag"));
    else
        m_statusInfo->setText(tr("sedan %1").arg(Formatting::date(m_action->statusChangedOn)));
}

std::optional<Action> ActionEditor::edited()
{
    Action a = m_action.value_or(Action());
    a.title = m_title->text().trimmed();
    a.description = m_description->toPlainText();
    a.kindId = m_kind->currentData().toLongLong();
    a.unitId = m_unit->unitId();
    a.siteId = m_site->currentData().toLongLong();
    // Text that names no chosen person is no responsible; an empty field clears it.
    a.responsibleId = m_responsible->personId();
    if (a.responsibleId == 0 && !m_responsible->text().trimmed().isEmpty()) {
        showMessage(tr("Välj den ansvariga bland förslagen som visas när du skriver, eller töm fältet."),
                    QStringLiteral("responsible_id"));
        return std::nullopt;
    }
    a.status = Action::Status(m_status->currentData().toInt());
    a.startDate = m_start->date();
    a.dueDate = m_due->date();
    a.doneDate = a.status == Action::Status::Done ? m_done->date() : QDate();
    const auto estimated = m_estimated->amount();
    if (!estimated) {
        showMessage(tr("Skriv den beräknade kostnaden i hela kronor, t.ex. 125 000."),
                    QStringLiteral("estimated_cost_kr"));
        return std::nullopt;
    }
    const auto actual = m_actual->amount();
    if (!actual) {
        showMessage(tr("Skriv den verkliga kostnaden i hela kronor, t.ex. 98 500."),
                    QStringLiteral("actual_cost_kr"));
        return std::nullopt;
    }
    a.estimatedCostKr = *estimated;
    a.actualCostKr = *actual;
    a.fitsBudget = m_fitsBudget->isChecked();
    a.needsBoardDecision = m_needsDecision->isChecked();
    return a;
}

void ActionEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_action && !m_creating))
        return;
    clearMessage();
    const auto after = edited();
    if (!after)
        return;
    commit(m_action, m_creating, *after, tr("Lägg till åtgärden %1").arg(after->title),
           m_action ? tr("Ändra åtgärden %1").arg(m_action->title) : QString(), [this](qint64 id) {
               showAction(id);
               Q_EMIT actionCreated(id);
           });
}

void ActionEditor::revertChanges()
{
    clearMessage();
    showAction(m_creating ? 0 : actionId());
}

} // namespace sakra::gui
