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

protected:
    QVariant rowData(const RiskRow& row, int column, int role) const override;

private:
    // Null outside the matrix's levels.
    const RiskMatrix::Level* levelOf(int level) const;
    QString levelText(int level) const;
    QVariant levelColours(int level, int role) const;
    QVariant reviewData(const Risk& risk, int role) const;

    RiskMatrix m_matrix;
};

} // namespace sakra::gui
