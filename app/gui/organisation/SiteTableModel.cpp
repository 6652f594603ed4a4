#include "SiteTableModel.h"

namespace sakra::gui {

SiteTableModel::SiteTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(NameColumn, tr("Namn"), [](const Site& s) { return s.name; }).withToolTip([](const Site& s) {
        return s.note.isEmpty() ? s.name : s.note;
    });
    addColumn(StreetColumn, tr("Gatuadress"), [](const Site& s) { return s.street; });
    addColumn(PostalCodeColumn, tr("Postnummer"), [](const Site& s) { return s.postalCode; });
    addColumn(CityColumn, tr("Ort"), [](const Site& s) { return s.city; });
}

} // namespace sakra::gui
