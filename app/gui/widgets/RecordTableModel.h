#pragma once

#include <QAbstractTableModel>
#include <QFont>

namespace sakra::gui {

// What the list frame needs of a table model, whatever the rows are: read again, count, find a
// row. The paged lists share it through QueryTableModel, the short in-memory lists through
// EntityListModel; both describe their columns once (see ColumnTableModel).
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OverdueRole,
        // A model's own roles start here.
        FirstModelRole
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
    // Reads every row matching the filters that is not read yet (to write the whole list out).
    virtual void fetchAll();
    // Whether the list can be sorted by the column (in the database).
    virtual bool isSortable(int column) const = 0;
    // The column's starting width in pixels; 0: the view's default.
    virtual int preferredWidth(int column) const
    {
        Q_UNUSED(column);
        return 0;
    }

    // A column's header and a cell's text as the table shows them (the display role), for writing
    // a list out as it is seen; empty outside the columns and rows.
    QString headerText(int column) const;
    QString displayText(int row, int column) const;

protected:
    // A late row (an overdue action, a missed test, a budget overrun): dark red text on pale red in
    // the whole row, and bold in the column that says so in words. Invalid for the other roles.
    static QVariant lateRowData(int role, bool wordsColumn);
    // For the cell that carries a warning.
    static QFont boldFont();
};

} // namespace sakra::gui
