#pragma once

#include "risk/PremisesInventory.h"

#include <QAbstractTableModel>
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
class PremisesInventoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SiteColumn, DateColumn, CamerasColumn, PermitColumn, GuardsColumn, ColumnCount };
    // A permit that ends within this many days is flagged, time enough to apply for a new one.
    static constexpr int kPermitWarningDays = 90;

    explicit PremisesInventoryTableModel(QObject* parent = nullptr);

    void setRows(std::vector<PremisesInventoryRow> rows);
    const PremisesInventoryRow* rowAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant permitData(const PremisesInventory& inventory, int role) const;

    std::vector<PremisesInventoryRow> m_rows;
    QDate m_today;
};

} // namespace sakra::gui
