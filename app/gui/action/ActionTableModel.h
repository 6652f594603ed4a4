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

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<ActionRow> list(Register& reg, const ActionQuery& query) const override;
    qint64 count(Register& reg, const ActionQuery& query) const override;
    qint64 idOf(const ActionRow& row) const override { return row.action.id; }
    std::optional<ActionQuery::Sort> sortOf(int column) const override;

private:
    QVariant display(const ActionRow& row, int column) const;
    QString toolTip(const ActionRow& row, int column) const;
};

} // namespace sakra::gui
