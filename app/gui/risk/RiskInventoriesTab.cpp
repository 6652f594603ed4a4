#include "RiskInventoriesTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "RiskInventoryEditor.h"
#include "RiskInventoryTableModel.h"
#include "commands/RemoveEntityCommand.h"
#include "widgets/Formatting.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QTableView>

namespace sakra::gui {

RiskInventoriesTab::RiskInventoriesTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("inventories")), parent),
      m_model(new RiskInventoryTableModel(this)), m_editor(new RiskInventoryEditor(session, this))
{
    watch<RiskInventory, Risk, OrgUnit, RiskMatrixSetting>();
    setObjectName(QStringLiteral("inventoriesTab"));
    setUp(m_model, m_editor,
          {.addText = tr("Ny riskinventering"), .removeText = tr("Ta bort riskinventering")});
    table()->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table()->horizontalHeader()->setStretchLastSection(true);
    table()->setColumnWidth(RiskInventoryTableModel::DateColumn, 90);
    table()->setColumnWidth(RiskInventoryTableModel::UnitColumn, 200);
    table()->setColumnWidth(RiskInventoryTableModel::ParticipantsColumn, 180);
    connect(m_editor, &RiskInventoryEditor::inventoryCreated, this, &RiskInventoriesTab::selectId);
    connect(m_editor, &RiskInventoryEditor::riskActivated, this, &RiskInventoriesTab::riskActivated);
    connect(m_editor, &RiskInventoryEditor::newRiskRequested, this, &RiskInventoriesTab::newRiskRequested);
}

void RiskInventoriesTab::reload()
{
    const qint64 shown = shownId();
    std::vector<RiskInventoryRow> rows;
    if (session().hasRegister()) {
        Register& reg = session().reg();
        QHash<qint64, QString> unitNames;
        for (RiskInventory& inventory : reg.riskInventories().list(session().scopeUnitId())) {
            if (!unitNames.contains(inventory.unitId)) {
                const auto unit = reg.units().find(inventory.unitId);
                unitNames.insert(inventory.unitId, unit ? unit->name : QString());
            }
            const QString unitName = unitNames.value(inventory.unitId);
            rows.push_back({std::move(inventory), unitName});
        }
    }
    m_model->setRows(std::move(rows));
    m_editor->unitsChanged();
    selectId(shown);
}

void RiskInventoriesTab::announceSelection()
{
    const RiskInventoryRow* row = m_model->rowAt(rowOfId(m_editor->inventoryId()));
    if (row)
        session().setHistorySubject(&RiskInventory::spec(), row->inventory.uuid,
                                    tr("Riskinventering %1").arg(Formatting::date(row->inventory.heldOn)));
    else
        session().setHistorySubject(nullptr, QString(), QString());
}

void RiskInventoriesTab::showItem(qint64 id)
{
    m_editor->showInventory(id);
    announceSelection();
}

void RiskInventoriesTab::startNew()
{
    m_editor->startNew(session().scopeUnitId());
}

void RiskInventoriesTab::removeItem(qint64 id)
{
    const RiskInventoryRow* row = m_model->rowAt(rowOfId(id));
    const QString date = row ? Formatting::date(row->inventory.heldOn) : QString();
    confirmAndRun(
        tr("Ta bort riskinventering"), tr("Ta bort riskinventeringen %1? Det går att ångra.").arg(date),
        new RemoveEntityCommand<RiskInventory>(session(), id, tr("Ta bort riskinventering %1").arg(date)));
}

} // namespace sakra::gui
