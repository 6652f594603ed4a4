#include "ReportDraft.h"

namespace sakra {

namespace {
report::Language languageOf(const QVariant& code)
{
    return code.toString() == QLatin1String("en") ? report::Language::English : report::Language::Swedish;
}
} // namespace

QString ReportDraft::languageCode(report::Language language)
{
    return language == report::Language::English ? QStringLiteral("en") : QStringLiteral("sv");
}

report::ReportRequest ReportDraft::toRequest() const
{
    report::ReportRequest r;
    r.kind = kind;
    r.scopeUnitId = scopeUnitId;
    r.from = periodFrom;
    r.to = periodTo;
    r.language = language;
    r.documentDate = documentDate;
    r.classification = classification;
    r.registrationNumber = registrationNumber;
    r.title = name;
    r.proposedDecision = proposedDecision;
    r.matter = matter;
    r.preparation = preparation;
    r.presentation = presentation;
    r.signatoryId = signatoryId;
    r.secondSignatoryId = secondSignatoryId;
    return r;
}

const Fields<ReportDraft>& ReportDraft::fields()
{
    using R = ReportDraft;
    static const Fields<R> kFields(
        {bind::code("kind", &R::kind, report::reportKindCode, report::reportKindFromCode,
                    report::ReportKind::Measures),
         bind::trimmed("name", &R::name), bind::reference("scope_id", &R::scopeUnitId),
         bind::nullableDate("period_from", &R::periodFrom), bind::nullableDate("period_to", &R::periodTo),
         bind::custom("language", &R::language, languageCode, languageOf),
         bind::nullableDate("document_date", &R::documentDate),
         bind::trimmed("registration_number", &R::registrationNumber),
         bind::trimmed("classification", &R::classification),
         bind::text("proposed_decision", &R::proposedDecision), bind::text("matter", &R::matter),
         bind::text("preparation", &R::preparation), bind::text("presentation", &R::presentation),
         bind::reference("signatory_id", &R::signatoryId),
         bind::reference("second_signatory_id", &R::secondSignatoryId)});
    return kFields;
}

} // namespace sakra
