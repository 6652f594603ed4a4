#pragma once

#include "risk/WalkFinding.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

struct WalkFindingRow
{
    WalkFinding finding;
    qint64 id() const { return finding.id; }
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
};

} // namespace sakra::gui
