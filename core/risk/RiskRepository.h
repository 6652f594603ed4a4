#pragma once

#include "HeatMap.h"
#include "Risk.h"
#include "RiskQuery.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class RiskRepository : public EntityRepository<Risk>
{
public:
    using EntityRepository::EntityRepository;
    using EntityRepository::count;

    std::vector<RiskRow> list(const RiskQuery& query) const;
    qint64 count(const RiskQuery& query) const;
    // Risks per cell for the query's filters (its cell filter ignored); residual: after treatment,
    // where a risk without a residual assessment stays in its cell.
    HeatMap heatMap(const RiskQuery& query, bool residual) const;

protected:
    void completeDerived(Risk& risk) const override;
    void validate(const Risk& risk) const override;
    void checkRemovable(qint64 id) const override;
    // Incidents' links to the risk go with it and come back with it.
    void removeDependants(qint64 id) override;
    void restoreDependants(qint64 id, const QString& removedAt) override;
};

} // namespace sakra
