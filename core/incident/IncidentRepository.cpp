#include "IncidentRepository.h"

#include "storage/DependentRows.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

namespace sakra {

namespace {

ListFilter filterFor(const IncidentQuery& q)
{
    ListFilter f("i");
    f.inScope("i.unit_id", q.scopeUnitId);
    if (q.kind)
        f.equals("i.kind", Incident::kindCode(*q.kind));
    if (q.target)
        f.equals("i.target", Incident::targetCode(*q.target));
    if (q.channel)
        f.equals("i.channel", Incident::channelCode(*q.channel));
    if (q.followUp)
        f.equals("i.follow_up", Incident::followUpCode(*q.followUp));
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
    f.contains(q.text, {"i.description", "i.system_ref"});
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
    const QString dir = q.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // By date and then by entry, which the (occurred_on, id) index serves; adding the time of day
    // would sort a million rows for the first page.
    if (q.sort == IncidentQuery::Sort::OccurredOn)
        return QStringLiteral(" ORDER BY i.occurred_on") + dir + QStringLiteral(", i.id") + dir;
    return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", i.occurred_on DESC, i.id DESC");
}

} // namespace

std::vector<IncidentRow> IncidentRepository::list(const IncidentQuery& query) const
{
    const QString select =
        QStringLiteral("SELECT %1, u.name, s.name FROM incident i JOIN org_unit u ON u.id = "
                       "i.unit_id LEFT JOIN site s ON s.id = i.site_id")
            .arg(wholeRows(QStringLiteral("i")));
    return listPage<IncidentRow>(
        select, filterFor(query), orderBy(query), query.limit, query.offset,
        [](Incident i, const Query& q, int n) {
            return IncidentRow{std::move(i), q.value(n).toString(), q.value(n + 1).toString()};
        });
}

qint64 IncidentRepository::count(const IncidentQuery& query) const
{
    return countWhere(QStringLiteral("incident i"), filterFor(query));
}

void IncidentRepository::validate(const Incident& i) const
{
    const QDate today = QDate::currentDate();
    if (!i.occurredOn.isValid())
        throw ValidationError(QStringLiteral("occurred_on"), tr("Ange det datum då händelsen inträffade."));
    if (i.occurredOn > today)
        throw ValidationError(QStringLiteral("occurred_on"),
                              tr("Händelsen kan inte ha inträffat i framtiden."));
    if (!RecordStore(m_db, Tables::orgUnit()).isLive(i.unitId))
        throw ValidationError(QStringLiteral("unit_id"), tr("Välj den enhet där händelsen inträffade."));
    if (i.siteId != 0 && !RecordStore(m_db, Tables::site()).isLive(i.siteId))
        throw ValidationError(QStringLiteral("site_id"), tr("Den valda lokalen finns inte."));
    if (i.severity < Incident::kMinSeverity || i.severity > Incident::kMaxSeverity)
        throw ValidationError(QStringLiteral("severity"), tr("Allvarlighetsgraden ska vara mellan 1 och 4."));
    if (i.description.trimmed().size() > kMaxDescription)
        throw ValidationError(QStringLiteral("description"),
                              tr("Beskrivningen är för lång (högst 4 000 tecken)."));
    if (i.systemRef.trimmed().size() > kMaxSystemRef)
        throw ValidationError(QStringLiteral("system_ref"),
                              tr("Referensen i incidentsystemet är för lång (högst 100 tecken)."));
    if (i.systemRef.contains(QLatin1Char('\n')))
        throw ValidationError(QStringLiteral("system_ref"),
                              tr("Referensen i incidentsystemet ska stå på en rad."));
    if (!i.policeReported && i.policeReportedOn.isValid())
        throw ValidationError(QStringLiteral("police_reported_on"),
                              tr("Ett datum för polisanmälan kan bara anges när händelsen är polisanmäld."));
    if (i.policeReportedOn.isValid() && i.policeReportedOn < i.occurredOn)
        throw ValidationError(QStringLiteral("police_reported_on"),
                              tr("Polisanmälan kan inte vara gjord före händelsen."));
    if (i.policeReportedOn.isValid() && i.policeReportedOn > today)
        throw ValidationError(QStringLiteral("police_reported_on"),
                              tr("Polisanmälan kan inte vara gjord i framtiden."));
    if (!i.serious && i.authorityReportedOn.isValid())
        throw ValidationError(QStringLiteral("authority_reported_on"),
                              tr("Bara en allvarlig händelse anmäls till Arbetsmiljöverket; markera den som "
                                 "allvarlig eller ta bort datumet."));
    if (i.authorityReportedOn.isValid() && i.authorityReportedOn < i.occurredOn)
        throw ValidationError(QStringLiteral("authority_reported_on"),
                              tr("Anmälan till Arbetsmiljöverket kan inte vara gjord före händelsen."));
    if (i.authorityReportedOn.isValid() && i.authorityReportedOn > today)
        throw ValidationError(QStringLiteral("authority_reported_on"),
                              tr("Anmälan till Arbetsmiljöverket kan inte vara gjord i framtiden."));
    if (i.isClosed() && !i.closedOn.isValid())
        throw ValidationError(QStringLiteral("closed_on"), tr("Ange det datum då uppföljningen avslutades."));
    if (!i.isClosed() && i.closedOn.isValid())
        throw ValidationError(QStringLiteral("closed_on"),
                              tr("Ett avslutsdatum kan bara anges när uppföljningen är avslutad."));
    if (i.closedOn.isValid() && i.closedOn < i.occurredOn)
        throw ValidationError(QStringLiteral("closed_on"),
                              tr("Uppföljningen kan inte ha avslutats före händelsen."));
    if (i.closedOn.isValid() && i.closedOn > today)
        throw ValidationError(QStringLiteral("closed_on"),
                              tr("Uppföljningen kan inte ha avslutats i framtiden."));
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
