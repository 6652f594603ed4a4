#pragma once

#include "AlarmEquipment.h"
#include "AlarmQuery.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class AlarmEquipmentRepository : public EntityRepository<AlarmEquipment>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::AlarmEquipmentRepository)

public:
    using EntityRepository::count;
    using EntityRepository::EntityRepository;

    std::vector<AlarmRow> list(const AlarmQuery& query) const;
    qint64 count(const AlarmQuery& query) const;

    static constexpr int kMaxDevices = 100'000;
    static constexpr int kMaxReceiver = 300;

protected:
    // next_test = last_tested_on + test_interval_months.
    void completeDerived(AlarmEquipment& equipment) const override;
    void validate(const AlarmEquipment& equipment) const override;
};

} // namespace sakra
