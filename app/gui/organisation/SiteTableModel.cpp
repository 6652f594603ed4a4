#include "SiteTableModel.h"

namespace sakra::gui {

SiteTableModel::SiteTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SiteTableModel::setSites(std::vector<Site> sites)
{
    beginResetModel();
    m_sites = std::move(sites);
    endResetModel();
}

const Site* SiteTableModel::siteAt(int row) const
{
    return row >= 0 && row < int(m_sites.size()) ? &m_sites[size_t(row)] : nullptr;
}

int SiteTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < int(m_sites.size()); ++row)
        if (m_sites[size_t(row)].id == id)
            return row;
    return -1;
}

int SiteTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SiteTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteTableModel::data(const QModelIndex& index, int role) const
{
    const Site* site = siteAt(index.row());
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
