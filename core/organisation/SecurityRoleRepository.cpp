#include "SecurityRoleRepository.h"

#include "storage/Query.h"

#include <algorithm>

namespace sakra {

std::vector<SecurityRole> SecurityRoleRepository::all() const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM security_role WHERE deleted_at IS NULL").arg(wholeRows()));
    q.exec();
    std::vector<SecurityRole> out = readAll(q);
    std::sort(out.begin(), out.end(), [](const SecurityRole& a, const SecurityRole& b) {
        return a.level != b.level ? a.level < b.level : a.nameSv.localeAwareCompare(b.nameSv) < 0;
    });
    return out;
}

void SecurityRoleRepository::validate(const SecurityRole& role) const
{
    if (role.nameSv.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("name_sv"), tr("Ge rollen ett svenskt namn."));
    if (role.code.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("code"), tr("Ge rollen en kod."));
    const qint64 other =
        Query(m_db, QStringLiteral(
                        "SELECT id FROM security_role WHERE code = ? AND deleted_at IS NULL AND id <> ?"))
            .bind(role.code.trimmed())
            .bind(role.id)
            .scalar()
            .toLongLong();
    if (other != 0)
        throw ValidationError(QStringLiteral("code"),
                              tr("En annan roll har redan koden %1.").arg(role.code.trimmed()));
}

void SecurityRoleRepository::checkRemovable(qint64 id) const
{
    const int n = int(liveRowsWhere("assignment", "role_id", id));
    if (n > 0)
        throw ValidationError(QStringLiteral("id"),
                              tr("%n uppdrag har rollen; ta bort dem först.", nullptr, n));
}

} // namespace sakra
