#include "RiskInventoryTableModel.h"

#include "widgets/Formatting.h"

namespace sakra::gui {

RiskInventoryTableModel::RiskInventoryTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(DateColumn, tr("Datum"), [](const RiskInventoryRow& r) {
        return Formatting::date(r.inventory.heldOn);
    }).wide(90);
    addColumn(UnitColumn, tr("Enhet"), [](const RiskInventoryRow& r) { return r.unitName; }).wide(200);
    addColumn(ParticipantsColumn, tr("Deltagare"), [](const RiskInventoryRow& r) {
        return r.inventory.participants;
    }).wide(180);
    addColumn(MethodColumn, tr("Metod"), [](const RiskInventoryRow& r) { return r.inventory.method; });
}

} // namespace sakra::gui
