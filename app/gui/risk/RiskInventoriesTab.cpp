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
          {.addText = tr("Ny riskinventering"),
           .removeText = tr("Ta bort riskinventering"),
           .stretchLastColumn = true});
    connect(m_editor, &RiskInventoryEditor::riskActivated, this, &RiskInventoriesTab::riskActivated);
    connect(m_editor, &RiskInventoryEditor::newRiskRequested, this, &RiskInventoriesTab::newRiskRequested);
}

void RiskInventoriesTab::reload()
{
    // Before the row is shown again, so its editor reads the choices anew.
    m_editor->choicesChanged();
    showRows(m_model, [this](Register& reg) {
        const QHash<qint64, QString> unitNames = reg.units().names();
        std::vector<RiskInventoryRow> rows;
        for (RiskInventory& inventory : reg.riskInventories().list(session().scopeUnitId())) {
            const QString unitName = unitNames.value(inventory.unitId);
            rows.push_back({std::move(inventory), unitName});
        }
        return rows;
    });
}

} // namespace sakra::gui
