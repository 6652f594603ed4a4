#pragma once

#include "risk/RiskMatrix.h"
#include "risk/RiskQuery.h"
#include "widgets/QueryTableModel.h"

namespace sakra::gui {

// Risks in pages (see QueryTableModel). The level columns are coloured from the matrix; an
// overdue review is marked with an icon and words as well as colour.
class RiskTableModel : public QueryTableModel<RiskQuery, RiskRow>
{
    Q_OBJECT

public:
    // In the order of RiskQuery::Sort, which sort() relies on.
    enum Column
    {
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
    explicit RiskTableModel(QObject* parent = nullptr);

    // Starts over on reg (may be null) with the filters of query, graded on matrix.
    void setQuery(Register* reg, const RiskQuery& query, const RiskMatrix& matrix);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<RiskRow> list(Register& reg, const RiskQuery& query) const override;
    qint64 count(Register& reg, const RiskQuery& query) const override;
    qint64 idOf(const RiskRow& row) const override { return row.risk.id; }
    std::optional<RiskQuery::Sort> sortOf(int column) const override;

private:
    QVariant levelData(int level, int role) const;
    QVariant reviewData(const Risk& risk, int role) const;

    RiskMatrix m_matrix;
};

} // namespace sakra::gui
