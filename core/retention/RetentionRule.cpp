#include "RetentionRule.h"

namespace sakra {

namespace {
constexpr const char* kCtx = "sakra::RetentionRule";
constexpr const char* kKindCodes[] = {"incident", "threat_assessment", "person_left"};
constexpr const char* kKindLabels[] = {QT_TRANSLATE_NOOP("sakra::RetentionRule", "Händelser"),
                                       QT_TRANSLATE_NOOP("sakra::RetentionRule", "Hotbildsbedömningar"),
                                       QT_TRANSLATE_NOOP("sakra::RetentionRule", "Personer som slutat")};
} // namespace

const CodeTable<RetentionRule::Kind, RetentionRule::kKindCount> RetentionRule::kKinds{kCtx, kKindCodes,
                                                                                      kKindLabels};

const Fields<RetentionRule>& RetentionRule::fields()
{
    using R = RetentionRule;
    static const Fields<R> kFields(
        {bind::code("kind", &R::kind, kKinds, Kind::Incident), bind::integer("months", &R::months)});
    return kFields;
}

QString RetentionRule::basisText(Kind kind)
{
    switch (kind) {
    case Kind::Incident:
        return QCoreApplication::translate("sakra::RetentionRule",
                                           "månader efter att händelsen avslutades (eller inträffade, om "
                                           "den inte är avslutad)");
    case Kind::ThreatAssessment:
        return QCoreApplication::translate("sakra::RetentionRule",
                                           "månader efter att bedömningen avslutades (öppna gallras aldrig)");
    case Kind::PersonLeft:
        return QCoreApplication::translate("sakra::RetentionRule",
                                           "månader efter att personens sista uppdrag upphörde, eller "
                                           "efter att personen togs bort");
    }
    return {};
}

} // namespace sakra
