#pragma once

#include "Routine.h"
#include "RoutineQuery.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class RoutineRepository : public EntityRepository<Routine>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::RoutineRepository)

public:
    using EntityRepository::count;
    using EntityRepository::EntityRepository;

    std::vector<RoutineRow> list(const RoutineQuery& query) const;
    qint64 count(const RoutineQuery& query) const;

    static constexpr int kMaxTitle = 300;
    static constexpr int kMaxLink = 2000;

protected:
    // next_review = (last_review_on or adopted_on) + review_months.
    void completeDerived(Routine& routine) const override;
    void validate(const Routine& routine) const override;
    // The units a routine covers go with it and come back with it.
    void removeDependants(qint64 id) override;
    void restoreDependants(qint64 id, const QString& removedAt) override;
};

} // namespace sakra
