#pragma once

#include "risk/RiskCategory.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

struct RiskCategoryRow
{
    RiskCategory category;
    qint64 id() const { return category.id; }
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
};

} // namespace sakra::gui
