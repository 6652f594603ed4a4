#include "SecurityWalkTableModel.h"

#include "widgets/Formatting.h"

namespace sakra::gui {

SecurityWalkTableModel::SecurityWalkTableModel(QObject* parent) : EntityListModel(parent) {}

int SecurityWalkTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecurityWalkTableModel::data(const QModelIndex& index, int role) const
{
    const SecurityWalkRow* row = rowAt(index.row());
    if (!row || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (Column(index.column())) {
    case DateColumn: return Formatting::date(row->walk.walkedOn);
    case SiteColumn: return row->siteName;
    case ParticipantsColumn: return row->walk.participants;
    case FindingsColumn:
        if (row->findingsWithoutRisk == 0)
            return QString::number(row->findings);
        return tr("%1 (%2 ej riskbedömda)").arg(row->findings).arg(row->findingsWithoutRisk);
    case ColumnCount: break;
    }
    return {};
}

QVariant SecurityWalkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn: return tr("Datum");
    case SiteColumn: return tr("Lokal");
    case ParticipantsColumn: return tr("Deltagare");
    case FindingsColumn: return tr("Iakttagelser");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
