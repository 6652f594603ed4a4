#include "TrainingRepository.h"

#include "storage/Query.h"
#include "storage/SqlSnippets.h"

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
        f.equals("t.kind", Training::kindCode(*q.kind));
    if (q.exercisesOnly) {
        QStringList codes;
        for (int k = 0; k < Training::kKindCount; ++k)
            if (Training::isExercise(Training::Kind(k)))
                codes << QStringLiteral("'%1'").arg(
                    Training::kindCode(Training::Kind(k))); // our own constants
        f.where(QStringLiteral("t.kind IN (%1)").arg(codes.join(QLatin1Char(','))));
    }
    f.between("t.held_on", q.from, q.to);
    if (q.overdueOnly)
        f.where(QStringLiteral("t.next_due < ? AND ") + QLatin1String(kIsLatest),
                {q.today.toString(Qt::ISODate)});
    f.contains(q.text, {"t.title", "t.note"});
    return f;
}

QString orderBy(const TrainingQuery& q)
{
    const QString dir = q.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString column;
    switch (q.sort) {
    case TrainingQuery::Sort::HeldOn:
        return QStringLiteral(" ORDER BY t.held_on") + dir + QStringLiteral(", t.id") + dir;
    case TrainingQuery::Sort::Unit: column = QStringLiteral("u.name COLLATE NOCASE"); break;
    case TrainingQuery::Sort::Kind: column = QStringLiteral("t.kind"); break;
    case TrainingQuery::Sort::Title: column = QStringLiteral("t.title COLLATE NOCASE"); break;
    case TrainingQuery::Sort::Participants: column = QStringLiteral("t.participants"); break;
    case TrainingQuery::Sort::NextDue:
        // Sessions that do not recur last either way.
        return QStringLiteral(" ORDER BY t.next_due IS NULL, t.next_due") + dir + QStringLiteral(", t.id") +
               dir;
    }
    return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", t.held_on DESC, t.id DESC");
}

} // namespace

std::vector<TrainingRow> TrainingRepository::list(const TrainingQuery& query) const
{
    const QString select = QStringLiteral("SELECT %1, u.name, (t.next_due < ? AND %2) FROM training t JOIN "
                                          "org_unit u ON u.id = t.unit_id")
                               .arg(wholeRows(QStringLiteral("t")), QLatin1String(kIsLatest));
    return listPage<TrainingRow>(
        select, filterFor(query), orderBy(query), query.limit, query.offset,
        [](Training t, const Query& q, int n) {
            return TrainingRow{std::move(t), q.value(n).toString(), q.value(n + 1).toInt() == 1};
        },
        {query.today.toString(Qt::ISODate)});
}

qint64 TrainingRepository::count(const TrainingQuery& query) const
{
    return countWhere(QStringLiteral("training t"), filterFor(query));
}

std::optional<Training> TrainingRepository::latest(qint64 unitId, Training::Kind kind) const
{
    const qint64 id =
        Query(m_db,
              QStringLiteral("SELECT id FROM training WHERE unit_id = ? AND kind = ? AND deleted_at IS NULL "
                             "ORDER BY held_on DESC, id DESC LIMIT 1"))
            .bind(unitId)
            .bind(Training::kindCode(kind))
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
    if (!RecordStore(m_db, Tables::orgUnit()).isLive(t.unitId))
        throw ValidationError(QStringLiteral("unit_id"),
                              tr("Välj den enhet som utbildningen eller övningen gällde."));
    if (!t.heldOn.isValid())
        throw ValidationError(QStringLiteral("held_on"),
                              tr("Ange det datum då utbildningen eller övningen hölls."));
    if (t.heldOn > QDate::currentDate())
        throw ValidationError(QStringLiteral("held_on"),
                              tr("Registrera utbildningar och övningar när de har hållits; planerade "
                                 "tillfällen hör hemma i handlingsplanen."));
    if (t.title.trimmed().size() > kMaxTitle)
        throw ValidationError(QStringLiteral("title"), tr("Rubriken är för lång (högst 200 tecken)."));
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
