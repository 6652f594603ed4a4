#pragma once

#include "QueryTableModel.h"

#include <vector>

namespace sakra::gui {

// The short lists read whole into memory by their page (sites, milestones, catalogues, the walks
// of a site, ...): the page hands in the rows, the subclass says how a row reads in each column
// and which id it carries.
template <typename Row> class EntityListModel : public RecordTableModel
{
public:
    using RecordTableModel::RecordTableModel;

    void setRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const std::vector<Row>& rows() const { return m_rows; }
    const Row* rowAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
    }

    // The page reads the rows again and hands them in.
    void refresh() override {}
    qint64 totalCount() const override { return qint64(m_rows.size()); }
    qint64 idAt(int row) const override
    {
        const Row* r = rowAt(row);
        return r ? idOf(*r) : 0;
    }
    bool isSortable(int column) const override
    {
        Q_UNUSED(column)
        return false;
    }
    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    // The id of the row's entity; rows that are entities themselves need not say.
    virtual qint64 idOf(const Row& row) const
    {
        if constexpr (requires { row.id; })
            return row.id;
        else
            return 0;
    }

private:
    std::vector<Row> m_rows;
};

} // namespace sakra::gui
