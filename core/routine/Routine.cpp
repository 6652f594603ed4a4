#include "Routine.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kKindCodes[] = {"security",  "threats_violence", "alarm",          "home_visit",
                                      "support",   "outside_work",     "crisis_plan",    "preparedness_plan",
                                      "checklist", "action_plan",      "double_staffing"};
constexpr const char* kKindLabels[] = {QT_TRANSLATE_NOOP("sakra::Routine", "Säkerhetsrutin"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Rutin mot hot och våld"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Larmrutin"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Rutin för hembesök"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Stöd till drabbade"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Händelser utanför arbetstid"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Krisplan"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Beredskapsplan"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Checklista"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Handlingsplan"),
                                       QT_TRANSLATE_NOOP("sakra::Routine", "Dubbelbemanning")};
constexpr const char* kKnownCodes[] = {"yes", "partly", "no", "unknown"};
constexpr const char* kKnownLabels[] = {
    QT_TRANSLATE_NOOP("sakra::Routine", "Ja"), QT_TRANSLATE_NOOP("sakra::Routine", "Delvis"),
    QT_TRANSLATE_NOOP("sakra::Routine", "Nej"), QT_TRANSLATE_NOOP("sakra::Routine", "Vet ej")};

} // namespace

const CodeTable<Routine::Known, Routine::kKnownCount> Routine::kKnown{"sakra::Routine", kKnownCodes,
                                                                      kKnownLabels};

const CodeTable<Routine::Kind, Routine::kKindCount> Routine::kKinds{"sakra::Routine", kKindCodes,
                                                                    kKindLabels};

QDate Routine::nextReviewFrom(const QDate& adoptedOn, const QDate& lastReviewOn, int months)
{
    const QDate from = lastReviewOn.isValid() ? lastReviewOn : adoptedOn;
    return from.isValid() && months > 0 ? from.addMonths(months) : QDate();
}

const Fields<Routine>& Routine::fields()
{
    using R = Routine;
    static const Fields<R> kFields(
        {bind::trimmed("title", &R::title), bind::code("kind", &R::kind, kKinds, Kind::Security),
         bind::flag("documented", &R::documented), bind::date("adopted_on", &R::adoptedOn),
         bind::id("owner_id", &R::ownerId), bind::optionalInt("review_months", &R::reviewMonths),
         bind::date("last_review_on", &R::lastReviewOn), bind::date("next_review", &R::nextReview),
         bind::code("known_by_staff", &R::knownByStaff, kKnown, Known::No),
         bind::date("staff_briefed_on", &R::staffBriefedOn), bind::trimmed("document_link", &R::documentLink),
         bind::text("note", &R::note), bind::flag("elected_officials", &R::electedOfficials)});
    return kFields;
}

} // namespace sakra
