#pragma once

#include "risk/RiskInventory.h"

#include <QAbstractTableModel>

#include <vector>

namespace sakra::gui {

struct RiskInventoryRow
{
    RiskInventory inventory;
    QString unitName;
};

// Risk inventories, newest first: when, where, who took part and how.
class RiskInventoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, UnitColumn, ParticipantsColumn, MethodColumn, ColumnCount };

    explicit RiskInventoryTableModel(QObject* parent = nullptr);

    void setRows(std::vector<RiskInventoryRow> rows);
    const RiskInventoryRow* rowAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<RiskInventoryRow> m_rows;
};

} // namespace sakra::gui
