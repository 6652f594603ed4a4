#pragma once

#include "risk/WalkFinding.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

struct WalkFindingRow
{
    WalkFinding finding;
    QString riskTitle; // empty: not made a risk
};

// The findings of one security walk and the risk each has become, if any.
class WalkFindingTableModel : public EntityListModel<WalkFindingRow>
{
    Q_OBJECT

public:
    enum Column
    {
        DescriptionColumn,
        RiskColumn,
        ColumnCount
    };

    explicit WalkFindingTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 idOf(const WalkFindingRow& row) const override { return row.finding.id; }
};

} // namespace sakra::gui
