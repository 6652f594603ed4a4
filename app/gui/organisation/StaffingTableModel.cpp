#include "StaffingTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sakra::gui {

namespace {
// Pale amber with near-black text: readable in light and dark themes alike because both colours
// are set, not only the background.
const QColor kGapBackground(0xff, 0xe8, 0xc2);
const QColor kGapText(0x20, 0x18, 0x10);
} // namespace

StaffingTableModel::StaffingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void StaffingTableModel::setLines(std::vector<StaffingLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

const StaffingLine* StaffingTableModel::lineAt(int row) const
{
    return row >= 0 && row < int(m_lines.size()) ? &m_lines[size_t(row)] : nullptr;
}

QString StaffingTableModel::gapText(const StaffingLine& line)
{
    const int gap = line.gapPercent();
    if (gap > 0)
        return tr("saknas %1").arg(StaffingLine::postsText(gap));
    if (gap < 0)
        return tr("%1 över plan").arg(StaffingLine::postsText(-gap));
    return tr("inget glapp");
}

int StaffingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int StaffingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffingTableModel::data(const QModelIndex& index, int role) const
{
    const StaffingLine* line = lineAt(index.row());
    if (!line)
        return {};
    const bool gap = line->hasGap();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case UnitColumn: return line->unitName;
        case BoardColumn: return line->boardName;
        case LevelColumn: return securityLevelLabel(line->level);
        case PlannedColumn: return StaffingLine::postsText(line->plannedPosts * 100);
        case FilledColumn: return StaffingLine::postsText(line->filledPercent);
        case GapColumn: return gapText(*line);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == FilledColumn)
            return tr("%1 personer med sammanlagt %2 % av heltid").arg(line->people).arg(line->filledPercent);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PlannedColumn || index.column() == FilledColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole: return gap ? QVariant(QBrush(kGapBackground)) : QVariant();
    case Qt::ForegroundRole: return gap ? QVariant(QBrush(kGapText)) : QVariant();
    case Qt::FontRole:
        if (gap && index.column() == GapColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default: return {};
    }
}

QVariant StaffingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UnitColumn: return tr("Förvaltning/bolag");
    case BoardColumn: return tr("Nämnd");
    case LevelColumn: return tr("Nivå");
    case PlannedColumn: return tr("Planerade");
    case FilledColumn: return tr("Tillsatta");
    case GapColumn: return tr("Glapp");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
