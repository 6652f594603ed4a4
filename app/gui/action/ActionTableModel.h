#pragma once

#include "action/ActionQuery.h"
#include "widgets/QueryTableModel.h"

namespace sakra::gui {

// Actions in pages (see QueryTableModel), so a plan of a hundred thousand actions opens at once.
// The latest note cannot be sorted by. Overdue actions say so in words in the status column and
// stand out in colour as well.
class ActionTableModel : public QueryTableModel<ActionQuery, ActionRow>
{
    Q_OBJECT

public:
    enum Column
    {
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
    explicit ActionTableModel(QObject* parent = nullptr);

protected:
    QVariant rowData(const ActionRow& row, int column, int role) const override;

private:
    QString statusText(const Action& action) const;
    QString stateToolTip(const Action& action) const;
};

} // namespace sakra::gui
