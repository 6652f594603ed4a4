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

    // The follow-up in words, with a missed report to the authority named first.
    static QString followUpText(const Incident& incident, const QDate& today);

protected:
    QVariant rowData(const IncidentRow& row, int column, int role) const override;
};

} // namespace sakra::gui
