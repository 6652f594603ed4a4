#pragma once

#include "action/ActionQuery.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace sakra {
class Register;
}

namespace sakra::gui {

// Actions in pages: the first page is read at once and the next when the view scrolls to the end
// (canFetchMore/fetchMore), so a plan of a hundred thousand actions opens immediately. Sorting
// and filtering are done by the database; sort() maps a column onto ActionQuery::Sort. Overdue
// actions say so in words in the status column and stand out in colour as well.
class ActionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StatusColumn,
        DueColumn,
        LatestNoteColumn, // the current state belongs next to the deadline, in view
        UnitColumn,
        ResponsibleColumn,
        KindColumn,
        CostColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, OverdueRole };
    static constexpr int kPageSize = 200;

    explicit ActionTableModel(QObject* parent = nullptr);

    // Starts over on reg (may be null) with the query's filters; the sort chosen in the view stays.
    void setQuery(Register* reg, const ActionQuery& query);
    // Shows rows read elsewhere (off the GUI thread), with the total they were cut from; no
    // register is asked, no further pages are read and sort() does nothing.
    void setRows(std::vector<ActionRow> rows, qint64 total);
    // Reads the rows already shown again (after an edit), as many as were loaded.
    void refresh();
    const ActionQuery& query() const { return m_query; }
    // All actions matching the query, not only those read so far.
    qint64 totalCount() const;

    const ActionRow* rowAt(int row) const;
    // -1 when the action is not among the rows read.
    int rowOf(qint64 actionId) const;
    // Whether the column can be sorted by (the latest note cannot).
    static bool isSortable(int column);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    std::vector<ActionRow> read(int offset, int limit) const;
    void readFirstPages(int pages);
    QVariant display(const ActionRow& row, int column) const;
    QString toolTip(const ActionRow& row, int column) const;

    Register* m_register = nullptr;
    ActionQuery m_query;
    std::vector<ActionRow> m_rows;
    bool m_complete = true;
    qint64 m_fixedTotal = 0;
    QDate m_today;
};

} // namespace sakra::gui
