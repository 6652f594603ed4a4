#include "OrgUnit.h"

#include "storage/Tables.h"

namespace sakra {

OrgUnit OrgUnit::fromValues(const QVariantMap& v)
{
    OrgUnit u;
    u.readBase(v);
    u.parentId = v.value(QStringLiteral("parent_id")).toLongLong();
    u.kind = unitKindFromCode(v.value(QStringLiteral("kind")).toString()).value_or(UnitKind::Unit);
    u.name = v.value(QStringLiteral("name")).toString();
    u.boardId = v.value(QStringLiteral("board_id")).toLongLong();
    u.note = v.value(QStringLiteral("note")).toString();
    return u;
}

QVariantMap OrgUnit::toValues() const
{
    return {{QStringLiteral("parent_id"), parentId},
            {QStringLiteral("kind"), unitKindCode(kind)},
            {QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("board_id"), boardId},
            {QStringLiteral("note"), note}};
}

} // namespace sakra
