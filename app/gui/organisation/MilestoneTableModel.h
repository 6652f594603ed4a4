#pragma once

#include "organisation/Milestone.h"

#include <QAbstractTableModel>

#include <vector>

namespace sakra::gui {

// The steps of the implementation plan, by target date.
class MilestoneTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, LevelColumn, DateColumn, StatusColumn, ColumnCount };

    explicit MilestoneTableModel(QObject* parent = nullptr);

    void setMilestones(std::vector<Milestone> milestones);
    const Milestone* milestoneAt(int row) const;
    int rowOf(qint64 id) const;
    // "Alla nivåer" for a milestone that concerns the whole organisation.
    static QString levelText(const Milestone& milestone);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Milestone> m_milestones;
};

} // namespace sakra::gui
