#pragma once

#include "RecordTableModel.h"
#include "TableColumn.h"

#include <vector>

namespace sakra::gui {

// Rows of one type under columns each model describes once, in its constructor and in the order
// of its Column enum (addColumn). From those descriptions this base answers the column count,
// the headers, the display, tool tip, alignment and text colour of every cell, the id role and
// which columns sort the list; late rows are marked alike in every list (markLateRows). The
// model adds in rowData() only what is its own: other colours, fonts, icons, roles of its own.
template <typename Row, typename Sort = NoSort> class ColumnTableModel : public RecordTableModel
{
public:
    using RecordTableModel::RecordTableModel;

    const std::vector<Row>& rows() const { return m_rows; }
    const Row* rowAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
    }
    qint64 idAt(int row) const override
    {
        const Row* r = rowAt(row);
        return r ? idOf(*r) : 0;
    }
    bool isSortable(int column) const override { return sortOf(column).has_value(); }
    int preferredWidth(int column) const override
    {
        return column >= 0 && column < int(m_columns.size()) ? m_columns[size_t(column)].width : 0;
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
        if (!row || index.column() >= int(m_columns.size()))
            return {};
        const bool late = m_late && m_late(*row);
        if (role == OverdueRole && m_late)
            return late;
        if (QVariant marked = late ? lateRowData(role, index.column() == m_lateColumn) : QVariant();
            marked.isValid())
            return marked;
        if (QVariant own = rowData(*row, index.column(), role); own.isValid())
            return own;
        const TableColumn<Row, Sort>& column = m_columns[size_t(index.column())];
        switch (role) {
        case Qt::DisplayRole: return column.display(*row);
        case Qt::ToolTipRole: return column.toolTip ? column.toolTip(*row) : column.display(*row);
        case Qt::TextAlignmentRole:
            return column.alignment ? QVariant::fromValue(column.alignment) : QVariant();
        case Qt::ForegroundRole: {
            const QColor colour = column.foreground ? column.foreground(*row) : QColor();
            return colour.isValid() ? QVariant(colour) : QVariant();
        }
        case IdRole: return idOf(*row);
        default: return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && section >= 0 && section < int(m_columns.size())) {
            const TableColumn<Row, Sort>& column = m_columns[size_t(section)];
            if (role == Qt::DisplayRole)
                return column.header;
            if (role == Qt::ToolTipRole && !column.headerToolTip.isEmpty())
                return column.headerToolTip;
        }
        return RecordTableModel::headerData(section, orientation, role);
    }

protected:
    // Describes the next column; column is its value in the model's Column enum.
    TableColumn<Row, Sort>& addColumn(int column, QString header,
                                      typename TableColumn<Row, Sort>::Text display)
    {
        Q_ASSERT(column == int(m_columns.size()));
        Q_UNUSED(column)
        TableColumn<Row, Sort>& described = m_columns.emplace_back();
        described.header = std::move(header);
        described.display = std::move(display);
        return described;
    }
    // Marks the rows for which late() holds in colour (see lateRowData) and in OverdueRole;
    // wordsColumn is the one that says so in words.
    void markLateRows(std::function<bool(const Row&)> late, int wordsColumn)
    {
        m_late = std::move(late);
        m_lateColumn = wordsColumn;
    }
    std::optional<Sort> sortOf(int column) const
    {
        return column >= 0 && column < int(m_columns.size()) ? m_columns[size_t(column)].sort : std::nullopt;
    }

    // How row reads in column, as the table shows it.
    QString textOf(const Row& row, int column) const { return m_columns[size_t(column)].display(row); }

    // What the model shows beyond its columns; asked first, so it may also answer a role the
    // columns answer. An invalid value leaves the role to the columns.
    virtual QVariant rowData(const Row& row, int column, int role) const
    {
        Q_UNUSED(row)
        Q_UNUSED(column)
        Q_UNUSED(role)
        return {};
    }
    // The id of the row's entity: the entity's own, or what a row that shows one beside other
    // texts gives as id().
    virtual qint64 idOf(const Row& row) const
    {
        if constexpr (requires { row.id(); })
            return row.id();
        else if constexpr (requires { row.id; })
            return row.id;
        else
            return 0;
    }

    void replaceRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    void appendRows(std::vector<Row> rows)
    {
        if (rows.empty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(rows.begin()),
                      std::make_move_iterator(rows.end()));
        endInsertRows();
    }

private:
    std::vector<TableColumn<Row, Sort>> m_columns;
    std::vector<Row> m_rows;
    std::function<bool(const Row&)> m_late;
    int m_lateColumn = -1;
};

} // namespace sakra::gui
