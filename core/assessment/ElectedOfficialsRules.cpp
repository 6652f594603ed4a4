// The self-assessment's requirements for elected officials (seed 002, section 5 and the answer to
// its first question): the executive board is to compile and analyse threats, violence and
// harassment against elected officials, follow up what happened, and give them guidance on their
// security that they know. Declared in AssessmentRules.h.

#include "AssessmentRules.h"
#include "RuleSupport.h"

#include <algorithm>

namespace sakra::AssessmentRules {

AssessmentCheck electedAnalysisCompiled(const ElectedOfficialsFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP(
        "sakra::AssessmentRules", "Sammanställning och analys av hot mot förtroendevalda det senaste året");
    if (within(f.analysisOn, f.today, kIncidentMonths) && f.analysisOn <= f.today)
        return check(req, true,
                     tr("Sammanställningen %1 (%2) redovisar hot och händelser mot förtroendevalda.")
                         .arg(f.analysisName, iso(f.analysisOn)),
                     "");
    return check(
        req, false,
        f.analysisOn.isValid()
            ? tr("Den senaste sammanställningen, %1, gjordes %2, för mer än %3 månader sedan.")
                  .arg(f.analysisName, iso(f.analysisOn))
                  .arg(kIncidentMonths)
            : tr("Det finns ingen systematisk sammanställning eller analys av förekomsten av hot, våld "
                 "och trakasserier mot förtroendevalda."),
        QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                          "Gör en årlig sammanställning och analys av hot, våld och trakasserier mot "
                          "förtroendevalda (en lägesrapport eller årssammanställning)."));
}

AssessmentCheck electedIncidentsFollowedUp(const ElectedOfficialsFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules", "Händelser mot förtroendevalda följda upp");
    if (f.incidents == 0)
        return notApplicable(req,
                             tr("Inga händelser mot förtroendevalda registrerade de senaste %1 månaderna.")
                                 .arg(kIncidentMonths));
    const bool met = percent(f.incidentsFollowedUp, f.incidents) >= kFollowUpPercent;
    return check(req, met,
                 tr("%1 av %n händelse(r) mot förtroendevalda de senaste %2 månaderna är utredda, åtgärdade "
                    "eller avslutade.",
                    nullptr, f.incidents)
                     .arg(f.incidentsFollowedUp)
                     .arg(kIncidentMonths),
                 QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                   "Gör tillsammans med den förtroendevalde en riskbedömning och en "
                                   "handlingsplan efter varje händelse, och följ upp den."));
}

namespace {

std::vector<const AssessmentFacts::Routine*> documentedGuidance(const ElectedOfficialsFacts& f)
{
    std::vector<const AssessmentFacts::Routine*> out;
    for (const auto& r : f.guidance)
        if (r.documented)
            out.push_back(&r);
    return out;
}

} // namespace

AssessmentCheck electedGuidance(const ElectedOfficialsFacts& f)
{
    const char* req = QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                        "Dokumenterad vägledning eller rutin för förtroendevaldas säkerhet");
    const auto guidance = documentedGuidance(f);
    if (!guidance.empty())
        return check(req, true, tr("Vägledning för förtroendevalda: %1.").arg(guidance.front()->title), "");
    return check(req, false,
                 f.guidance.empty()
                     ? tr("Ingen rutin eller vägledning är markerad som gällande förtroendevalda.")
                     : tr("Det finns en vägledning för förtroendevalda, men den är inte dokumenterad."),
                 QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                   "Ta fram en vägledning om säkerhet för förtroendevalda och i samband med "
                                   "offentliga möten, och ange vem som ansvarar för vad."));
}

AssessmentCheck electedGuidanceKnown(const ElectedOfficialsFacts& f)
{
    const char* req =
        QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                          "Vägledningen känd bland de förtroendevalda och genomgången det senaste året");
    const auto guidance = documentedGuidance(f);
    if (guidance.empty())
        return notApplicable(req, tr("Ingen dokumenterad vägledning att gå igenom."));
    const auto known = [&](const AssessmentFacts::Routine* r) {
        return r->known == QLatin1String("yes") && within(r->staffBriefedOn, f.today, kStaffBriefedMonths);
    };
    const auto best = std::find_if(guidance.begin(), guidance.end(), known);
    if (best != guidance.end())
        return check(req, true,
                     tr("Vägledningen %1 gicks igenom med de förtroendevalda %2.")
                         .arg((*best)->title, iso((*best)->staffBriefedOn)),
                     "");
    const AssessmentFacts::Routine* r = guidance.front();
    QString why;
    if (r->known == QLatin1String("unknown"))
        why =
            tr("Det är inte känt om de förtroendevalda känner till vägledningen %1 (vet ej).").arg(r->title);
    else if (r->known != QLatin1String("yes"))
        why = tr("Vägledningen %1 är inte känd bland alla förtroendevalda.").arg(r->title);
    else if (r->staffBriefedOn.isValid())
        why =
            tr("Vägledningen %1 gicks senast igenom med de förtroendevalda %2, för mer än %3 månader sedan.")
                .arg(r->title, iso(r->staffBriefedOn))
                .arg(kStaffBriefedMonths);
    else
        why = tr("Ingen genomgång av vägledningen %1 med de förtroendevalda är registrerad.").arg(r->title);
    return check(req, false, why,
                 QT_TRANSLATE_NOOP("sakra::AssessmentRules",
                                   "Erbjud de förtroendevalda förnyad information och utbildning om sin "
                                   "säkerhet, till exempel inför val."));
}

std::vector<AssessmentCheck> electedOfficialsChecks(const ElectedOfficialsFacts& f)
{
    return {electedAnalysisCompiled(f), electedIncidentsFollowedUp(f), electedGuidance(f),
            electedGuidanceKnown(f)};
}

} // namespace sakra::AssessmentRules
