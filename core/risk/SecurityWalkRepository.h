#pragma once

#include "SecurityWalk.h"
#include "storage/DatedRecordRepository.h"

#include <vector>

namespace sakra {

class SecurityWalkRepository : public DatedRecordRepository<SecurityWalk>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::SecurityWalkRepository)

public:
    explicit SecurityWalkRepository(Database& db);

    // Newest first; site 0: all.
    std::vector<SecurityWalk> list(qint64 siteId) const { return newestFirst(siteId); }

protected:
    void checkRemovable(qint64 id) const override;
};

} // namespace sakra
