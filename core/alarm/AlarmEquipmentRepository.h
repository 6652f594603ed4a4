#pragma once

#include "AlarmEquipment.h"
#include "AlarmQuery.h"
#include "storage/ListRepository.h"

#include <vector>

namespace sakra {

class AlarmEquipmentRepository : public ListRepository<AlarmEquipment, AlarmQuery, AlarmRow>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::AlarmEquipmentRepository)

public:
    explicit AlarmEquipmentRepository(Database& db);

    static constexpr int kMaxDevices = 100'000;
    static constexpr int kMaxReceiver = 300;

protected:
    // next_test = last_tested_on + test_interval_months.
    void completeDerived(AlarmEquipment& equipment) const override;
    void validate(const AlarmEquipment& equipment) const override;
};

} // namespace sakra
