#pragma once

#include "risk/RiskMatrix.h"
#include "risk/RiskQuery.h"

#include <QAbstractTableModel>
#include <QDate>

#include <vector>

namespace sakra {
class Register;
}

namespace sakra::gui {

// Risks in pages, like the people list: the first page at once, the next when the view scrolls
// to the end, and sorting and filtering done by the database. The level columns are coloured
// from the matrix; an overdue review is marked with an icon and words as well as colour.
class RiskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // In the order of RiskQuery::Sort, which sort() relies on.
    enum Column {
        TitleColumn,
        UnitColumn,
        CategoryColumn,
        LevelColumn,
        ResidualLevelColumn,
        StatusColumn,
        OwnerColumn,
        NextReviewColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit RiskTableModel(QObject* parent = nullptr);

    // Starts over on reg (may be null) with the filters of query; the sort order is the model's
    // own (see sort()) and the window of rows is chosen here.
    void setQuery(Register* reg, const RiskQuery& query, const RiskMatrix& matrix);
    // Reads the rows already shown again (after an edit), as many as were loaded.
    void refresh();
    const RiskQuery& query() const { return m_query; }
    // All risks matching the query, not only those read so far.
    qint64 totalCount() const;

    const RiskRow* rowAt(int row) const;
    // -1 when the risk is not among the rows read.
    int rowOf(qint64 riskId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    std::vector<RiskRow> read(int offset, int limit) const;
    void readFirstPages(int pages);
    QVariant levelData(int level, int role) const;
    QVariant reviewData(const Risk& risk, int role) const;

    Register* m_register = nullptr;
    RiskQuery m_query;
    RiskMatrix m_matrix;
    std::vector<RiskRow> m_rows;
    bool m_complete = true;
    QDate m_today;
};

} // namespace sakra::gui
