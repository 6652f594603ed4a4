#include "RoutineRepository.h"

#include "storage/DependentRows.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"

namespace sakra {

namespace {

// The scope unit and every live unit above it; takes one bound value, the unit's id.
const char* const kAncestors = "WITH RECURSIVE up(id) AS (SELECT id FROM org_unit WHERE id = ? UNION ALL "
                               "SELECT p.parent_id FROM org_unit p JOIN up ON p.id = up.id WHERE p.parent_id "
                               "IS NOT NULL) SELECT id FROM up";

ListFilter filterFor(const RoutineQuery& q)
{
    ListFilter f("r");
    if (q.scopeUnitId > 0) {
        // Covering the unit or one below it, or (inheritedToo) one above it.
        const QString covered = QStringLiteral("r.id IN (SELECT ru.routine_id FROM routine_unit ru WHERE "
                                               "ru.deleted_at IS NULL AND (1=1") +
                                SqlSnippets::inScope("ru.unit_id");
        if (q.inheritedToo)
            f.where(covered + QStringLiteral(" OR ru.unit_id IN (") + QLatin1String(kAncestors) +
                        QStringLiteral(")))"),
                    {q.scopeUnitId, q.scopeUnitId});
        else
            f.where(covered + QStringLiteral("))"), {q.scopeUnitId});
    }
    if (q.kind)
        f.equals("r.kind", Routine::kindCode(*q.kind));
    if (q.known)
        f.equals("r.known_by_staff", Routine::knownCode(*q.known));
    if (q.documented)
        f.equals("r.documented", *q.documented ? 1 : 0);
    f.between("r.adopted_on", q.from, q.to);
    if (q.overdueOnly)
        f.where(QStringLiteral("r.next_review < ?"), {q.today.toString(Qt::ISODate)});
    f.contains(q.text, {"r.title", "r.note", "r.document_link"});
    return f;
}

QString orderBy(const RoutineQuery& q)
{
    const QString dir = q.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString column;
    switch (q.sort) {
    case RoutineQuery::Sort::Title:
        return QStringLiteral(" ORDER BY r.title COLLATE NOCASE") + dir + QStringLiteral(", r.id") + dir;
    case RoutineQuery::Sort::Kind: column = QStringLiteral("r.kind"); break;
    case RoutineQuery::Sort::Known: column = QStringLiteral("r.known_by_staff"); break;
    case RoutineQuery::Sort::Owner: column = QStringLiteral("p.name COLLATE NOCASE"); break;
    case RoutineQuery::Sort::AdoptedOn:
        return QStringLiteral(" ORDER BY r.adopted_on IS NULL, r.adopted_on") + dir +
               QStringLiteral(", r.id") + dir;
    case RoutineQuery::Sort::NextReview:
        // Routines without a review date last either way.
        return QStringLiteral(" ORDER BY r.next_review IS NULL, r.next_review") + dir +
               QStringLiteral(", r.id") + dir;
    }
    return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", r.title COLLATE NOCASE, r.id");
}

} // namespace

std::vector<RoutineRow> RoutineRepository::list(const RoutineQuery& query) const
{
    const QString units = QStringLiteral(
        "(SELECT count(*) FROM routine_unit ru WHERE ru.routine_id = r.id AND ru.deleted_at IS NULL), "
        "(SELECT group_concat(name, ', ') FROM (SELECT u.name AS name FROM routine_unit ru JOIN org_unit u "
        "ON u.id = ru.unit_id "
        "WHERE ru.routine_id = r.id AND ru.deleted_at IS NULL ORDER BY u.name COLLATE NOCASE))");
    const QString select = QStringLiteral("SELECT %1, p.name, %2 FROM routine r LEFT JOIN person p ON p.id = "
                                          "r.owner_id")
                               .arg(wholeRows(QStringLiteral("r")), units);
    return listPage<RoutineRow>(select, filterFor(query), orderBy(query), query.limit, query.offset,
                                [](Routine r, const Query& q, int n) {
                                    return RoutineRow{std::move(r), q.value(n).toString(),
                                                      q.value(n + 1).toInt(), q.value(n + 2).toString()};
                                });
}

qint64 RoutineRepository::count(const RoutineQuery& query) const
{
    return countWhere(QStringLiteral("routine r"), filterFor(query));
}

void RoutineRepository::completeDerived(Routine& r) const
{
    r.nextReview = Routine::nextReviewFrom(r.adoptedOn, r.lastReviewOn, r.reviewMonths);
}

void RoutineRepository::validate(const Routine& r) const
{
    const QDate today = QDate::currentDate();
    if (r.title.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("title"), tr("Ge rutinen en rubrik."));
    if (r.title.trimmed().size() > kMaxTitle)
        throw ValidationError(QStringLiteral("title"), tr("Rubriken är för lång (högst 300 tecken)."));
    if (r.adoptedOn.isValid() && r.adoptedOn > today)
        throw ValidationError(QStringLiteral("adopted_on"),
                              tr("Rutinen kan inte vara fastställd i framtiden."));
    if (r.ownerId != 0 && !RecordStore(m_db, Tables::person()).isLive(r.ownerId))
        throw ValidationError(QStringLiteral("owner_id"),
                              tr("Ägaren finns inte bland personerna i registret."));
    if (r.reviewMonths < 0 || r.reviewMonths > Routine::kMaxReviewMonths)
        throw ValidationError(QStringLiteral("review_months"),
                              tr("Ange hur många månader det ska gå mellan översynerna (1–60), eller 0 för "
                                 "ingen bestämd översyn."));
    if (r.lastReviewOn.isValid() && r.lastReviewOn > today)
        throw ValidationError(QStringLiteral("last_review_on"),
                              tr("Den senaste översynen kan inte ligga i framtiden."));
    if (r.lastReviewOn.isValid() && r.adoptedOn.isValid() && r.lastReviewOn < r.adoptedOn)
        throw ValidationError(QStringLiteral("last_review_on"),
                              tr("Rutinen kan inte ha setts över innan den fastställdes."));
    if (r.staffBriefedOn.isValid() && r.staffBriefedOn > today)
        throw ValidationError(QStringLiteral("staff_briefed_on"),
                              tr("Genomgången på arbetsplatsträffen kan inte ligga i framtiden."));
    if (r.staffBriefedOn.isValid() && r.adoptedOn.isValid() && r.staffBriefedOn < r.adoptedOn)
        throw ValidationError(QStringLiteral("staff_briefed_on"),
                              tr("Rutinen kan inte ha gåtts igenom med personalen innan den fastställdes."));
    const QString link = r.documentLink.trimmed();
    if (link.size() > kMaxLink)
        throw ValidationError(QStringLiteral("document_link"),
                              tr("Länken är för lång (högst 2 000 tecken)."));
    if (link.contains(QLatin1Char('\n')) || link.contains(QLatin1Char('\t')))
        throw ValidationError(QStringLiteral("document_link"), tr("Länken ska stå på en rad."));
    if (!r.documented && !link.isEmpty())
        throw ValidationError(QStringLiteral("document_link"),
                              tr("En rutin som inte är dokumenterad har inget dokument att länka till; "
                                 "markera den som dokumenterad."));
}

void RoutineRepository::removeDependants(qint64 id)
{
    DependentRows::remove(m_db, Tables::routineUnit(), "routine_id", id);
}

void RoutineRepository::restoreDependants(qint64 id, const QString& removedAt)
{
    DependentRows::restore(m_db, Tables::routineUnit(), "routine_id", id, removedAt);
}

} // namespace sakra
