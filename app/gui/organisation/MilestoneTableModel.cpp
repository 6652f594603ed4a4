#include "MilestoneTableModel.h"

#include "widgets/Formatting.h"

namespace sakra::gui {

namespace {
// Late and not done: said in the status text, and bold so it is seen.
bool isLate(const Milestone& m)
{
    return m.status != Milestone::Status::Done && m.targetDate.isValid() &&
           m.targetDate < QDate::currentDate();
}
} // namespace

MilestoneTableModel::MilestoneTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(TitleColumn, tr("Milstolpe"), [](const Milestone& m) { return m.title; });
    addColumn(LevelColumn, tr("Nivå"), levelText);
    addColumn(DateColumn, tr("Måldatum"), [](const Milestone& m) { return Formatting::date(m.targetDate); });
    addColumn(StatusColumn, tr("Status"), [](const Milestone& m) {
        const QString status = Milestone::kStatuses.label(m.status);
        return isLate(m) ? tr("%1 – försenad").arg(status) : status;
    });
}

QString MilestoneTableModel::levelText(const Milestone& milestone)
{
    return milestone.level ? kSecurityLevels.label(*milestone.level) : tr("Alla nivåer");
}

QVariant MilestoneTableModel::rowData(const Milestone& m, int column, int role) const
{
    if (role == Qt::FontRole && isLate(m) && (column == StatusColumn || column == DateColumn))
        return boldFont();
    // The note, whichever column the pointer rests on.
    if (role == Qt::ToolTipRole && !m.note.isEmpty())
        return m.note;
    return {};
}

} // namespace sakra::gui
