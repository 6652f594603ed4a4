#pragma once

#include "Incident.h"
#include "IncidentQuery.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class IncidentRepository : public EntityRepository<Incident>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::IncidentRepository)

public:
    using EntityRepository::count;
    using EntityRepository::EntityRepository;

    std::vector<IncidentRow> list(const IncidentQuery& query) const;
    qint64 count(const IncidentQuery& query) const;

    static constexpr int kMaxDescription = 4000;
    static constexpr int kMaxSystemRef = 100;

protected:
    void validate(const Incident& incident) const override;
    // The incident's links to risks and actions go with it and come back with it.
    void removeDependants(qint64 id) override;
    void restoreDependants(qint64 id, const QString& removedAt) override;
};

} // namespace sakra
