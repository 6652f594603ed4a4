#pragma once

#include "incident/IncidentQuery.h"
#include "widgets/QueryTableModel.h"

namespace sakra::gui {

// Incidents in pages, newest first unless another column is chosen; filtering and sorting in the
// database. A serious incident whose report to the Work Environment Authority is missing past its
// deadline says so in words in the follow-up column and stands out in colour.
class IncidentTableModel : public QueryTableModel<IncidentQuery, IncidentRow>
{
    Q_OBJECT

public:
    enum Column
    {
        OccurredColumn,
        KindColumn,
        SeverityColumn,
        UnitColumn,
        TargetColumn,
        ChannelColumn,
        FollowUpColumn,
        ReferenceColumn,
        ColumnCount
    };

    explicit IncidentTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The follow-up in words, with a missed report to the authority named first.
    static QString followUpText(const Incident& incident, const QDate& today);

protected:
    std::vector<IncidentRow> list(Register& reg, const IncidentQuery& query) const override;
    qint64 count(Register& reg, const IncidentQuery& query) const override;
    qint64 idOf(const IncidentRow& row) const override { return row.incident.id; }
    std::optional<IncidentQuery::Sort> sortOf(int column) const override;

private:
    QVariant display(const IncidentRow& row, int column) const;
};

} // namespace sakra::gui
