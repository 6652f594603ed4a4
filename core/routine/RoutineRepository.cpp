#include "RoutineRepository.h"

#include "storage/DependentRows.h"
#include "storage/Query.h"
#include "storage/SqlSnippets.h"
#include "storage/Today.h"

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
        f.equals("r.kind", Routine::kKinds.code(*q.kind));
    if (q.known)
        f.equals("r.known_by_staff", Routine::kKnown.code(*q.known));
    if (q.documented)
        f.equals("r.documented", *q.documented ? 1 : 0);
    f.between("r.adopted_on", q.from, q.to);
    if (q.overdueOnly)
        f.where(QStringLiteral("r.next_review < ?"), {q.today.toString(Qt::ISODate)});
    f.matches(q.text, "r.id", "routine");
    return f;
}

QString orderBy(const RoutineQuery& q)
{
    QString column;
    switch (q.sort) {
    case RoutineQuery::Sort::Title:
        return SqlSnippets::orderById(QStringLiteral("r.title COLLATE NOCASE"), "r", q.ascending);
    case RoutineQuery::Sort::Kind: column = QStringLiteral("r.kind"); break;
    case RoutineQuery::Sort::Known: column = QStringLiteral("r.known_by_staff"); break;
    case RoutineQuery::Sort::Owner: column = QStringLiteral("p.name COLLATE NOCASE"); break;
    case RoutineQuery::Sort::AdoptedOn:
        return SqlSnippets::orderNullsLastById(QStringLiteral("r.adopted_on"), "r", q.ascending);
    case RoutineQuery::Sort::NextReview:
        // Routines without a review date last either way.
        return SqlSnippets::orderNullsLastById(QStringLiteral("r.next_review"), "r", q.ascending);
    }
    return SqlSnippets::orderThen(column, q.ascending, ", r.title COLLATE NOCASE, r.id");
}

RoutineRepository::Listing listing()
{
    // How many units the routine covers, and their names.
    const QString units = QStringLiteral(
        "(SELECT count(*) FROM routine_unit ru WHERE ru.routine_id = r.id AND ru.deleted_at IS NULL), "
        "(SELECT group_concat(name, ', ') FROM (SELECT u.name AS name FROM routine_unit ru JOIN org_unit u "
        "ON u.id = ru.unit_id "
        "WHERE ru.routine_id = r.id AND ru.deleted_at IS NULL ORDER BY u.name COLLATE NOCASE) AS covered)");
    return {"r",
            QStringLiteral(", p.name, ") + units,
            QStringLiteral(" LEFT JOIN person p ON p.id = r.owner_id"),
            filterFor,
            orderBy,
            [](Routine r, const SqliteStatement& q, int n) {
                return RoutineRow{std::move(r), q.value(n).toString(), q.value(n + 1).toInt(),
                                  q.value(n + 2).toString()};
            }};
}

} // namespace

RoutineRepository::RoutineRepository(Database& db) : ListRepository(db, listing()) {}

void RoutineRepository::completeDerived(Routine& r) const
{
    r.nextReview = Routine::nextReviewFrom(r.adoptedOn, r.lastReviewOn, r.reviewMonths);
}

void RoutineRepository::validate(const Routine& r) const
{
    const QDate today = Today::date();
    requireText("title", r.title, tr("Ge rutinen en rubrik."));
    requireAtMost("title", r.title, kMaxTitle, tr("Rubriken är för lång (högst 300 tecken)."));
    requireNotAfter("adopted_on", r.adoptedOn, today, tr("Rutinen kan inte vara fastställd i framtiden."));
    requireLiveOrNone("owner_id", Tables::person(), r.ownerId,
                      tr("Ägaren finns inte bland personerna i registret."));
    if (r.reviewMonths < 0 || r.reviewMonths > Routine::kMaxReviewMonths)
        throw ValidationError(QStringLiteral("review_months"),
                              tr("Ange hur många månader det ska gå mellan översynerna (1–60), eller 0 för "
                                 "ingen bestämd översyn."));
    requireNotAfter("last_review_on", r.lastReviewOn, today,
                    tr("Den senaste översynen kan inte ligga i framtiden."));
    requireNotBefore("last_review_on", r.lastReviewOn, r.adoptedOn,
                     tr("Rutinen kan inte ha setts över innan den fastställdes."));
    requireNotAfter("staff_briefed_on", r.staffBriefedOn, today,
                    tr("Genomgången på arbetsplatsträffen kan inte ligga i framtiden."));
    requireNotBefore("staff_briefed_on", r.staffBriefedOn, r.adoptedOn,
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
