#include "AssignmentRepository.h"

#include "OrgUnitRepository.h"
#include "SecurityLevel.h"
#include "SecurityRoleRepository.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

namespace sakra {

std::vector<AssignmentRow> AssignmentRepository::select(const QString& where,
                                                        const QVariantList& values) const
{
    const QString sql =
        QStringLiteral("SELECT %1, p.name, r.name_sv, r.level, u.name FROM assignment a "
                       "JOIN person p ON p.id = a.person_id JOIN security_role r ON r.id = a.role_id "
                       "JOIN org_unit u ON u.id = a.unit_id WHERE a.deleted_at IS NULL")
            .arg(wholeRows(QStringLiteral("a"))) +
        where +
        QStringLiteral(
            " ORDER BY CASE r.level WHEN 'strategic' THEN 0 WHEN 'tactical' THEN 1 "
            "WHEN 'operational' THEN 2 ELSE 3 END, u.name COLLATE NOCASE, p.name COLLATE NOCASE, a.id");
    Query q(m_db, sql);
    for (const QVariant& v : values)
        q.bind(v);
    q.exec();
    return readAllWith<AssignmentRow>(q, [](Assignment a, const Query& row, int n) {
        return AssignmentRow{std::move(a), row.value(n).toString(), row.value(n + 1).toString(),
                             row.value(n + 2).toString(), row.value(n + 3).toString()};
    });
}

std::vector<AssignmentRow> AssignmentRepository::list(qint64 scopeUnitId, const QDate& activeOn) const
{
    QString where;
    QVariantList values;
    if (scopeUnitId > 0) {
        where += SqlSnippets::inScope("a.unit_id");
        values << scopeUnitId;
    }
    if (activeOn.isValid()) {
        const QString day = activeOn.toString(Qt::ISODate);
        where += QStringLiteral(" AND a.start_date <= ? AND (a.end_date IS NULL OR a.end_date >= ?)");
        values << day << day;
    }
    return select(where, values);
}

std::vector<AssignmentRow> AssignmentRepository::ofPerson(qint64 personId) const
{
    return select(QStringLiteral(" AND a.person_id = ?"), {personId});
}

void AssignmentRepository::validate(const Assignment& a) const
{
    requireLive("person_id", Tables::person(), a.personId, tr("Välj den person som har rollen."));
    const auto role = SecurityRoleRepository(m_db).find(a.roleId);
    if (!role)
        throw ValidationError(QStringLiteral("role_id"), tr("Välj en roll."));
    const auto unit = OrgUnitRepository(m_db).find(a.unitId);
    if (!unit)
        throw ValidationError(QStringLiteral("unit_id"), tr("Välj den enhet där rollen finns."));
    if (role->level == SecurityLevel::Tactical && !isAdministrationLike(unit->kind))
        throw ValidationError(QStringLiteral("unit_id"),
                              tr("En roll på taktisk nivå placeras på en förvaltning eller ett bolag."));
    requireDate("start_date", a.startDate, tr("Ange det datum då uppdraget börjar."));
    requireNotBefore("end_date", a.endDate, a.startDate, tr("Uppdraget kan inte sluta innan det börjar."));
    if (a.ftePercent < 1 || a.ftePercent > 100)
        throw ValidationError(QStringLiteral("fte_percent"),
                              tr("Andelen av heltid ska vara mellan 1 och 100 procent."));
}

} // namespace sakra
