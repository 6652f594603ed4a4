#pragma once

#include "organisation/Site.h"

#include <QAbstractTableModel>

#include <vector>

namespace sakra::gui {

// Premises: name and address.
class SiteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StreetColumn, PostalCodeColumn, CityColumn, ColumnCount };

    explicit SiteTableModel(QObject* parent = nullptr);

    void setSites(std::vector<Site> sites);
    const Site* siteAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Site> m_sites;
};

} // namespace sakra::gui
