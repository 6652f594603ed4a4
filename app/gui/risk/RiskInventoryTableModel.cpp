#include "RiskInventoryTableModel.h"

#include "widgets/Formatting.h"

namespace sakra::gui {

RiskInventoryTableModel::RiskInventoryTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(DateColumn, tr("Datum"),
              [](const RiskInventoryRow& r) { return Formatting::date(r.inventory.heldOn); });
    addColumn(UnitColumn, tr("Enhet"), [](const RiskInventoryRow& r) { return r.unitName; });
    addColumn(ParticipantsColumn, tr("Deltagare"),
              [](const RiskInventoryRow& r) { return r.inventory.participants; });
    addColumn(MethodColumn, tr("Metod"), [](const RiskInventoryRow& r) { return r.inventory.method; });
}

} // namespace sakra::gui
