#pragma once

#include "risk/WalkFinding.h"

#include <QAbstractTableModel>

#include <vector>

namespace sakra::gui {

struct WalkFindingRow
{
    WalkFinding finding;
    QString riskTitle; // empty: not made a risk
};

// The findings of one security walk and the risk each has become, if any.
class WalkFindingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DescriptionColumn, RiskColumn, ColumnCount };

    explicit WalkFindingTableModel(QObject* parent = nullptr);

    void setRows(std::vector<WalkFindingRow> rows);
    const WalkFindingRow* rowAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<WalkFindingRow> m_rows;
};

} // namespace sakra::gui
