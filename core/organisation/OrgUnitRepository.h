#pragma once

#include "OrgUnit.h"
#include "storage/EntityRepository.h"

#include <QHash>
#include <QList>
#include <vector>

namespace sakra {

struct OrgUnitNode
{
    OrgUnit unit;
    bool hasChildren = false;
};

class OrgUnitRepository : public EntityRepository<OrgUnit>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::OrgUnitRepository)

public:
    using EntityRepository::EntityRepository;

    std::optional<OrgUnit> root() const;
    // Live children of parentId (0: the top level), by name; each knows whether it has children.
    std::vector<OrgUnitNode> children(qint64 parentId) const;
    // rootId and every live unit below it.
    QList<qint64> subtreeIds(qint64 rootId) const;
    std::vector<OrgUnit> ofKinds(const QList<UnitKind>& kinds) const;
    // Every live unit, from the municipality down to the units, in tree order (siblings by name, as
    // children() gives them), with its depth: what a scope can be narrowed to.
    std::vector<std::pair<OrgUnit, int>> scopeCandidates() const;
    // The ids of the units among scopeCandidates() named name (without regard to case), in tree
    // order: what a person means by a unit's name on the command line.
    QList<qint64> idsNamed(const QString& name) const;
    // The names of the live units by id, for lists that name the unit of each row.
    QHash<qint64, QString> names() const;
    // "Municipality › Board › Administration" for display.
    QString path(qint64 id) const;

protected:
    void validate(const OrgUnit& unit) const override;
    void checkRemovable(qint64 id) const override;
};

} // namespace sakra
