#pragma once

#include "organisation/StaffingLine.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

// Planned against filled posts per administration or company and level. A line with posts
// missing says so in words and is also tinted, so the gap does not rest on colour alone.
class StaffingTableModel : public EntityListModel<StaffingLine>
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        LevelColumn,
        PlannedColumn,
        FilledColumn,
        GapColumn,
        CostColumn,
        PayerColumn,
        BoardColumn,
        ColumnCount
    };

    explicit StaffingTableModel(QObject* parent = nullptr);

    void setLines(std::vector<StaffingLine> lines) { setRows(std::move(lines)); }
    const StaffingLine* lineAt(int row) const { return rowAt(row); }
    const std::vector<StaffingLine>& lines() const { return rows(); }
    // The text of the gap column, e.g. "saknas 1,5".
    static QString gapText(const StaffingLine& line);

protected:
    QVariant rowData(const StaffingLine& line, int column, int role) const override;
};

} // namespace sakra::gui
