#include "RiskInventoryEditor.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Formatting.h"
#include "widgets/UnitComboBox.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sakra::gui {

RiskInventoryEditor::RiskInventoryEditor(RegisterSession& session, QWidget* parent)
    : EntityEditor(session, QStringLiteral("inventory"), parent), m_heading(new QLabel(this)),
      m_heldOn(new QDateEdit(this)), m_unit(new UnitComboBox(this)), m_participants(new QPlainTextEdit(this)),
      m_method(new QLineEdit(this)), m_note(new QPlainTextEdit(this)), m_risks(new QListWidget(this)),
      m_newRisk(new QPushButton(tr("Ny risk från inventeringen"), this))
{
    setObjectName(QStringLiteral("inventoryEditor"));
    m_heldOn->setObjectName(QStringLiteral("inventoryDateEdit"));
    m_unit->setObjectName(QStringLiteral("inventoryUnitCombo"));
    m_participants->setObjectName(QStringLiteral("inventoryParticipantsEdit"));
    m_method->setObjectName(QStringLiteral("inventoryMethodEdit"));
    m_note->setObjectName(QStringLiteral("inventoryNoteEdit"));
    m_risks->setObjectName(QStringLiteral("inventoryRisksList"));
    m_newRisk->setObjectName(QStringLiteral("inventoryNewRiskButton"));

    addTitle(m_heading);

    m_heldOn->setCalendarPopup(true);
    m_heldOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    for (QPlainTextEdit* edit : {m_participants, m_note}) {
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    }
    m_method->setPlaceholderText(tr("t.ex. workshop med riskmatris, genomgång av händelserapporter"));
    addField(tr("&Datum:"), m_heldOn, QStringLiteral("held_on"));
    addField(tr("E&nhet:"), m_unit, QStringLiteral("unit_id"));
    addField(tr("De&ltagare:"), m_participants, QStringLiteral("participants"));
    addField(tr("&Metod:"), m_method, QStringLiteral("method"));
    addField(tr("Ant&eckning:"), m_note, QStringLiteral("note"));

    auto* box = new QGroupBox(tr("Risker som kom fram"), this);
    auto* boxLayout = new QVBoxLayout(box);
    m_risks->setAccessibleName(tr("Risker som kom fram vid inventeringen"));
    m_risks->setToolTip(tr("Dubbelklicka eller tryck Enter för att öppna risken"));
    // Long titles wrap in the pane rather than hide behind a sideways scroll bar.
    m_risks->setWordWrap(true);
    m_risks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_risks->setResizeMode(QListView::Adjust);
    boxLayout->addWidget(m_risks);
    boxLayout->addWidget(m_newRisk);
    extraLayout()->addWidget(box);

    connect(m_risks, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            Q_EMIT riskActivated(id);
    });
    connect(m_newRisk, &QPushButton::clicked, this, [this] {
        if (m_inventory)
            Q_EMIT newRiskRequested(m_inventory->unitId, m_inventory->id, 0);
    });

    showInventory(0);
}

void RiskInventoryEditor::loadChoices()
{
    if (!m_choicesStale || !session().hasRegister())
        return;
    m_choicesStale = false;
    m_unit->load(session().reg());
}

void RiskInventoryEditor::showInventory(qint64 id)
{
    m_inventory = read<RiskInventory>(id, m_creating);
    if (m_inventory) {
        loadChoices();
        fill(*m_inventory);
    } else {
        fill(RiskInventory());
        m_heading->setText(tr("Ingen riskinventering vald"));
    }
    setFieldsEnabled(m_inventory.has_value());
    loadRisks();
}

void RiskInventoryEditor::startNew(qint64 unitId)
{
    if (!beginNew(m_inventory, m_creating))
        return;
    loadChoices();
    RiskInventory blank;
    blank.unitId = unitId;
    blank.heldOn = QDate::currentDate();
    fill(blank);
    m_heading->setText(tr("Ny riskinventering"));
    setFieldsEnabled(true);
    loadRisks();
    m_heldOn->setFocus(Qt::OtherFocusReason);
}

void RiskInventoryEditor::fill(const RiskInventory& inventory)
{
    m_heading->setText(inventory.heldOn.isValid()
                           ? tr("Riskinventering %1").arg(Formatting::date(inventory.heldOn))
                           : QString());
    m_heldOn->setDate(inventory.heldOn.isValid() ? inventory.heldOn : QDate::currentDate());
    m_unit->setUnitId(inventory.unitId);
    // Long names: show where they begin.
    m_unit->lineEdit()->setCursorPosition(0);
    m_participants->setPlainText(inventory.participants);
    m_method->setText(inventory.method);
    m_method->setCursorPosition(0);
    m_note->setPlainText(inventory.note);
}

void RiskInventoryEditor::loadRisks()
{
    m_risks->clear();
    m_newRisk->setEnabled(m_inventory.has_value());
    if (!m_inventory || !session().hasRegister())
        return;
    Register& reg = session().reg();
    const RiskMatrix matrix = reg.riskMatrix().current();
    // The risks of an inventory are its unit's or those below it; the scope narrows the search.
    RiskQuery query;
    query.scopeUnitId = m_inventory->unitId;
    for (const RiskRow& row : reg.risks().list(query)) {
        if (row.risk.inventoryId != m_inventory->id)
            continue;
        const int level = row.risk.level;
        const QString levelName = level >= 0 && level < int(matrix.levels().size())
                                      ? matrix.levels()[std::size_t(level)].name.text()
                                      : QString();
        auto* item =
            new QListWidgetItem(tr("%1 (%2, %3)").arg(row.risk.title, levelName, row.unitName), m_risks);
        item->setData(Qt::UserRole, row.risk.id);
    }
    if (m_risks->count() == 0)
        m_risks->addItem(tr("Inga risker är kopplade till inventeringen ännu."));
}

void RiskInventoryEditor::applyChanges()
{
    if (!session().hasRegister() || (!m_inventory && !m_creating))
        return;
    RiskInventory after = m_inventory.value_or(RiskInventory());
    after.heldOn = m_heldOn->date();
    after.unitId = m_unit->unitId();
    after.participants = m_participants->toPlainText().trimmed();
    after.method = m_method->text().trimmed();
    after.note = m_note->toPlainText();
    commit(m_inventory, m_creating, after,
           tr("Lägg till riskinventering %1").arg(Formatting::date(after.heldOn)),
           m_inventory ? tr("Ändra riskinventering %1").arg(Formatting::date(m_inventory->heldOn))
                       : QString(),
           [this](qint64 id) {
               showInventory(id);
               Q_EMIT inventoryCreated(id);
           });
}

void RiskInventoryEditor::revertChanges()
{
    showInventory(m_creating ? 0 : inventoryId());
}

} // namespace sakra::gui
