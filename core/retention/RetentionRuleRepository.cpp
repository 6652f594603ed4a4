#include "RetentionRuleRepository.h"

#include "storage/Query.h"

namespace sakra {

std::vector<RetentionRule> RetentionRuleRepository::all() const
{
    return rowsWhere(ListFilter(), "kind");
}

std::optional<RetentionRule> RetentionRuleRepository::find(RetentionRule::Kind kind) const
{
    const qint64 id =
        Query(m_db, QStringLiteral("SELECT id FROM retention_rule WHERE kind = ? AND deleted_at IS NULL"))
            .bind(RetentionRule::kKinds.code(kind))
            .scalar()
            .toLongLong();
    return id ? find(id) : std::nullopt;
}

std::array<int, RetentionRule::kKindCount> RetentionRuleRepository::months() const
{
    std::array<int, RetentionRule::kKindCount> out{};
    for (const RetentionRule& r : all())
        out.at(std::size_t(r.kind)) = r.months;
    return out;
}

void RetentionRuleRepository::set(RetentionRule::Kind kind, int months)
{
    Transaction tx(m_db);
    if (auto rule = find(kind)) {
        if (rule->months != months) {
            rule->months = months;
            update(*rule);
        }
    } else if (months != 0) {
        RetentionRule rule;
        rule.kind = kind;
        rule.months = months;
        create(rule);
    }
    tx.commit();
}

void RetentionRuleRepository::set(const std::vector<std::pair<RetentionRule::Kind, int>>& rules)
{
    Transaction tx(m_db);
    for (const auto& [kind, months] : rules)
        set(kind, months);
    tx.commit();
}

void RetentionRuleRepository::validate(const RetentionRule& rule) const
{
    if (rule.months < 0 || rule.months > RetentionRule::kMaxMonths)
        throw ValidationError(QStringLiteral("months"),
                              tr("Tiden att bevara ska vara mellan 0 och %1 månader (0: för alltid).")
                                  .arg(RetentionRule::kMaxMonths));
    const auto existing = find(rule.kind);
    if (existing && existing->id != rule.id)
        throw ValidationError(QStringLiteral("kind"),
                              tr("Det finns redan en gallringsregel för det slaget; ändra den i stället."));
}

} // namespace sakra
