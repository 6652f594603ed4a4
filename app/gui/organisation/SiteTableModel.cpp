#include "SiteTableModel.h"

namespace sakra::gui {

SiteTableModel::SiteTableModel(QObject* parent) : EntityListModel(parent) {}

int SiteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteTableModel::data(const QModelIndex& index, int role) const
{
    const Site* site = rowAt(index.row());
    if (!site)
        return {};
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !site->note.isEmpty())
        return site->note;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return site->name;
    case StreetColumn: return site->street;
    case PostalCodeColumn: return site->postalCode;
    case CityColumn: return site->city;
    case ColumnCount: break;
    }
    return {};
}

QVariant SiteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Namn");
    case StreetColumn: return tr("Gatuadress");
    case PostalCodeColumn: return tr("Postnummer");
    case CityColumn: return tr("Ort");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
