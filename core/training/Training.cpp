#include "Training.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kKindCodes[] = {"threats_violence", "lethal_violence", "visitor_treatment",
                                      "alarm_drill",      "evacuation",      "lockdown",
                                      "fire_drill",       "crisis_exercise"};
constexpr const char* kKindLabels[] = {QT_TRANSLATE_NOOP("sakra::Training", "Hot och våld"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Pågående dödligt våld"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Bemötande av besökare"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Larmövning"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Utrymningsövning"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Inrymningsövning"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Brandövning"),
                                       QT_TRANSLATE_NOOP("sakra::Training", "Krisövning")};

} // namespace

const CodeTable<Training::Kind, Training::kKindCount> Training::kKinds{"sakra::Training", kKindCodes,
                                                                       kKindLabels};

QDate Training::nextDueFrom(const QDate& heldOn, int months)
{
    return heldOn.isValid() && months > 0 ? heldOn.addMonths(months) : QDate();
}

bool Training::isExercise(Kind kind)
{
    switch (kind) {
    case Kind::AlarmDrill:
    case Kind::Evacuation:
    case Kind::Lockdown:
    case Kind::FireDrill:
    case Kind::CrisisExercise: return true;
    case Kind::ThreatsViolence:
    case Kind::LethalViolence:
    case Kind::VisitorTreatment: return false;
    }
    return false;
}

QString Training::displayTitle() const
{
    return title.trimmed().isEmpty() ? kindLabel(kind) : title.trimmed();
}

const Fields<Training>& Training::fields()
{
    using R = Training;
    static const Fields<R> kFields(
        {bind::code("kind", &R::kind, kKinds, Kind::ThreatsViolence), bind::trimmed("title", &R::title),
         bind::id("unit_id", &R::unitId), bind::date("held_on", &R::heldOn),
         bind::integer("participants", &R::participants), bind::integer("target_group", &R::targetGroup),
         bind::optionalInt("recurrence_months", &R::recurrenceMonths), bind::date("next_due", &R::nextDue),
         bind::text("note", &R::note)});
    return kFields;
}

} // namespace sakra
