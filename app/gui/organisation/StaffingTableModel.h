#pragma once

#include "organisation/StaffingLine.h"

#include <QAbstractTableModel>
#include <vector>

namespace sakra::gui {

// Planned against filled posts per administration or company and level. A line with posts
// missing says so in words and is also tinted, so the gap does not rest on colour alone.
class StaffingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        BoardColumn,
        LevelColumn,
        PlannedColumn,
        FilledColumn,
        GapColumn,
        ColumnCount
    };

    explicit StaffingTableModel(QObject* parent = nullptr);

    void setLines(std::vector<StaffingLine> lines);
    const StaffingLine* lineAt(int row) const;
    const std::vector<StaffingLine>& lines() const { return m_lines; }
    // The text of the gap column, e.g. "saknas 1,5".
    static QString gapText(const StaffingLine& line);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<StaffingLine> m_lines;
};

} // namespace sakra::gui
