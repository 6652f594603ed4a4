#include "WalkFindingTableModel.h"

namespace sakra::gui {

WalkFindingTableModel::WalkFindingTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(DescriptionColumn, tr("Iakttagelse"),
              [](const WalkFindingRow& r) { return r.finding.description; });
    addColumn(RiskColumn, tr("Risk"), [](const WalkFindingRow& r) {
        return r.finding.riskId ? r.riskTitle : tr("ej riskbedömd");
    }).wide(150);
}

} // namespace sakra::gui
