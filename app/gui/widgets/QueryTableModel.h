#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QScopedValueRollback>
#include <optional>
#include <vector>

namespace sakra {
class Register;
}

namespace sakra::gui {

// What the list frame needs of a table model, whatever the rows are: read again, count, find a
// row. The paged lists share it through QueryTableModel, the short in-memory lists through
// EntityListModel.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OverdueRole
    };
    static constexpr int kPageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

    // Reads the rows already shown again (after an edit), as many as were loaded.
    virtual void refresh() = 0;
    // All rows matching the filters, not only those read so far.
    virtual qint64 totalCount() const = 0;
    // 0 outside the rows read.
    virtual qint64 idAt(int row) const = 0;
    // -1 when the row is not among those read.
    int rowOf(qint64 id) const;
    // Whether the list can be sorted by the column (in the database).
    virtual bool isSortable(int column) const = 0;
};

// Rows of a core list query in pages: the first page at once, the next when the view scrolls to
// the end, so the largest registers open immediately. Sorting and filtering are done by the
// database; sortOf() maps a column onto the query's sort. Query has offset, limit, sort and
// ascending, as every list query of core does, and today where "overdue" depends on the day.
template <typename Query, typename Row> class QueryTableModel : public RecordTableModel
{
public:
    using RecordTableModel::RecordTableModel;

    // Starts over on reg (may be null) with the query's filters; the sort chosen in the view stays.
    void setQuery(Register* reg, const Query& query)
    {
        const auto sort = m_query.sort;
        const bool ascending = m_query.ascending;
        m_register = reg;
        m_query = query;
        m_query.sort = sort;
        m_query.ascending = ascending;
        m_fixedTotal = 0;
        readFirstPages(1);
    }
    // Shows rows read elsewhere (off the GUI thread), with the total they were cut from: no
    // register is asked, no further pages are read and sort() only keeps the chosen order.
    void setRows(std::vector<Row> rows, qint64 total)
    {
        beginResetModel();
        m_register = nullptr;
        m_today = QDate::currentDate();
        m_rows = std::move(rows);
        m_fixedTotal = total;
        m_complete = true;
        endResetModel();
    }
    const Query& query() const { return m_query; }
    Register* reg() const { return m_register; }
    QDate today() const { return m_today; }

    void refresh() override
    {
        // As many pages as were shown, so the view keeps its scroll position.
        if (m_register)
            readFirstPages(std::max(1, int((m_rows.size() + kPageSize - 1) / kPageSize)));
    }
    qint64 totalCount() const override { return m_register ? count(*m_register, m_query) : m_fixedTotal; }
    qint64 idAt(int row) const override
    {
        const Row* r = rowAt(row);
        return r ? idOf(*r) : 0;
    }
    bool isSortable(int column) const override { return sortOf(column).has_value(); }

    const Row* rowAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex& parent) const override { return !parent.isValid() && !m_complete; }
    void fetchMore(const QModelIndex& parent) override
    {
        // Views and testers ask for more from inside the insert signals; one page at a time.
        if (parent.isValid() || m_complete || !m_register || m_fetching)
            return;
        const QScopedValueRollback<bool> fetching(m_fetching, true);
        std::vector<Row> page = read(int(m_rows.size()), kPageSize);
        m_complete = int(page.size()) < kPageSize;
        if (page.empty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(page.begin()),
                      std::make_move_iterator(page.end()));
        endInsertRows();
    }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        const auto s = sortOf(column);
        if (!s)
            return;
        m_query.sort = *s;
        m_query.ascending = order == Qt::AscendingOrder;
        // Rows handed in by setRows() have no query to read again.
        if (m_register)
            readFirstPages(1);
    }

protected:
    virtual std::vector<Row> list(Register& reg, const Query& query) const = 0;
    virtual qint64 count(Register& reg, const Query& query) const = 0;
    virtual qint64 idOf(const Row& row) const = 0;
    virtual std::optional<typename Query::Sort> sortOf(int column) const = 0;

private:
    std::vector<Row> read(int offset, int limit) const
    {
        if (!m_register)
            return {};
        Query q = m_query;
        q.offset = offset;
        q.limit = limit;
        return list(*m_register, q);
    }
    void readFirstPages(int pages)
    {
        beginResetModel();
        // "Overdue" is measured against the day the rows were read, in the query and the colours.
        m_today = QDate::currentDate();
        if constexpr (requires(Query q) { q.today = QDate(); })
            m_query.today = m_today;
        m_rows = read(0, pages * kPageSize);
        m_complete = int(m_rows.size()) < pages * kPageSize;
        endResetModel();
    }

    Register* m_register = nullptr;
    Query m_query;
    std::vector<Row> m_rows;
    bool m_complete = true;
    bool m_fetching = false;
    qint64 m_fixedTotal = 0;
    QDate m_today = QDate::currentDate();
};

} // namespace sakra::gui
