#pragma once

#include "risk/PremisesInventory.h"
#include "widgets/EntityListModel.h"

#include <QDate>
#include <vector>

namespace sakra::gui {

struct PremisesInventoryRow
{
    PremisesInventory inventory;
    qint64 id() const { return inventory.id; }
    QString siteName;
};

// Premises inventories: the site, when, camera surveillance and its permit (one that has run out
// or soon will is marked in words and with an icon), and guards.
class PremisesInventoryTableModel : public EntityListModel<PremisesInventoryRow>
{
    Q_OBJECT

public:
    enum Column
    {
        SiteColumn,
        DateColumn,
        CamerasColumn,
        PermitColumn,
        GuardsColumn,
        ColumnCount
    };
    // A permit that ends within this many days is flagged, time enough to apply for a new one.
    static constexpr int kPermitWarningDays = 90;

    explicit PremisesInventoryTableModel(QObject* parent = nullptr);

protected:
    QVariant rowData(const PremisesInventoryRow& row, int column, int role) const override;

private:
    enum class Permit
    {
        None, // no cameras
        Valid,
        EndsSoon,
        Expired
    };
    Permit permitOf(const PremisesInventory& inventory) const;
    QString permitText(const PremisesInventory& inventory) const;

    QDate m_today;
};

} // namespace sakra::gui
