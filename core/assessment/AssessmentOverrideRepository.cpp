#include "AssessmentOverrideRepository.h"

#include "AssessmentRules.h"
#include "storage/Query.h"
#include "storage/Today.h"

#include <algorithm>

namespace sakra {

namespace {

int questionOrder(const QString& code)
{
    const auto& all = AssessmentRules::questions();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (code == QLatin1String(all[i].code))
            return int(i);
    return int(all.size());
}
} // namespace

std::optional<AssessmentOverride> AssessmentOverrideRepository::of(qint64 unitId,
                                                                   const QString& question) const
{
    const qint64 id =
        Query(m_db, QStringLiteral("SELECT id FROM assessment_override WHERE unit_id = ? AND question = ? "
                                   "AND deleted_at IS NULL"))
            .bind(unitId)
            .bind(question)
            .scalar()
            .toLongLong();
    return id ? find(id) : std::nullopt;
}

std::vector<AssessmentOverride> AssessmentOverrideRepository::ofUnit(qint64 unitId) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM assessment_override WHERE unit_id = ? AND deleted_at IS NULL")
                .arg(wholeRows()));
    q.bind(unitId).exec();
    std::vector<AssessmentOverride> out = readAll(q);
    std::sort(out.begin(), out.end(), [](const AssessmentOverride& a, const AssessmentOverride& b) {
        return questionOrder(a.question) < questionOrder(b.question);
    });
    return out;
}

void AssessmentOverrideRepository::completeDerived(AssessmentOverride& item) const
{
    if (!item.decidedOn.isValid())
        item.decidedOn = Today::date();
}

void AssessmentOverrideRepository::validate(const AssessmentOverride& item) const
{
    requireLive("unit_id", Tables::orgUnit(), item.unitId, tr("Välj den enhet som svaret gäller."));
    if (!AssessmentRules::isKnownQuestion(item.question.trimmed()))
        throw ValidationError(QStringLiteral("question"), tr("Frågan finns inte i självskattningen."));
    requireText("justification", item.justification,
                tr("Skriv varför svaret ändras; en ändring utan motivering godtas inte."));
    if (item.justification.size() > kMaxJustification)
        throw ValidationError(QStringLiteral("justification"),
                              tr("Motiveringen är för lång (högst 4 000 tecken)."));
    if (item.decidedOn > Today::date())
        throw ValidationError(QStringLiteral("decided_on"), tr("Beslutsdatum kan inte ligga i framtiden."));
    const qint64 other =
        Query(m_db, QStringLiteral("SELECT id FROM assessment_override WHERE unit_id = ? AND question = ? "
                                   "AND deleted_at IS NULL AND id <> ?"))
            .bind(item.unitId)
            .bind(item.question.trimmed())
            .bind(item.id)
            .scalar()
            .toLongLong();
    if (other)
        throw ValidationError(
            QStringLiteral("question"),
            tr("Svaret på frågan är redan ändrat för enheten; ändra den ändringen i stället."));
}

} // namespace sakra
