#include "MilestoneTableModel.h"

#include "widgets/Formatting.h"

#include <QFont>

namespace sakra::gui {

MilestoneTableModel::MilestoneTableModel(QObject* parent) : EntityListModel(parent) {}

QString MilestoneTableModel::levelText(const Milestone& milestone)
{
    return milestone.level ? securityLevelLabel(*milestone.level) : tr("Alla nivåer");
}

int MilestoneTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MilestoneTableModel::data(const QModelIndex& index, int role) const
{
    const Milestone* m = rowAt(index.row());
    if (!m)
        return {};
    // Late and not done: said in the status text, and bold so it is seen.
    const bool late = m->status != Milestone::Status::Done && m->targetDate.isValid() &&
                      m->targetDate < QDate::currentDate();
    if (role == Qt::FontRole && late && (index.column() == StatusColumn || index.column() == DateColumn)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && !m->note.isEmpty())
        return m->note;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case TitleColumn: return m->title;
    case LevelColumn: return levelText(*m);
    case DateColumn: return Formatting::date(m->targetDate);
    case StatusColumn:
        return late ? tr("%1 – försenad").arg(Milestone::statusLabel(m->status))
                    : Milestone::statusLabel(m->status);
    case ColumnCount: break;
    }
    return {};
}

QVariant MilestoneTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn: return tr("Milstolpe");
    case LevelColumn: return tr("Nivå");
    case DateColumn: return tr("Måldatum");
    case StatusColumn: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
