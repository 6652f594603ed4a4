#pragma once

#include "Incident.h"
#include "IncidentQuery.h"
#include "storage/ListRepository.h"

#include <vector>

namespace sakra {

class IncidentRepository : public ListRepository<Incident, IncidentQuery, IncidentRow>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::IncidentRepository)

public:
    explicit IncidentRepository(Database& db);

    static constexpr int kMaxDescription = 4000;
    static constexpr int kMaxSystemRef = 100;

protected:
    void validate(const Incident& incident) const override;
    // The incident's links to risks and actions go with it and come back with it.
    void removeDependants(qint64 id) override;
    void restoreDependants(qint64 id, const QString& removedAt) override;
};

} // namespace sakra
