#include "ThreatAssessmentTableModel.h"

#include "widgets/Formatting.h"

namespace sakra::gui {

ThreatAssessmentTableModel::ThreatAssessmentTableModel(QObject* parent) : EntityListModel(parent)
{
    addColumn(DateColumn, tr("Bedömd"), [](const ThreatAssessmentRow& r) {
        return Formatting::date(r.assessment.assessedOn);
    }).wide(90);
    addColumn(UnitColumn, tr("Enhet"), [](const ThreatAssessmentRow& r) { return r.unitName; }).wide(150);
    addColumn(SubjectColumn, tr("Avser"), [](const ThreatAssessmentRow& r) {
        return r.assessment.subject;
    }).wide(170);
    addColumn(LevelColumn, tr("Hotnivå"), [](const ThreatAssessmentRow& r) {
        return ThreatAssessment::threatLevelLabel(r.assessment.threatLevel);
    }).wide(70);
    addColumn(StatusColumn, tr("Status"),
              [](const ThreatAssessmentRow& r) { return statusLabel(r.assessment.status); });
}

QString ThreatAssessmentTableModel::statusLabel(ThreatAssessment::Status status)
{
    return status == ThreatAssessment::Status::Closed ? tr("Avslutad") : tr("Pågående");
}

} // namespace sakra::gui
