#include "PersonTableModel.h"

#include "Register.h"

#include <QScopedValueRollback>

namespace sakra::gui {

PersonTableModel::PersonTableModel(QObject* parent) : QAbstractTableModel(parent) {}

std::vector<PersonRow> PersonTableModel::read(int offset, int limit) const
{
    if (!m_register)
        return {};
    PersonQuery query = m_query;
    query.offset = offset;
    query.limit = limit;
    return m_register->people().list(query);
}

void PersonTableModel::setQuery(Register* reg, qint64 scopeUnitId, const QString& text)
{
    beginResetModel();
    m_register = reg;
    m_query.scopeUnitId = scopeUnitId;
    m_query.text = text;
    m_rows = read(0, kPageSize);
    m_complete = int(m_rows.size()) < kPageSize;
    endResetModel();
}

void PersonTableModel::refresh()
{
    // Read as many pages as were shown so the view keeps its scroll position.
    const int pages = std::max(1, int((m_rows.size() + kPageSize - 1) / kPageSize));
    beginResetModel();
    m_rows = read(0, pages * kPageSize);
    m_complete = int(m_rows.size()) < pages * kPageSize;
    endResetModel();
}

qint64 PersonTableModel::totalCount() const
{
    return m_register ? m_register->people().count(m_query) : 0;
}

const PersonRow* PersonTableModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int PersonTableModel::rowOf(qint64 personId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[size_t(row)].person.id == personId)
            return row;
    return -1;
}

int PersonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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

bool PersonTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void PersonTableModel::fetchMore(const QModelIndex& parent)
{
    // Views and testers ask for more from inside the insert signals; one page at a time.
    if (parent.isValid() || m_complete || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    std::vector<PersonRow> page = read(int(m_rows.size()), kPageSize);
    m_complete = int(page.size()) < kPageSize;
    if (page.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
    endInsertRows();
}

void PersonTableModel::sort(int column, Qt::SortOrder order)
{
    static const PersonQuery::Sort sorts[] = {PersonQuery::Sort::Name, PersonQuery::Sort::Title,
                                              PersonQuery::Sort::Unit, PersonQuery::Sort::Email};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = sorts[column];
    m_query.ascending = order == Qt::AscendingOrder;
    beginResetModel();
    m_rows = read(0, kPageSize);
    m_complete = int(m_rows.size()) < kPageSize;
    endResetModel();
}

} // namespace sakra::gui
