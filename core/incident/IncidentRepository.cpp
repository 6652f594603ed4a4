#include "IncidentRepository.h"

#include "storage/DependentRows.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"
#include "storage/Today.h"

namespace sakra {

namespace {

ListFilter filterFor(const IncidentQuery& q)
{
    ListFilter f("i");
    f.inScope("i.unit_id", q.scopeUnitId);
    if (q.kind)
        f.equals("i.kind", Incident::kKinds.code(*q.kind));
    if (q.target)
        f.equals("i.target", Incident::kTargets.code(*q.target));
    if (q.channel)
        f.equals("i.channel", Incident::kChannels.code(*q.channel));
    if (q.followUp)
        f.equals("i.follow_up", Incident::kFollowUps.code(*q.followUp));
    f.between("i.occurred_on", q.from, q.to);
    if (q.minSeverity > 0)
        f.where(QStringLiteral("i.severity >= ?"), {q.minSeverity});
    if (q.openOnly)
        f.where(QStringLiteral("i.follow_up <> 'closed'"));
    if (q.organisedCrimeOnly)
        f.where(QStringLiteral("i.organised_crime = 1"));
    if (q.seriousOnly)
        f.where(QStringLiteral("i.serious = 1"));
    // Unreported with the deadline (Incident::authorityDeadlineFor) before today, i.e. the incident
    // occurred before the day before today.
    if (q.overdueOnly)
        f.where(QStringLiteral("i.serious = 1 AND i.authority_reported_on IS NULL AND i.occurred_on < ?"),
                {q.today.addDays(-1).toString(Qt::ISODate)});
    f.matches(q.text, "i.id", "incident");
    return f;
}

QString orderBy(const IncidentQuery& q)
{
    QString column;
    switch (q.sort) {
    case IncidentQuery::Sort::OccurredOn: column = QStringLiteral("i.occurred_on"); break;
    case IncidentQuery::Sort::Unit: column = QStringLiteral("u.name COLLATE NOCASE"); break;
    case IncidentQuery::Sort::Kind: column = QStringLiteral("i.kind"); break;
    case IncidentQuery::Sort::Target: column = QStringLiteral("i.target"); break;
    case IncidentQuery::Sort::Channel: column = QStringLiteral("i.channel"); break;
    case IncidentQuery::Sort::Severity: column = QStringLiteral("i.severity"); break;
    case IncidentQuery::Sort::FollowUp: column = QStringLiteral("i.follow_up"); break;
    }
    // By date and then by entry, which the (occurred_on, id) index serves; adding the time of day
    // would sort a million rows for the first page.
    if (q.sort == IncidentQuery::Sort::OccurredOn)
        return SqlSnippets::orderById(column, "i", q.ascending);
    return SqlSnippets::orderThen(column, q.ascending, ", i.occurred_on DESC, i.id DESC");
}

IncidentRepository::Listing listing()
{
    return {"i",
            QStringLiteral(", u.name, s.name"),
            QStringLiteral(" JOIN org_unit u ON u.id = i.unit_id LEFT JOIN site s ON s.id = i.site_id"),
            filterFor,
            orderBy,
            [](Incident i, const SqliteStatement& q, int n) {
                return IncidentRow{std::move(i), q.value(n).toString(), q.value(n + 1).toString()};
            }};
}

} // namespace

IncidentRepository::IncidentRepository(Database& db) : ListRepository(db, listing()) {}

void IncidentRepository::validate(const Incident& i) const
{
    const QDate today = Today::date();
    requireDate("occurred_on", i.occurredOn, tr("Ange det datum då händelsen inträffade."));
    requireNotAfter("occurred_on", i.occurredOn, today, tr("Händelsen kan inte ha inträffat i framtiden."));
    requireLive("unit_id", Tables::orgUnit(), i.unitId, tr("Välj den enhet där händelsen inträffade."));
    requireLiveOrNone("site_id", Tables::site(), i.siteId, tr("Den valda lokalen finns inte."));
    if (i.severity < Incident::kMinSeverity || i.severity > Incident::kMaxSeverity)
        throw ValidationError(QStringLiteral("severity"), tr("Allvarlighetsgraden ska vara mellan 1 och 4."));
    requireAtMost("description", i.description, kMaxDescription,
                  tr("Beskrivningen är för lång (högst 4 000 tecken)."));
    requireAtMost("system_ref", i.systemRef, kMaxSystemRef,
                  tr("Referensen i incidentsystemet är för lång (högst 100 tecken)."));
    if (i.systemRef.contains(QLatin1Char('\n')))
        throw ValidationError(QStringLiteral("system_ref"),
                              tr("Referensen i incidentsystemet ska stå på en rad."));
    if (!i.policeReported && i.policeReportedOn.isValid())
        throw ValidationError(QStringLiteral("police_reported_on"),
                              tr("Ett datum för polisanmälan kan bara anges när händelsen är polisanmäld."));
    requireNotBefore("police_reported_on", i.policeReportedOn, i.occurredOn,
                     tr("Polisanmälan kan inte vara gjord före händelsen."));
    requireNotAfter("police_reported_on", i.policeReportedOn, today,
                    tr("Polisanmälan kan inte vara gjord i framtiden."));
    if (!i.serious && i.authorityReportedOn.isValid())
        throw ValidationError(QStringLiteral("authority_reported_on"),
                              tr("Bara en allvarlig händelse anmäls till Arbetsmiljöverket; markera den som "
                                 "allvarlig eller ta bort datumet."));
    requireNotBefore("authority_reported_on", i.authorityReportedOn, i.occurredOn,
                     tr("Anmälan till Arbetsmiljöverket kan inte vara gjord före händelsen."));
    requireNotAfter("authority_reported_on", i.authorityReportedOn, today,
                    tr("Anmälan till Arbetsmiljöverket kan inte vara gjord i framtiden."));
    if (i.isClosed() && !i.closedOn.isValid())
        throw ValidationError(QStringLiteral("closed_on"), tr("Ange det datum då uppföljningen avslutades."));
    if (!i.isClosed() && i.closedOn.isValid())
        throw ValidationError(QStringLiteral("closed_on"),
                              tr("Ett avslutsdatum kan bara anges när uppföljningen är avslutad."));
    requireNotBefore("closed_on", i.closedOn, i.occurredOn,
                     tr("Uppföljningen kan inte ha avslutats före händelsen."));
    requireNotAfter("closed_on", i.closedOn, today, tr("Uppföljningen kan inte ha avslutats i framtiden."));
}

void IncidentRepository::removeDependants(qint64 id)
{
    for (const TableSpec* spec : {&Tables::incidentRisk(), &Tables::incidentAction()})
        DependentRows::remove(m_db, *spec, "incident_id", id);
}

void IncidentRepository::restoreDependants(qint64 id, const QString& removedAt)
{
    for (const TableSpec* spec : {&Tables::incidentRisk(), &Tables::incidentAction()})
        DependentRows::restore(m_db, *spec, "incident_id", id, removedAt);
}

} // namespace sakra
