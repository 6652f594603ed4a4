#include "SecurityWalkTableModel.h"

#include "widgets/Formatting.h"

namespace sakra::gui {

SecurityWalkTableModel::SecurityWalkTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SecurityWalkTableModel::setRows(std::vector<SecurityWalkRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const SecurityWalkRow* SecurityWalkTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int SecurityWalkTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[std::size_t(row)].walk.id == id)
            return row;
    return -1;
}

int SecurityWalkTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

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
