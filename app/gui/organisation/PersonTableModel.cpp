#include "PersonTableModel.h"

#include "Register.h"

namespace sakra::gui {

PersonTableModel::PersonTableModel(QObject* parent) : QueryTableModel(&Register::people, parent)
{
    addColumn(NameColumn, tr("Namn"), [](const PersonRow& r) { return r.person.name; })
        .sortedBy(PersonQuery::Sort::Name)
        .wide(200);
    addColumn(TitleColumn, tr("Titel"), [](const PersonRow& r) { return r.person.title; })
        .sortedBy(PersonQuery::Sort::Title)
        .wide(160);
    addColumn(UnitColumn, tr("Enhet"), [](const PersonRow& r) { return r.unitName; })
        .sortedBy(PersonQuery::Sort::Unit)
        .wide(220);
    addColumn(EmailColumn, tr("E-post"), [](const PersonRow& r) {
        return r.person.email;
    }).sortedBy(PersonQuery::Sort::Email);
}

void PersonTableModel::setQuery(Register* reg, qint64 scopeUnitId, const QString& text)
{
    PersonQuery query;
    query.scopeUnitId = scopeUnitId;
    query.text = text;
    QueryTableModel::setQuery(reg, query);
}

} // namespace sakra::gui
