#pragma once

#include "risk/RiskInventory.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

struct RiskInventoryRow
{
    RiskInventory inventory;
    qint64 id() const { return inventory.id; }
    QString unitName;
};

// Risk inventories, newest first: when, where, who took part and how.
class RiskInventoryTableModel : public EntityListModel<RiskInventoryRow>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        UnitColumn,
        ParticipantsColumn,
        MethodColumn,
        ColumnCount
    };

    explicit RiskInventoryTableModel(QObject* parent = nullptr);
};

} // namespace sakra::gui
