#pragma once

#include "HeatMap.h"
#include "Risk.h"
#include "RiskQuery.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class RiskRepository : public EntityRepository<Risk>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::RiskRepository)

public:
    using EntityRepository::count;
    using EntityRepository::EntityRepository;

    std::vector<RiskRow> list(const RiskQuery& query) const;
    qint64 count(const RiskQuery& query) const;
    // Risks per cell for the query's filters (its cell filter ignored); residual: after treatment,
    // where a risk without a residual assessment stays in its cell.
    HeatMap heatMap(const RiskQuery& query, bool residual) const;

    // The residual a risk gets when an action is expected to leave likelihood and consequence.
    // On a matrix of several consequence dimensions a dimension keeps its own value where that
    // is lower (its inherent value caps it) and the worst one is raised to consequence, so the
    // residual consequence comes out as proposed.
    RiskResidual proposedResidual(qint64 riskId, int likelihood, int consequence) const;
    // Writes the residual assessment and nothing else of the risk, over whatever version is
    // stored. Returns the new row version.
    int setResidual(qint64 riskId, const RiskResidual& residual);

    // A risk made from a security walk's finding, linked to it in the same transaction. Refuses a
    // finding that is already linked to a risk. Returns the risk's id.
    qint64 createFromFinding(qint64 findingId, const Risk& risk);
    // Takes back createFromFinding: the finding loses its link and the risk is removed.
    void removeFromFinding(qint64 findingId, qint64 riskId);
    // Brings back a risk removed by removeFromFinding and links the finding to it again.
    void restoreToFinding(qint64 findingId, qint64 riskId);

protected:
    void completeDerived(Risk& risk) const override;
    void validate(const Risk& risk) const override;
    void checkRemovable(qint64 id) const override;
    // Incidents' links to the risk go with it and come back with it.
    void removeDependants(qint64 id) override;
    void restoreDependants(qint64 id, const QString& removedAt) override;
};

} // namespace sakra
