#include "StaffingTableModel.h"

#include "widgets/Formatting.h"
#include "widgets/Palette.h"

#include <QBrush>
#include <QColor>

namespace sakra::gui {

namespace {
// Pale amber with near-black text: readable in light and dark themes alike because both colours
// are set, not only the background.
} // namespace

StaffingTableModel::StaffingTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(UnitColumn, tr("Förvaltning/bolag"), [](const StaffingLine& l) { return l.unitName; });
    addColumn(LevelColumn, tr("Nivå eller tjänst"), [](const StaffingLine& l) { return l.postText(); });
    addColumn(PlannedColumn, tr("Planerade"), [](const StaffingLine& l) {
        return StaffingLine::postsText(l.plannedPosts * 100);
    }).alignedRight();
    addColumn(FilledColumn, tr("Tillsatta"),
              [](const StaffingLine& l) {
                  return l.level == SecurityLevel::Related ? tr("–")
                                                           : StaffingLine::postsText(l.filledPercent);
              })
        .withToolTip([](const StaffingLine& l) {
            return tr("%1 personer med sammanlagt %2 % av heltid").arg(l.people).arg(l.filledPercent);
        })
        .alignedRight();
    addColumn(GapColumn, tr("Glapp"), gapText);
    addColumn(CostColumn, tr("Kostnad per år"),
              [](const StaffingLine& l) {
                  return l.isCosted() ? Formatting::kronor(l.totalCostKr()) : tr("ej kostnadsberäknad");
              })
        .withToolTip([](const StaffingLine& l) {
            return l.isCosted() ? tr("%1 per tjänst och år").arg(Formatting::kronor(l.yearlyCostKr))
                                : QString();
        })
        .alignedRight();
    addColumn(PayerColumn, tr("Betalas av"), [](const StaffingLine& l) {
        return l.payingBoardName.isEmpty() ? tr("egen nämnd") : l.payingBoardName;
    });
    addColumn(BoardColumn, tr("Rapporterar till"), [](const StaffingLine& l) { return l.boardName; });
}

QString StaffingTableModel::gapText(const StaffingLine& line)
{
    if (line.level == SecurityLevel::Related)
        return tr("–");
    const int gap = line.gapPercent();
    if (gap > 0)
        return tr("saknas %1").arg(StaffingLine::postsText(gap));
    if (gap < 0)
        return tr("%1 över plan").arg(StaffingLine::postsText(-gap));
    return tr("inget glapp");
}

QVariant StaffingTableModel::rowData(const StaffingLine& line, int column, int role) const
{
    if (!line.hasGap())
        return {};
    switch (role) {
    case Qt::BackgroundRole: return QBrush(palette::gapBackground);
    case Qt::ForegroundRole: return QBrush(palette::gapText);
    case Qt::FontRole: return column == GapColumn ? QVariant(boldFont()) : QVariant();
    default: return {};
    }
}

} // namespace sakra::gui
