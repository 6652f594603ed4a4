#pragma once

#include "risk/PremisesInventory.h"
#include "widgets/EntityListModel.h"

#include <QDate>
#include <vector>

namespace sakra::gui {

struct PremisesInventoryRow
{
    PremisesInventory inventory;
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

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant permitData(const PremisesInventory& inventory, int role) const;

    QDate m_today;

protected:
    qint64 idOf(const PremisesInventoryRow& row) const override { return row.inventory.id; }
};

} // namespace sakra::gui
