#include "Assignment.h"

#include "storage/Tables.h"

namespace sakra {

Assignment Assignment::fromValues(const QVariantMap& v)
{
    Assignment a;
    a.readBase(v);
    a.personId = v.value(QStringLiteral("person_id")).toLongLong();
    a.roleId = v.value(QStringLiteral("role_id")).toLongLong();
    a.unitId = v.value(QStringLiteral("unit_id")).toLongLong();
    a.startDate = QDate::fromString(v.value(QStringLiteral("start_date")).toString(), Qt::ISODate);
    a.endDate = QDate::fromString(v.value(QStringLiteral("end_date")).toString(), Qt::ISODate);
    a.ftePercent = v.value(QStringLiteral("fte_percent")).toInt();
    return a;
}

QVariantMap Assignment::toValues() const
{
    return {{QStringLiteral("person_id"), personId},
            {QStringLiteral("role_id"), roleId},
            {QStringLiteral("unit_id"), unitId},
            {QStringLiteral("start_date"), startDate.toString(Qt::ISODate)},
            {QStringLiteral("end_date"), endDate.isValid() ? endDate.toString(Qt::ISODate) : QString()},
            {QStringLiteral("fte_percent"), ftePercent}};
}

} // namespace sakra
