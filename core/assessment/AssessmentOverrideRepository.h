#pragma once

#include "AssessmentOverride.h"
#include "storage/EntityRepository.h"

#include <optional>
#include <vector>

namespace sakra {

// Overrides of self-assessment answers: at most one live override per unit and question.
class AssessmentOverrideRepository : public EntityRepository<AssessmentOverride>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::AssessmentOverrideRepository)

public:
    using EntityRepository::EntityRepository;

    static constexpr int kMaxJustification = 4000;

    // The live override of the question for the unit, if any.
    std::optional<AssessmentOverride> of(qint64 unitId, const QString& question) const;
    // A unit's live overrides, in question order.
    std::vector<AssessmentOverride> ofUnit(qint64 unitId) const;

protected:
    void completeDerived(AssessmentOverride& item) const override;
    void validate(const AssessmentOverride& item) const override;
};

} // namespace sakra
