#include "RiskInventoryEditor.h"

#include "Register.h"
#include "widgets/Formatting.h"
#include "widgets/Named.h"
#include "widgets/UnitComboBox.h"

#include <QComboBox>
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
    : EntityForm(session, QStringLiteral("inventory"), parent),
      m_risks(named<QListWidget>(this, "inventoryRisksList")),
      m_newRisk(named<QPushButton>(this, "inventoryNewRiskButton", tr("Ny risk från inventeringen")))
{
    setObjectName(QStringLiteral("inventoryEditor"));
    setWords({tr("Ingen riskinventering vald"), tr("Ny riskinventering"), tr("Lägg till riskinventering %1"),
              tr("Ändra riskinventering %1"), tr("Ta bort riskinventering"),
              tr("Ta bort riskinventeringen %1? Det går att ångra."), tr("Ta bort riskinventering %1")});

    field<QDateEdit>(tr("&Datum:"), "DateEdit", QStringLiteral("held_on"), &RiskInventory::heldOn);
    m_unit =
        field<UnitComboBox>(tr("E&nhet:"), "UnitCombo", QStringLiteral("unit_id"), &RiskInventory::unitId);
    field<QPlainTextEdit>(tr("De&ltagare:"), "ParticipantsEdit", QStringLiteral("participants"),
                          &RiskInventory::participants);
    field<QLineEdit>(tr("&Metod:"), "MethodEdit", QStringLiteral("method"), &RiskInventory::method)
        ->setPlaceholderText(tr("t.ex. workshop med riskmatris, genomgång av händelserapporter"));
    auto* level = makeField<QComboBox>("ThreatLevelCombo");
    level->addItem(tr("Inte bedömd"), -1);
    for (int k = 0; k < 3; ++k)
        level->addItem(RiskInventory::kThreatLevels.label(RiskInventory::ThreatLevel(k)), k);
    level->setToolTip(tr("Enhetens samlade risk för hot och våld enligt inventeringen. En aktuell bedömning "
                         "av låg risk gör egenkontrollen proportionerlig: krav för högre risk, som larm "
                         "och övningar, räknas inte mot enheten."));
    addField(tr("Bedömd &risk för hot och våld:"), level, QStringLiteral("threat_level"));
    bind(
        level,
        [level](const RiskInventory& i) { selectData(level, i.threatLevel ? int(*i.threatLevel) : -1); },
        [level](RiskInventory& i) {
            const int k = level->currentData().toInt();
            i.threatLevel = k < 0 ? std::nullopt
                                  : std::optional<RiskInventory::ThreatLevel>(RiskInventory::ThreatLevel(k));
        });
    field<QPlainTextEdit>(tr("Ant&eckning:"), "NoteEdit", QStringLiteral("note"), &RiskInventory::note);

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
        if (item())
            Q_EMIT newRiskRequested(item()->unitId, item()->id, 0);
    });

    setNewRows(&RiskInventory::unitId, &RiskInventory::heldOn);
    showRecord(0);
}

QString RiskInventoryEditor::date(const RiskInventory& i)
{
    return Formatting::date(i.heldOn);
}

void RiskInventoryEditor::shown()
{
    m_risks->clear();
    m_newRisk->setEnabled(item().has_value());
    if (!item() || !session().hasRegister())
        return;
    Register& reg = session().reg();
    const RiskMatrix matrix = reg.riskMatrix().current();
    // The risks of an inventory are its unit's or those below it; the scope narrows the search.
    RiskQuery query;
    query.scopeUnitId = item()->unitId;
    for (const RiskRow& row : reg.risks().list(query)) {
        if (row.risk.inventoryId != item()->id)
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

} // namespace sakra::gui
