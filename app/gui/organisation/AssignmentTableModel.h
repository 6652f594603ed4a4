#pragma once

#include "organisation/AssignmentRepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace sakra::gui {

// Assignments in the security organisation: who holds which role where, and for how long.
class AssignmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PersonColumn, RoleColumn, LevelColumn, UnitColumn, StartColumn, EndColumn, ShareColumn, ColumnCount };

    explicit AssignmentTableModel(QObject* parent = nullptr);

    void setRows(std::vector<AssignmentRow> rows);
    const AssignmentRow* rowAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AssignmentRow> m_rows;
};

} // namespace sakra::gui
