#pragma once

#include "Training.h"
#include "TrainingQuery.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class TrainingRepository : public EntityRepository<Training>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::TrainingRepository)

public:
    using EntityRepository::count;
    using EntityRepository::EntityRepository;

    std::vector<TrainingRow> list(const TrainingQuery& query) const;
    qint64 count(const TrainingQuery& query) const;
    // The latest live session of kind at the unit (exactly that unit), if any.
    std::optional<Training> latest(qint64 unitId, Training::Kind kind) const;

    static constexpr int kMaxTitle = 200;
    static constexpr int kMaxPeople = 1'000'000;

protected:
    // next_due = held_on + recurrence_months.
    void completeDerived(Training& training) const override;
    void validate(const Training& training) const override;
};

} // namespace sakra
