#pragma once

#include "organisation/Milestone.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

// The steps of the implementation plan, by target date.
class MilestoneTableModel : public EntityListModel<Milestone>
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        LevelColumn,
        DateColumn,
        StatusColumn,
        ColumnCount
    };

    explicit MilestoneTableModel(QObject* parent = nullptr);

    // "Alla nivåer" for a milestone that concerns the whole organisation.
    static QString levelText(const Milestone& milestone);

protected:
    QVariant rowData(const Milestone& milestone, int column, int role) const override;
};

} // namespace sakra::gui
