#include "AlarmEquipmentRepository.h"

#include "storage/Query.h"
#include "storage/SqlSnippets.h"
#include "storage/Today.h"

namespace sakra {

namespace {

ListFilter filterFor(const AlarmQuery& q)
{
    ListFilter f("a");
    if (q.scopeUnitId > 0)
        f.where(QStringLiteral("((1=1") + SqlSnippets::inScope("a.unit_id") +
                    QStringLiteral(
                        ") OR (a.unit_id IS NULL AND a.site_id IN (SELECT us.site_id FROM unit_site us "
                        "WHERE us.deleted_at IS NULL") +
                    SqlSnippets::inScope("us.unit_id") + QStringLiteral(")))"),
                {q.scopeUnitId, q.scopeUnitId});
    if (q.kind)
        f.equals("a.kind", AlarmEquipment::kKinds.code(*q.kind));
    f.between("a.last_tested_on", q.from, q.to);
    // next_test is NULL exactly when the equipment was never tested.
    if (q.overdueOnly)
        f.where(QStringLiteral("(a.next_test IS NULL OR a.next_test < ?)"), {q.today.toString(Qt::ISODate)});
    f.matches(q.text, "a.id", "alarm_equipment");
    return f;
}

QString orderBy(const AlarmQuery& q)
{
    QString column;
    switch (q.sort) {
    case AlarmQuery::Sort::Kind: column = QStringLiteral("a.kind"); break;
    case AlarmQuery::Sort::Unit: column = QStringLiteral("u.name COLLATE NOCASE"); break;
    case AlarmQuery::Sort::Site: column = QStringLiteral("s.name COLLATE NOCASE"); break;
    case AlarmQuery::Sort::Devices: column = QStringLiteral("a.devices"); break;
    case AlarmQuery::Sort::LastTested: column = QStringLiteral("a.last_tested_on"); break;
    case AlarmQuery::Sort::NextTest:
        // Never tested first going up (most urgent), last going down.
        column = QStringLiteral("a.next_test");
        break;
    }
    return SqlSnippets::orderById(column, "a", q.ascending);
}

AlarmEquipmentRepository::Listing listing()
{
    return {"a",
            QStringLiteral(", u.name, s.name"),
            QStringLiteral(" LEFT JOIN org_unit u ON u.id = a.unit_id LEFT JOIN site s ON s.id = a.site_id"),
            filterFor,
            orderBy,
            [](AlarmEquipment a, const SqliteStatement& q, int n) {
                return AlarmRow{std::move(a), q.value(n).toString(), q.value(n + 1).toString()};
            }};
}

} // namespace

AlarmEquipmentRepository::AlarmEquipmentRepository(Database& db) : ListRepository(db, listing()) {}

void AlarmEquipmentRepository::completeDerived(AlarmEquipment& a) const
{
    a.nextTest = AlarmEquipment::nextTestFrom(a.lastTestedOn, a.testIntervalMonths);
    // A date known is no longer unknown.
    if (a.lastTestedOn.isValid())
        a.lastTestUnknown = false;
}

void AlarmEquipmentRepository::validate(const AlarmEquipment& a) const
{
    if (a.unitId == 0 && a.siteId == 0)
        throw ValidationError(QStringLiteral("unit_id"),
                              tr("Ange den enhet eller den lokal som larmet hör till."));
    requireLiveOrNone("unit_id", Tables::orgUnit(), a.unitId, tr("Den valda enheten finns inte."));
    requireLiveOrNone("site_id", Tables::site(), a.siteId, tr("Den valda lokalen finns inte."));
    if (a.devices < 1 || a.devices > kMaxDevices)
        throw ValidationError(QStringLiteral("devices"), tr("Antalet larm ska vara mellan 1 och 100 000."));
    requireAtMost("receiver", a.receiver, kMaxReceiver, tr("Mottagaren är för lång (högst 300 tecken)."));
    requireNotAfter("last_tested_on", a.lastTestedOn, Today::date(),
                    tr("Det senaste testet kan inte ligga i framtiden."));
    if (a.testIntervalMonths < 1 || a.testIntervalMonths > AlarmEquipment::kMaxIntervalMonths)
        throw ValidationError(QStringLiteral("test_interval_months"),
                              tr("Ange hur många månader det får gå mellan testerna (1–60)."));
}

} // namespace sakra
