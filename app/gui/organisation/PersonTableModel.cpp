#include "PersonTableModel.h"

#include "Register.h"

namespace sakra::gui {

PersonTableModel::PersonTableModel(QObject* parent) : QueryTableModel(parent) {}

void PersonTableModel::setQuery(Register* reg, qint64 scopeUnitId, const QString& text)
{
    PersonQuery query;
    query.scopeUnitId = scopeUnitId;
    query.text = text;
    QueryTableModel::setQuery(reg, query);
}

std::vector<PersonRow> PersonTableModel::list(Register& reg, const PersonQuery& query) const
{
    return reg.people().list(query);
}

qint64 PersonTableModel::count(Register& reg, const PersonQuery& query) const
{
    return reg.people().count(query);
}

std::optional<PersonQuery::Sort> PersonTableModel::sortOf(int column) const
{
    static const PersonQuery::Sort sorts[] = {PersonQuery::Sort::Name, PersonQuery::Sort::Title,
                                              PersonQuery::Sort::Unit, PersonQuery::Sort::Email};
    if (column < 0 || column >= ColumnCount)
        return std::nullopt;
    return sorts[column];
}

int PersonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex& index, int role) const
{
    const PersonRow* row = rowAt(index.row());
    if (!row || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (Column(index.column())) {
    case NameColumn: return row->person.name;
    case TitleColumn: return row->person.title;
    case UnitColumn: return row->unitName;
    case EmailColumn: return row->person.email;
    case ColumnCount: break;
    }
    return {};
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Namn");
    case TitleColumn: return tr("Titel");
    case UnitColumn: return tr("Enhet");
    case EmailColumn: return tr("E-post");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sakra::gui
