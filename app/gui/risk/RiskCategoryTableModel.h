#pragma once

#include "risk/RiskCategory.h"

#include <QAbstractTableModel>

#include <vector>

namespace sakra::gui {

struct RiskCategoryRow
{
    RiskCategory category;
    qint64 risks = 0;
};

// The category catalogue in its order, with how many risks each category holds.
class RiskCategoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OrderColumn, RisksColumn, ColumnCount };

    explicit RiskCategoryTableModel(QObject* parent = nullptr);

    void setRows(std::vector<RiskCategoryRow> rows);
    const RiskCategoryRow* rowAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<RiskCategoryRow> m_rows;
};

} // namespace sakra::gui
