#include "ThreatAssessmentRepository.h"

#include "storage/Query.h"
#include "storage/SqlSnippets.h"

namespace sakra {

ThreatAssessmentRepository::ThreatAssessmentRepository(Database& db)
    : DatedRecordRepository(db, {"sakra::ThreatAssessmentRepository",
                                 {"unit_id", &ThreatAssessment::unitId},
                                 "assessed_on",
                                 &ThreatAssessment::assessedOn,
                                 QT_TRANSLATE_NOOP("sakra::ThreatAssessmentRepository",
                                                   "Välj den enhet som bedömningen gäller."),
                                 QT_TRANSLATE_NOOP("sakra::ThreatAssessmentRepository",
                                                   "Ange när bedömningen gjordes (ÅÅÅÅ-MM-DD).")})
{
}

void ThreatAssessmentRepository::validate(const ThreatAssessment& t) const
{
    DatedRecordRepository::validate(t);
    requireText("subject", t.subject, tr("Ange vad eller vem bedömningen gäller."));
    requireLiveOrNone("handled_by", Tables::person(), t.handledById,
                      tr("Handläggaren finns inte bland personerna i registret."));
    if (t.status == ThreatAssessment::Status::Closed && !t.closedOn.isValid())
        throw ValidationError(QStringLiteral("closed_on"), tr("Ange när ärendet avslutades."));
    requireNotBefore("closed_on", t.closedOn, t.assessedOn,
                     tr("Ärendet kan inte avslutas innan det bedömdes."));
}

} // namespace sakra
