#pragma once

#include "risk/HeatMap.h"
#include "risk/RiskMatrix.h"

#include <QAbstractTableModel>

namespace sakra::gui {

// The risk matrix as a table: one row per likelihood step, the highest first as the matrix is
// drawn, one column per consequence step, a count of risks in each cell and the cell's level.
// The heat-map widget paints it; a table view can show the same for screen readers.
class HeatMapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        LikelihoodRole = Qt::UserRole + 1, // 1-based step
        ConsequenceRole,
        LevelRole, // index into the matrix's levels, -1: none
        CountRole,
    };

    explicit HeatMapModel(QObject* parent = nullptr);

    // A new matrix: the counts start at zero.
    void setMatrix(const RiskMatrix& matrix);
    // Counts for the current matrix; a map of another size is ignored.
    void setCounts(const HeatMap& counts);
    const RiskMatrix& matrix() const { return m_matrix; }

    int likelihoodSize() const { return m_matrix.likelihoodSize(); }
    int consequenceSize() const { return m_matrix.consequenceSize(); }
    // 0 outside the matrix.
    int count(int likelihood, int consequence) const { return m_counts.at(likelihood, consequence); }
    int total() const { return m_counts.total(); }
    int likelihoodAt(int row) const { return likelihoodSize() - row; }
    int consequenceAt(int column) const { return column + 1; }
    QModelIndex cellIndex(int likelihood, int consequence) const;
    // "3 – Möjlig" for the step of a scale.
    QString likelihoodText(int likelihood) const;
    QString consequenceText(int consequence) const;
    // A sentence describing the cell for tool tips and screen readers.
    QString describe(int likelihood, int consequence) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    RiskMatrix m_matrix;
    HeatMap m_counts{0, 0};
};

} // namespace sakra::gui
