#include "TrainingRepository.h"

#include "storage/Query.h"
#include "storage/SqlSnippets.h"
#include "storage/Today.h"

namespace sakra {

namespace {

// No later live session of the same kind at the same unit (ties on the date broken by id), found
// through the (unit_id, kind, held_on) index.
const char* const kIsLatest = "NOT EXISTS (SELECT 1 FROM training l WHERE l.unit_id = t.unit_id AND l.kind = "
                              "t.kind AND l.deleted_at IS NULL "
                              "AND (l.held_on > t.held_on OR (l.held_on = t.held_on AND l.id > t.id)))";

ListFilter filterFor(const TrainingQuery& q)
{
    ListFilter f("t");
    f.inScope("t.unit_id", q.scopeUnitId);
    if (q.kind)
        f.equals("t.kind", Training::kKinds.code(*q.kind));
    if (q.exercisesOnly) {
        QStringList codes;
        for (int k = 0; k < Training::kKindCount; ++k)
            if (Training::isExercise(Training::Kind(k)))
                codes << QStringLiteral("'%1'").arg(
                    Training::kKinds.code(Training::Kind(k))); // our own constants
        f.where(QStringLiteral("t.kind IN (%1)").arg(codes.join(QLatin1Char(','))));
    }
    f.between("t.held_on", q.from, q.to);
    if (q.overdueOnly)
        f.where(QStringLiteral("t.next_due < ? AND ") + QLatin1String(kIsLatest),
                {q.today.toString(Qt::ISODate)});
    f.matches(q.text, "t.id", "training");
    return f;
}

QString orderBy(const TrainingQuery& q)
{
    QString column;
    switch (q.sort) {
    case TrainingQuery::Sort::HeldOn:
        return SqlSnippets::orderById(QStringLiteral("t.held_on"), "t", q.ascending);
    case TrainingQuery::Sort::Unit: column = QStringLiteral("u.name COLLATE NOCASE"); break;
    case TrainingQuery::Sort::Kind: column = QStringLiteral("t.kind"); break;
    case TrainingQuery::Sort::Title: column = QStringLiteral("t.title COLLATE NOCASE"); break;
    case TrainingQuery::Sort::Participants: column = QStringLiteral("t.participants"); break;
    case TrainingQuery::Sort::NextDue:
        // Sessions that do not recur last either way.
        return SqlSnippets::orderNullsLastById(QStringLiteral("t.next_due"), "t", q.ascending);
    }
    return SqlSnippets::orderThen(column, q.ascending, ", t.held_on DESC, t.id DESC");
}

TrainingRepository::Listing listing()
{
    return {"t",
            QStringLiteral(", u.name, (t.next_due < ? AND %1)").arg(QLatin1String(kIsLatest)),
            QStringLiteral(" JOIN org_unit u ON u.id = t.unit_id"),
            filterFor,
            orderBy,
            [](Training t, const SqliteStatement& q, int n) {
                return TrainingRow{std::move(t), q.value(n).toString(), q.value(n + 1).toInt() == 1};
            },
            [](const TrainingQuery& q) { return QVariantList{q.today.toString(Qt::ISODate)}; }};
}

} // namespace

TrainingRepository::TrainingRepository(Database& db) : ListRepository(db, listing()) {}

std::optional<Training> TrainingRepository::latest(qint64 unitId, Training::Kind kind) const
{
    const qint64 id =
        Query(m_db,
              QStringLiteral("SELECT id FROM training WHERE unit_id = ? AND kind = ? AND deleted_at IS NULL "
                             "ORDER BY held_on DESC, id DESC LIMIT 1"))
            .bind(unitId)
            .bind(Training::kKinds.code(kind))
            .scalar()
            .toLongLong();
    return id > 0 ? find(id) : std::nullopt;
}

void TrainingRepository::completeDerived(Training& t) const
{
    t.nextDue = Training::nextDueFrom(t.heldOn, t.recurrenceMonths);
}

void TrainingRepository::validate(const Training& t) const
{
    requireLive("unit_id", Tables::orgUnit(), t.unitId,
                tr("Välj den enhet som utbildningen eller övningen gällde."));
    requireDate("held_on", t.heldOn, tr("Ange det datum då utbildningen eller övningen hölls."));
    if (t.heldOn > Today::date())
        throw ValidationError(QStringLiteral("held_on"),
                              tr("Registrera utbildningar och övningar när de har hållits; planerade "
                                 "tillfällen hör hemma i handlingsplanen."));
    requireAtMost("title", t.title, kMaxTitle, tr("Rubriken är för lång (högst 200 tecken)."));
    if (t.participants < 0 || t.participants > kMaxPeople)
        throw ValidationError(QStringLiteral("participants"),
                              tr("Antalet deltagare ska vara mellan 0 och 1 000 000."));
    if (t.targetGroup < 0 || t.targetGroup > kMaxPeople)
        throw ValidationError(QStringLiteral("target_group"),
                              tr("Målgruppens storlek ska vara mellan 0 och 1 000 000."));
    if (t.targetGroup > 0 && t.participants > t.targetGroup)
        throw ValidationError(
            QStringLiteral("participants"),
            tr("Fler deltagare än målgruppen: öka målgruppens storlek eller minska antalet deltagare."));
    if (t.recurrenceMonths < 0 || t.recurrenceMonths > Training::kMaxRecurrenceMonths)
        throw ValidationError(QStringLiteral("recurrence_months"),
                              tr("Ange hur många månader det ska gå mellan tillfällena (1–120), eller 0 om "
                                 "det inte återkommer."));
}

} // namespace sakra
