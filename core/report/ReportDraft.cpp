#include "ReportDraft.h"

namespace sakra {

namespace {
QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant refValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
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

ReportDraft ReportDraft::fromValues(const QVariantMap& v)
{
    ReportDraft d;
    d.readBase(v);
    d.kind = report::reportKindFromCode(v.value(QStringLiteral("kind")).toString())
                 .value_or(report::ReportKind::Measures);
    d.name = v.value(QStringLiteral("name")).toString();
    d.scopeUnitId = v.value(QStringLiteral("scope_id")).toLongLong();
    d.periodFrom = dateOf(v.value(QStringLiteral("period_from")));
    d.periodTo = dateOf(v.value(QStringLiteral("period_to")));
    d.language = v.value(QStringLiteral("language")).toString() == QLatin1String("en")
                     ? report::Language::English
                     : report::Language::Swedish;
    d.documentDate = dateOf(v.value(QStringLiteral("document_date")));
    d.registrationNumber = v.value(QStringLiteral("registration_number")).toString();
    d.classification = v.value(QStringLiteral("classification")).toString();
    d.proposedDecision = v.value(QStringLiteral("proposed_decision")).toString();
    d.matter = v.value(QStringLiteral("matter")).toString();
    d.preparation = v.value(QStringLiteral("preparation")).toString();
    d.presentation = v.value(QStringLiteral("presentation")).toString();
    d.signatoryId = v.value(QStringLiteral("signatory_id")).toLongLong();
    d.secondSignatoryId = v.value(QStringLiteral("second_signatory_id")).toLongLong();
    return d;
}

QVariantMap ReportDraft::toValues() const
{
    return {{QStringLiteral("kind"), report::reportKindCode(kind)},
            {QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("scope_id"), refValue(scopeUnitId)},
            {QStringLiteral("period_from"), dateValue(periodFrom)},
            {QStringLiteral("period_to"), dateValue(periodTo)},
            {QStringLiteral("language"), languageCode(language)},
            {QStringLiteral("document_date"), dateValue(documentDate)},
            {QStringLiteral("registration_number"), registrationNumber.trimmed()},
            {QStringLiteral("classification"), classification.trimmed()},
            {QStringLiteral("proposed_decision"), proposedDecision},
            {QStringLiteral("matter"), matter},
            {QStringLiteral("preparation"), preparation},
            {QStringLiteral("presentation"), presentation},
            {QStringLiteral("signatory_id"), refValue(signatoryId)},
            {QStringLiteral("second_signatory_id"), refValue(secondSignatoryId)}};
}

} // namespace sakra
