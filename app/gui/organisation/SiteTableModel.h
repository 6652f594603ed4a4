#pragma once

#include "organisation/Site.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

// Premises: name and address.
class SiteTableModel : public EntityListModel<Site>
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StreetColumn,
        PostalCodeColumn,
        CityColumn,
        ColumnCount
    };

    explicit SiteTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace sakra::gui
