#include "EntityChecks.h"

#include "Register.h"

namespace sakra::EntityChecks {

namespace {

// The entity type of a repository, through its EntityRepository base.
template <typename T> T entityOf(const EntityRepository<T>&);

template <typename Repository> Check checkWith(Repository& repository, LiveRows* live)
{
    return [&repository, live](const QVariantMap& values, qint64 id) {
        using T = decltype(entityOf(repository));
        T item = T::fromValues(values);
        item.id = id;
        return static_cast<const EntityRepository<T>&>(repository).checked(item, live).toValues();
    };
}

} // namespace

Check forTable(Register& reg, const TableSpec& table, LiveRows* live)
{
    // The repository of the table's entity, by its spec.
    const auto entry = [&](auto& repository) -> std::pair<const TableSpec*, Check> {
        using T = decltype(entityOf(repository));
        return {&T::spec(), &T::spec() == &table ? checkWith(repository, live) : Check()};
    };
    const std::pair<const TableSpec*, Check> checks[] = {
        entry(reg.units()),
        entry(reg.sites()),
        entry(reg.unitSites()),
        entry(reg.people()),
        entry(reg.roles()),
        entry(reg.assignments()),
        entry(reg.plannedPosts()),
        entry(reg.focusAreas()),
        entry(reg.profileAreas()),
        entry(reg.milestones()),
        entry(reg.budget()),
        entry(reg.riskCategories()),
        entry(reg.riskMatrix()),
        entry(reg.risks()),
        entry(reg.riskInventories()),
        entry(reg.securityWalks()),
        entry(reg.walkFindings()),
        entry(reg.premisesInventories()),
        entry(reg.threatAssessments()),
        entry(reg.actionKinds()),
        entry(reg.actions()),
        entry(reg.actionRisks()),
        entry(reg.actionNotes()),
        entry(reg.incidents()),
        entry(reg.incidentRisks()),
        entry(reg.incidentActions()),
        entry(reg.trainings()),
        entry(reg.routines()),
        entry(reg.routineUnits()),
        entry(reg.alarmEquipment()),
        entry(reg.assessmentOverrides()),
        entry(reg.reportDrafts()),
        entry(reg.retentionRules()),
    };
    for (const auto& [spec, check] : checks)
        if (spec == &table)
            return check;
    return {};
}

} // namespace sakra::EntityChecks
