#pragma once

#include "risk/ThreatAssessment.h"
#include "widgets/EntityListModel.h"

#include <vector>

namespace sakra::gui {

struct ThreatAssessmentRow
{
    ThreatAssessment assessment;
    qint64 id() const { return assessment.id; }
    QString unitName;
};

// Threat assessments for the restricted view only: date, unit, whom it concerns, threat level
// and status.
class ThreatAssessmentTableModel : public EntityListModel<ThreatAssessmentRow>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        UnitColumn,
        SubjectColumn,
        LevelColumn,
        StatusColumn,
        ColumnCount
    };

    explicit ThreatAssessmentTableModel(QObject* parent = nullptr);

    static QString statusLabel(ThreatAssessment::Status status);
};

} // namespace sakra::gui
