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
};

} // namespace sakra::gui
