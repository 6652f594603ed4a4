#include "RiskInventoriesTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "RiskInventoryEditor.h"
#include "RiskInventoryTableModel.h"
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
    m_editor->choicesChanged();
    selectId(shown);
}

} // namespace sakra::gui
