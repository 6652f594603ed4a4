#pragma once

#include "Routine.h"
#include "RoutineQuery.h"
#include "storage/ListRepository.h"

#include <vector>

namespace sakra {

class RoutineRepository : public ListRepository<Routine, RoutineQuery, RoutineRow>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::RoutineRepository)

public:
    explicit RoutineRepository(Database& db);

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
