#pragma once

#include "RetentionRule.h"
#include "storage/EntityRepository.h"

#include <array>
#include <vector>

namespace sakra {

// The register's retention rules, one per kind of record at most. set() is what the dialog and
// the command line call; every change lands in the history like any other row's.
class RetentionRuleRepository : public EntityRepository<RetentionRule>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::RetentionRuleRepository)

public:
    using EntityRepository::EntityRepository;

    std::vector<RetentionRule> all() const;
    std::optional<RetentionRule> find(RetentionRule::Kind kind) const;
    using EntityRepository::find;
    // Months per kind (in Kind order); 0: kept for ever (no rule, or a rule of 0 months).
    std::array<int, RetentionRule::kKindCount> months() const;
    // Sets the kind's months (0: keep for ever), making the rule when there is none. Refuses
    // months outside 0..kMaxMonths (ValidationError).
    void set(RetentionRule::Kind kind, int months);
    // Sets several kinds at once, all or none.
    void set(const std::vector<std::pair<RetentionRule::Kind, int>>& rules);

protected:
    void validate(const RetentionRule& rule) const override;
};

} // namespace sakra
