#include "IncidentGenerator.h"

#include "alarm/AlarmEquipment.h"
#include "incident/Incident.h"
#include "routine/Routine.h"
#include "routine/RoutineUnit.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"
#include "storage/Errors.h"
#include "storage/LinkRepository.h"
#include "storage/Query.h"
#include "storage/RecordStore.h"
#include "training/Training.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>
#include <cmath>

namespace sakra {

namespace {

const char* const kDescriptions[] = {"Besökare uppträdde hotfullt i receptionen.",
                                     "Hotfullt telefonsamtal efter ett beslut.",
                                     "Kränkande e-post till handläggare.",
                                     "Brukare slog personal vid omvårdnad.",
                                     "Elev hotade lärare på rasten.",
                                     "Anhörig hotade personal vid besök.",
                                     "Skadegörelse på entrén nattetid.",
                                     "Hat och hot i sociala medier.",
                                     "Påtryckningar i ett ärende om tillstånd.",
                                     "Tillbud vid hembesök; personalen lämnade bostaden."};
const char* const kTrainingTitles[] = {"Grundkurs", "Repetition", "Övning med väktarbolaget",
                                       "Övning med räddningstjänsten", "Arbetsplatsträff med övning"};
const char* const kRoutineTitles[] = {"Rutin vid hot och våld", "Larmrutin",
                                      "Rutin för hembesök",     "Stöd efter hot och våld",
                                      "Säkerhetsrutin",         "Checklista för stängning",
                                      "Rutin för ensamarbete",  "Handlingsplan vid pågående dödligt våld"};
const char* const kReceivers[] = {"Väktarbolagets larmcentral", "Receptionen", "Trygghetsjouren",
                                  "Kollegor i tjänst"};

// Rows of one table through the bulk write path, their values by column as toColumns() gives
// them, made now by "generator": insert() one at a time, with its id, or add() them to be written
// many to a statement (BulkWriter::insertMany) and flush() the last ones.
class BulkInsert
{
public:
    BulkInsert(BulkWriter& writer, const TableSpec& spec)
        : m_writer(writer), m_spec(spec), m_now(Database::nowUtc())
    {
    }

    qint64 insert(const QString& uuid, const QVariantList& values)
    {
        return m_writer.insert(m_spec, meta(uuid), row(values));
    }

    void add(const QString& uuid, const QVariantList& values)
    {
        m_pending.emplace_back(meta(uuid), row(values));
        if (m_pending.size() >= kPending)
            flush();
    }

    void flush()
    {
        m_writer.insertMany(m_spec, m_pending);
        m_pending.clear();
    }

private:
    static constexpr std::size_t kPending = 300;

    BulkWriter::Meta meta(const QString& uuid) const
    {
        return {uuid, m_now, m_now, QStringLiteral("generator"), 1, QString()};
    }

    // values: by position in the spec's columns (toColumns()).
    QVariantList row(const QVariantList& values) const
    {
        QVariantList row;
        row.reserve(qsizetype(m_spec.columns.size()));
        for (std::size_t i = 0; i < m_spec.columns.size(); ++i)
            row << RecordStore::normalise(m_spec.columns[i], values.at(qsizetype(i)));
        return row;
    }

    BulkWriter& m_writer;
    const TableSpec& m_spec;
    QString m_now;
    std::vector<std::pair<BulkWriter::Meta, QVariantList>> m_pending;
};

// The UUIDs of the rows made here: version 7 (RFC 9562), the start of the day the register is made
// (UTC) as their time, then a count of the rows made (rand_a and the top 18 bits of rand_b: the
// RFC's fixed-length dedicated counter), then 44 bits from the seeded generator. Each table's
// UUIDs so rise with its ids and its unique index on them grows at its end, instead of taking a
// million random ones each at a random place; and the same seed on the same day gives the same
// file.
class RowUuids
{
public:
    explicit RowUuids(const QDate& day)
        : m_millis(quint64(QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()))
    {
    }

    QString next(QRandomGenerator& rng)
    {
        // Four words, as many as a random UUID took, so every other value drawn stays as it was.
        quint32 w[4];
        rng.fillRange(w);
        const quint64 count = m_count++ & 0x3fffffff;
        uchar b[16];
        for (int i = 0; i < 6; ++i)
            b[i] = uchar(m_millis >> (8 * (5 - i)));
        b[6] = uchar(0x70 | (count >> 26));
        b[7] = uchar(count >> 18);
        b[8] = uchar(0x80 | ((count >> 12) & 0x3f));
        b[9] = uchar(count >> 4);
        b[10] = uchar(((count & 0x0f) << 4) | (w[0] & 0x0f));
        for (int i = 11; i < 16; ++i)
            b[i] = uchar(w[1 + (i - 11) / 4] >> (8 * ((i - 11) % 4)));
        return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(b), 16))
            .toString(QUuid::WithoutBraces);
    }

private:
    quint64 m_millis;
    quint64 m_count = 0;
};

template <std::size_t N> QString pick(QRandomGenerator& rng, const char* const (&list)[N])
{
    return QString::fromUtf8(list[rng.bounded(int(N))]);
}

// Index into weights (cumulative), chosen with probability proportional to each weight.
int weighted(QRandomGenerator& rng, std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = rng.bounded(total);
    int i = 0;
    for (int w : weights) {
        if (r < w)
            return i;
        r -= w;
        ++i;
    }
    return i - 1;
}

void incidents(BulkWriter& writer, const std::vector<IncidentGenerator::LeafUnit>& units, int total,
               QRandomGenerator& rng, RowUuids& uuids, const QDate& today)
{
    if (units.empty() || total <= 0)
        return;
    // Skewed: a unit's weight is u^6 for a uniform u, so a few units (reception desks, group
    // homes) carry most of the incidents and most units have a handful.
    std::vector<double> weights;
    double sum = 0;
    for (std::size_t i = 0; i < units.size(); ++i) {
        const double u = rng.generateDouble();
        weights.push_back(0.02 + std::pow(u, 6));
        sum += weights.back();
    }
    BulkInsert insert(writer, Incident::spec());
    const int span = 3652; // ten years
    for (std::size_t n = 0; n < units.size(); ++n) {
        const int count = int(std::lround(total * weights[n] / sum));
        for (int k = 0; k < count; ++k) {
            Incident i;
            // More in recent years, as reporting has grown.
            const int daysAgo = int(span * (1.0 - std::sqrt(rng.generateDouble())));
            i.occurredOn = today.addDays(-daysAgo);
            if (rng.bounded(4) != 0)
                i.occurredTime = QTime(7 + rng.bounded(14), rng.bounded(60));
            i.unitId = units[n].id;
            i.siteId = units[n].siteId && rng.bounded(5) != 0 ? units[n].siteId : 0;
            i.target = Incident::Target(weighted(rng, {93, 4, 3}));
            i.kind = Incident::Kind(weighted(rng, {40, 25, 15, 3, 7, 8, 2}));
            i.channel = Incident::Channel(weighted(rng, {55, 15, 8, 7, 10, 5}));
            i.severity = 1 + std::min(rng.bounded(4), rng.bounded(4));
            i.perpetrator = Incident::Perpetrator(weighted(rng, {50, 15, 25, 3, 7}));
            i.organisedCrime = rng.bounded(100) == 0;
            i.systemRef = QStringLiteral("KIA-%1").arg(rng.bounded(1'000'000));
            i.description = pick(rng, kDescriptions);
            if (rng.bounded(7) == 0) {
                i.policeReported = true;
                i.policeReportedOn = std::min(i.occurredOn.addDays(rng.bounded(5)), today);
            }
            if (i.severity == 4 && rng.bounded(4) == 0) {
                i.serious = true;
                if (rng.bounded(10) != 0)
                    i.authorityReportedOn = std::min(i.occurredOn.addDays(rng.bounded(3)), today);
            }
            i.supportManager = rng.bounded(3) != 0;
            i.supportOccupationalHealth = i.severity >= 3 && rng.bounded(2) == 0;
            i.supportCrisis = i.severity == 4 && rng.bounded(3) == 0;
            const bool old = daysAgo > 90;
            const int f = old ? weighted(rng, {2, 3, 5, 90}) : weighted(rng, {40, 30, 20, 10});
            i.followUp = Incident::FollowUp(f);
            if (i.followUp == Incident::FollowUp::Closed)
                i.closedOn = std::min(i.occurredOn.addDays(rng.bounded(60)), today);
            insert.add(uuids.next(rng), i.toColumns());
        }
    }
    insert.flush();
}

void trainings(BulkWriter& writer, const std::vector<IncidentGenerator::LeafUnit>& units, int kinds,
               QRandomGenerator& rng, RowUuids& uuids, const QDate& today)
{
    BulkInsert insert(writer, Training::spec());
    for (const auto& unit : units) {
        // Some units never train at all; the others keep up one to `kinds` kinds, some of them lapsed.
        if (rng.bounded(8) == 0)
            continue;
        const int keep = 1 + rng.bounded(std::max(1, kinds));
        for (int k = 0; k < keep; ++k) {
            Training t;
            t.kind = Training::Kind(rng.bounded(Training::kKindCount));
            t.unitId = unit.id;
            t.recurrenceMonths = rng.bounded(3) == 0 ? 24 : 12;
            const bool lapsed = rng.bounded(4) == 0;
            QDate held = today.addDays(-3650 + rng.bounded(365));
            const QDate last = lapsed ? today.addMonths(-t.recurrenceMonths - 1 - rng.bounded(24)) : today;
            while (held <= last) {
                t.heldOn = held;
                t.targetGroup = 5 + rng.bounded(60);
                t.participants = t.targetGroup - rng.bounded(std::max(1, t.targetGroup / 3));
                t.nextDue = Training::nextDueFrom(t.heldOn, t.recurrenceMonths);
                t.title = pick(rng, kTrainingTitles);
                insert.add(uuids.next(rng), t.toColumns());
                held = held.addMonths(t.recurrenceMonths).addDays(rng.bounded(60) - 20);
            }
        }
    }
    insert.flush();
}

void routines(BulkWriter& writer, const std::vector<IncidentGenerator::LeafUnit>& units,
              const std::vector<qint64>& administrations, int perUnit, QRandomGenerator& rng, RowUuids& uuids,
              const QDate& today)
{
    BulkInsert routine(writer, Routine::spec());
    BulkInsert cover(writer, RoutineUnit::spec());
    auto make = [&](qint64 unitId) {
        Routine r;
        r.kind = Routine::Kind(rng.bounded(Routine::kKindCount));
        r.title = pick(rng, kRoutineTitles);
        r.documented = rng.bounded(7) != 0;
        if (r.documented) {
            r.adoptedOn = today.addDays(-30 - rng.bounded(3000));
            r.reviewMonths = rng.bounded(3) == 0 ? 24 : 12;
            if (rng.bounded(3) != 0)
                r.lastReviewOn = std::min(r.adoptedOn.addDays(rng.bounded(3000)), today);
            r.nextReview = Routine::nextReviewFrom(r.adoptedOn, r.lastReviewOn, r.reviewMonths);
            r.documentLink =
                QStringLiteral("https://intranat.example/rutiner/%1.pdf").arg(rng.bounded(1'000'000));
            if (rng.bounded(2) == 0)
                r.staffBriefedOn = std::min(r.adoptedOn.addDays(rng.bounded(1000)), today);
        }
        r.knownByStaff = Routine::Known(weighted(rng, {50, 35, 15}));
        const qint64 routineId = routine.insert(uuids.next(rng), r.toColumns());
        cover.insert(uuids.next(rng), linkBetween<RoutineUnit>(routineId, unitId).toColumns());
    };
    for (qint64 admin : administrations)
        for (int k = 0; k < 3; ++k)
            make(admin);
    for (const auto& unit : units) {
        const int n = rng.bounded(perUnit + 1);
        for (int k = 0; k < n; ++k)
            make(unit.id);
    }
}

void alarms(BulkWriter& writer, const std::vector<IncidentGenerator::LeafUnit>& units,
            const std::vector<qint64>& sites, QRandomGenerator& rng, RowUuids& uuids, const QDate& today)
{
    BulkInsert insert(writer, AlarmEquipment::spec());
    auto make = [&](AlarmEquipment::Kind kind, qint64 unitId, qint64 siteId) {
        AlarmEquipment a;
        a.kind = kind;
        a.unitId = unitId;
        a.siteId = siteId;
        a.devices = kind == AlarmEquipment::Kind::Intrusion ? 1 : 1 + rng.bounded(20);
        a.receiver = pick(rng, kReceivers);
        a.testIntervalMonths = rng.bounded(3) == 0 ? 6 : 12;
        if (rng.bounded(15) != 0)
            a.lastTestedOn = today.addDays(-rng.bounded(540));
        a.nextTest = AlarmEquipment::nextTestFrom(a.lastTestedOn, a.testIntervalMonths);
        insert.add(uuids.next(rng), a.toColumns());
    };
    for (const auto& unit : units)
        if (rng.bounded(10) < 7)
            make(rng.bounded(2) == 0 ? AlarmEquipment::Kind::Personal : AlarmEquipment::Kind::Panic, unit.id,
                 unit.siteId);
    for (qint64 site : sites)
        make(AlarmEquipment::Kind::Intrusion, 0, site);
    insert.flush();
}

} // namespace

void IncidentGenerator::generate(BulkWriter& writer, const std::vector<LeafUnit>& units,
                                 const std::vector<qint64>& administrations, const std::vector<qint64>& sites,
                                 const Volumes& volumes, QRandomGenerator& rng, const QDate& today)
{
    Database& db = writer.database();
    // A million rows with their indexes and the statistics triggers touch pages all over the file;
    // with SQLite's default 2 MB page cache they are written out and read back again and again
    // inside the one transaction. A larger cache for the run keeps them in memory; the file's own
    // setting comes back afterwards (PRAGMA takes no bound values; the numbers are ours).
    struct CacheGuard
    {
        Database& db;
        int previous;
        ~CacheGuard()
        {
            if (db.onServer())
                return;
            try {
                Query(db, QStringLiteral("PRAGMA cache_size = %1").arg(previous)).exec();
            } catch (const StorageError&) {
                // Only the cache size of this connection is left larger; nothing to report.
            }
        }
    } guard{db, db.onServer() ? 0 : Query(db, QStringLiteral("PRAGMA cache_size")).scalar().toInt()};
    if (!db.onServer())
        Query(db, QStringLiteral("PRAGMA cache_size = -524288")).exec(); // 512 MB
    RowUuids uuids(today);
    incidents(writer, units, volumes.incidents, rng, uuids, today);
    trainings(writer, units, volumes.exerciseKinds, rng, uuids, today);
    routines(writer, units, administrations, volumes.routinesPerUnit, rng, uuids, today);
    alarms(writer, units, sites, rng, uuids, today);
}

} // namespace sakra
