#pragma once

#include "RiskMatrix.h"
#include "RiskMatrixSetting.h"
#include "storage/EntityRepository.h"

namespace sakra {

// The one risk matrix of a register. Saving a changed matrix re-grades every risk in the same
// transaction, each change in the risks' history.
class RiskMatrixRepository : public EntityRepository<RiskMatrixSetting>
{
public:
    using EntityRepository::EntityRepository;

    RiskMatrix current() const;
    // Saves matrix and re-grades the risks; returns how many risks changed.
    int save(const RiskMatrix& matrix);

protected:
    void validate(const RiskMatrixSetting& setting) const override;
    void checkRemovable(qint64 id) const override;

private:
    qint64 settingId() const;
};

} // namespace sakra
