#pragma once

#include "organisation/BudgetRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace sakra::gui {

// Budget allocations for security work per board and year, in kronor.
class BudgetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { BoardColumn, YearColumn, AmountColumn, NoteColumn, ColumnCount };

    explicit BudgetTableModel(QObject* parent = nullptr);

    void setRows(std::vector<BudgetRow> rows);
    const std::vector<BudgetRow>& rows() const { return m_rows; }
    const BudgetRow* rowAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<BudgetRow> m_rows;
};

} // namespace sakra::gui
