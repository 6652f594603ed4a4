#pragma once

#include "RoutineUnit.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

// Which units which routines cover, both ways round.
class RoutineUnitRepository : public EntityRepository<RoutineUnit>
{
public:
    using EntityRepository::EntityRepository;

    std::vector<RoutineUnit> ofRoutine(qint64 routineId) const;
    std::vector<RoutineUnit> ofUnit(qint64 unitId) const;
    // The live link between the two, 0 if none.
    qint64 linkId(qint64 routineId, qint64 unitId) const;

protected:
    void validate(const RoutineUnit& link) const override;

private:
    std::vector<RoutineUnit> select(const char* column, qint64 id) const;
};

} // namespace sakra
