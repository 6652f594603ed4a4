#pragma once

#include "risk/RiskCategory.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

struct RiskCategoryRow
{
    RiskCategory category;
    qint64 risks = 0;
};

// The category catalogue in its order, with how many risks each category holds.
class RiskCategoryTableModel : public EntityListModel<RiskCategoryRow>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        OrderColumn,
        RisksColumn,
        ColumnCount
    };

    explicit RiskCategoryTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    qint64 idOf(const RiskCategoryRow& row) const override { return row.category.id; }
};

} // namespace sakra::gui
