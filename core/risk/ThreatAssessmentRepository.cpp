#include "ThreatAssessmentRepository.h"

#include "storage/Query.h"
#include "storage/SqlSnippets.h"

namespace sakra {

std::vector<ThreatAssessment> ThreatAssessmentRepository::listRestricted(qint64 scopeUnitId) const
{
    return rowsWhere(ListFilter().inScope("unit_id", scopeUnitId), "assessed_on DESC, id DESC");
}

void ThreatAssessmentRepository::validate(const ThreatAssessment& t) const
{
    requireLive("unit_id", Tables::orgUnit(), t.unitId, tr("Välj den enhet som bedömningen gäller."));
    requireDate("assessed_on", t.assessedOn, tr("Ange när bedömningen gjordes (ÅÅÅÅ-MM-DD)."));
    requireText("subject", t.subject, tr("Ange vad eller vem bedömningen gäller."));
    requireLiveOrNone("handled_by", Tables::person(), t.handledById,
                      tr("Handläggaren finns inte bland personerna i registret."));
    if (t.status == ThreatAssessment::Status::Closed && !t.closedOn.isValid())
        throw ValidationError(QStringLiteral("closed_on"), tr("Ange när ärendet avslutades."));
    if (t.closedOn.isValid() && t.closedOn < t.assessedOn)
        throw ValidationError(QStringLiteral("closed_on"),
                              tr("Ärendet kan inte avslutas innan det bedömdes."));
}

} // namespace sakra
