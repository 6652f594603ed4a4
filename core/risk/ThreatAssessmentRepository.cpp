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
    if (!RecordStore(m_db, Tables::orgUnit()).isLive(t.unitId))
        throw ValidationError(QStringLiteral("unit_id"), tr("Välj den enhet som bedömningen gäller."));
    if (!t.assessedOn.isValid())
        throw ValidationError(QStringLiteral("assessed_on"),
                              tr("Ange när bedömningen gjordes (ÅÅÅÅ-MM-DD)."));
    if (t.subject.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("subject"), tr("Ange vad eller vem bedömningen gäller."));
    if (t.handledById != 0 && !RecordStore(m_db, Tables::person()).isLive(t.handledById))
        throw ValidationError(QStringLiteral("handled_by"),
                              tr("Handläggaren finns inte bland personerna i registret."));
    if (t.status == ThreatAssessment::Status::Closed && !t.closedOn.isValid())
        throw ValidationError(QStringLiteral("closed_on"), tr("Ange när ärendet avslutades."));
    if (t.closedOn.isValid() && t.closedOn < t.assessedOn)
        throw ValidationError(QStringLiteral("closed_on"),
                              tr("Ärendet kan inte avslutas innan det bedömdes."));
}

} // namespace sakra
