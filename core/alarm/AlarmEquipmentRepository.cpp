#include "AlarmEquipmentRepository.h"

#include "storage/Query.h"
#include "storage/SqlSnippets.h"

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::AlarmEquipmentRepository", text);
}

struct Filter
{
    QString sql;
    QVariantList values;
};

Filter filterFor(const AlarmQuery& q)
{
    Filter f{QStringLiteral(" WHERE a.deleted_at IS NULL"), {}};
    if (q.scopeUnitId > 0) {
        f.sql +=
            QStringLiteral(" AND ((1=1") + SqlSnippets::inScope("a.unit_id") +
            QStringLiteral(") OR (a.unit_id IS NULL AND a.site_id IN (SELECT us.site_id FROM unit_site us "
                           "WHERE us.deleted_at IS NULL") +
            SqlSnippets::inScope("us.unit_id") + QStringLiteral(")))");
        f.values << q.scopeUnitId << q.scopeUnitId;
    }
    if (q.kind) {
        f.sql += QStringLiteral(" AND a.kind = ?");
        f.values << AlarmEquipment::kindCode(*q.kind);
    }
    if (q.from.isValid()) {
        f.sql += QStringLiteral(" AND a.last_tested_on >= ?");
        f.values << q.from.toString(Qt::ISODate);
    }
    if (q.to.isValid()) {
        f.sql += QStringLiteral(" AND a.last_tested_on <= ?");
        f.values << q.to.toString(Qt::ISODate);
    }
    if (q.overdueOnly) {
        // next_test is NULL exactly when the equipment was never tested.
        f.sql += QStringLiteral(" AND (a.next_test IS NULL OR a.next_test < ?)");
        f.values << q.today.toString(Qt::ISODate);
    }
    const QString text = q.text.trimmed();
    if (!text.isEmpty()) {
        const QString pattern = SqlSnippets::containsPattern(text);
        f.sql += QStringLiteral(" AND (a.receiver LIKE ? ESCAPE '\\' OR a.note LIKE ? ESCAPE '\\')");
        f.values << pattern << pattern;
    }
    return f;
}

QString orderBy(const AlarmQuery& q)
{
    const QString dir = q.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString column;
    switch (q.sort) {
    case AlarmQuery::Sort::Kind: column = QStringLiteral("a.kind"); break;
    case AlarmQuery::Sort::Unit: column = QStringLiteral("u.name COLLATE NOCASE"); break;
    case AlarmQuery::Sort::Site: column = QStringLiteral("s.name COLLATE NOCASE"); break;
    case AlarmQuery::Sort::Devices: column = QStringLiteral("a.devices"); break;
    case AlarmQuery::Sort::LastTested: column = QStringLiteral("a.last_tested_on"); break;
    case AlarmQuery::Sort::NextTest:
        // Never tested first going up (most urgent), last going down.
        return QStringLiteral(" ORDER BY a.next_test") + dir + QStringLiteral(", a.id") + dir;
    }
    return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", a.id") + dir;
}

const QString kColumns = QStringLiteral("a.id, a.uuid, a.row_version, a.deleted_at, a.kind, a.unit_id, "
                                        "a.site_id, a.devices, a.receiver, a.last_tested_on, "
                                        "a.test_interval_months, a.next_test, a.note");

} // namespace

std::vector<AlarmRow> AlarmEquipmentRepository::list(const AlarmQuery& query) const
{
    const Filter f = filterFor(query);
    const QString sql =
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(", u.name, s.name FROM alarm_equipment a LEFT JOIN org_unit u ON u.id = a.unit_id "
                       "LEFT JOIN site s ON s.id = a.site_id") +
        f.sql + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?");
    Query q(m_db, sql);
    for (const QVariant& v : f.values)
        q.bind(v);
    q.bind(query.limit).bind(query.offset).exec();
    const QStringList names = QString(kColumns).remove(QStringLiteral("a.")).split(QStringLiteral(", "));
    const int n = int(names.size());
    std::vector<AlarmRow> out;
    while (q.next()) {
        QVariantMap values;
        for (int i = 0; i < n; ++i)
            values.insert(names.at(i), q.value(i));
        out.push_back({AlarmEquipment::fromValues(values), q.value(n).toString(), q.value(n + 1).toString()});
    }
    return out;
}

qint64 AlarmEquipmentRepository::count(const AlarmQuery& query) const
{
    const Filter f = filterFor(query);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM alarm_equipment a") + f.sql);
    for (const QVariant& v : f.values)
        q.bind(v);
    return q.scalar().toLongLong();
}

void AlarmEquipmentRepository::completeDerived(AlarmEquipment& a) const
{
    a.nextTest = AlarmEquipment::nextTestFrom(a.lastTestedOn, a.testIntervalMonths);
}

void AlarmEquipmentRepository::validate(const AlarmEquipment& a) const
{
    if (a.unitId == 0 && a.siteId == 0)
        throw ValidationError(QStringLiteral("unit_id"),
                              tr("Ange den enhet eller den lokal som larmet hör till."));
    if (a.unitId != 0 && !RecordStore(m_db, Tables::orgUnit()).isLive(a.unitId))
        throw ValidationError(QStringLiteral("unit_id"), tr("Den valda enheten finns inte."));
    if (a.siteId != 0 && !RecordStore(m_db, Tables::site()).isLive(a.siteId))
        throw ValidationError(QStringLiteral("site_id"), tr("Den valda lokalen finns inte."));
    if (a.devices < 1 || a.devices > kMaxDevices)
        throw ValidationError(QStringLiteral("devices"), tr("Antalet larm ska vara mellan 1 och 100 000."));
    if (a.receiver.trimmed().size() > kMaxReceiver)
        throw ValidationError(QStringLiteral("receiver"), tr("Mottagaren är för lång (högst 300 tecken)."));
    if (a.lastTestedOn.isValid() && a.lastTestedOn > QDate::currentDate())
        throw ValidationError(QStringLiteral("last_tested_on"),
                              tr("Det senaste testet kan inte ligga i framtiden."));
    if (a.testIntervalMonths < 1 || a.testIntervalMonths > AlarmEquipment::kMaxIntervalMonths)
        throw ValidationError(QStringLiteral("test_interval_months"),
                              tr("Ange hur många månader det får gå mellan testerna (1–60)."));
}

} // namespace sakra
