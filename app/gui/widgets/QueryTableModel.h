#pragma once

#include "ColumnTableModel.h"

#include <QDate>
#include <QScopedValueRollback>
#include <functional>
#include <limits>
#include <vector>

namespace sakra {
class Register;
}

namespace sakra::gui {

// Rows of a core list query in pages: the first page at once, the next when the view scrolls to
// the end, so the largest registers open immediately. Sorting and filtering are done by the
// database; a column described with a sort (TableColumn::sortedBy) sorts the query. Query has
// offset, limit, sort and ascending, as every list query of core does, and today where
// "overdue" depends on the day.
template <typename Query, typename Row>
class QueryTableModel : public ColumnTableModel<Row, typename Query::Sort>
{
    using Base = ColumnTableModel<Row, typename Query::Sort>;

public:
    using RecordTableModel::kPageSize;

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
        m_register = nullptr;
        m_today = QDate::currentDate();
        m_fixedTotal = total;
        m_complete = true;
        this->replaceRows(std::move(rows));
    }
    using QueryType = Query;
    const Query& query() const { return m_query; }
    // How many rows another query over the same register finds (0 without a register).
    qint64 countOf(const Query& query) const { return m_register ? m_count(*m_register, query) : 0; }
    Register* reg() const { return m_register; }
    QDate today() const { return m_today; }

    void refresh() override
    {
        // As many pages as were shown, so the view keeps its scroll position.
        if (m_register)
            readFirstPages(std::max(1, int((this->rows().size() + kPageSize - 1) / kPageSize)));
    }
    qint64 totalCount() const override { return m_register ? m_count(*m_register, m_query) : m_fixedTotal; }

    bool canFetchMore(const QModelIndex& parent) const override { return !parent.isValid() && !m_complete; }
    void fetchMore(const QModelIndex& parent) override
    {
        // Views and testers ask for more from inside the insert signals; one page at a time.
        if (parent.isValid() || m_complete || !m_register || m_fetching)
            return;
        const QScopedValueRollback<bool> fetching(m_fetching, true);
        std::vector<Row> page = read(int(this->rows().size()), kPageSize);
        m_complete = int(page.size()) < kPageSize;
        this->appendRows(std::move(page));
    }
    void fetchAll() override
    {
        // The rest in one query rather than a page at a time.
        if (m_complete || !m_register || m_fetching)
            return;
        const QScopedValueRollback<bool> fetching(m_fetching, true);
        std::vector<Row> rest = read(int(this->rows().size()), std::numeric_limits<int>::max());
        m_complete = true;
        this->appendRows(std::move(rest));
    }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override
    {
        const auto s = this->sortOf(column);
        if (!s)
            return;
        m_query.sort = *s;
        m_query.ascending = order == Qt::AscendingOrder;
        // Rows handed in by setRows() have no query to read again.
        if (m_register)
            readFirstPages(1);
    }

protected:
    // The rows come from the register's repository for them, which has list(query) and
    // count(query): &Register::actions, &Register::risks, ...
    template <typename Repository>
    QueryTableModel(Repository& (Register::*repository)(), QObject* parent)
        : Base(parent),
          m_list([repository](Register& reg, const Query& q) { return (reg.*repository)().list(q); }),
          m_count([repository](Register& reg, const Query& q) { return (reg.*repository)().count(q); })
    {
    }

private:
    std::vector<Row> read(int offset, int limit) const
    {
        if (!m_register)
            return {};
        Query q = m_query;
        q.offset = offset;
        q.limit = limit;
        return m_list(*m_register, q);
    }
    void readFirstPages(int pages)
    {
        // "Overdue" is measured against the day the rows were read, in the query and the colours.
        m_today = QDate::currentDate();
        if constexpr (requires(Query q) { q.today = QDate(); })
            m_query.today = m_today;
        std::vector<Row> rows = read(0, pages * kPageSize);
        m_complete = int(rows.size()) < pages * kPageSize;
        this->replaceRows(std::move(rows));
    }

    std::function<std::vector<Row>(Register&, const Query&)> m_list;
    std::function<qint64(Register&, const Query&)> m_count;
    Register* m_register = nullptr;
    Query m_query;
    bool m_complete = true;
    bool m_fetching = false;
    qint64 m_fixedTotal = 0;
    QDate m_today = QDate::currentDate();
};

} // namespace sakra::gui
