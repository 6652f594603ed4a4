#include "RiskRegrader.h"

#include "Risk.h"
#include "storage/Database.h"
#include "storage/HashChain.h"
#include "storage/PackageStore.h"
#include "storage/Query.h"
#include "storage/RecordStore.h"
#include "storage/SqliteStatement.h"
#include "storage/Tables.h"

#include <QHash>
#include <algorithm>
#include <optional>

namespace sakra {

namespace {

// The columns a matrix change can touch, in the temporary table's order.
const char* const kGradeColumns[] = {
    "likelihood",      "consequence", "consequence_detail", "residual_likelihood", "residual_consequence",
    "residual_detail", "level",       "residual_level"};

// A stored row as the risk it holds.
struct StoredRisk
{
    QVariantMap values;
    Risk risk;
};

// Every live risk in id order, read in one statement.
std::vector<StoredRisk> liveRisks(Database& db)
{
    const RecordStore store(db, Tables::risk());
    Query q(
        db,
        QStringLiteral("SELECT %1 FROM risk WHERE deleted_at IS NULL ORDER BY id").arg(store.selectList()));
    q.exec();
    std::vector<StoredRisk> out;
    while (q.next()) {
        QVariantMap values = store.rowAt(q);
        Risk risk = Risk::fromValues(values);
        out.push_back({std::move(values), std::move(risk)});
    }
    return out;
}

std::vector<RiskMatrixRepository::Grades> gradesOf(const std::vector<StoredRisk>& risks)
{
    std::vector<RiskMatrixRepository::Grades> out;
    out.reserve(risks.size());
    for (const StoredRisk& s : risks) {
        const Risk& r = s.risk;
        out.push_back({r.id, r.likelihood, r.consequence, r.consequenceByDimension, r.residualLikelihood,
                       r.residualConsequence, r.residualByDimension});
    }
    return out;
}

// Moves a risk's values onto the new matrix: rescaled to the new sizes, dimension values kept
// where the dimension still exists and filled from the overall value where it is new.
void rescale(Risk& r, const RiskMatrix& from, const RiskMatrix& to)
{
    const int lf = from.likelihoodSize(), lt = to.likelihoodSize();
    const int cf = from.consequenceSize(), ct = to.consequenceSize();
    auto moveDimensions = [&](QMap<QString, int>& values, int overall) {
        QMap<QString, int> moved;
        for (const RiskMatrix::Dimension& d : to.dimensions())
            moved.insert(d.key,
                         values.contains(d.key) ? RiskMatrix::rescale(values.value(d.key), cf, ct) : overall);
        values = moved;
    };
    r.likelihood = RiskMatrix::rescale(r.likelihood, lf, lt);
    r.consequence = RiskMatrix::rescale(r.consequence, cf, ct);
    moveDimensions(r.consequenceByDimension, r.consequence);
    if (r.hasResidual()) {
        r.residualLikelihood = RiskMatrix::rescale(r.residualLikelihood, lf, lt);
        r.residualConsequence = RiskMatrix::rescale(r.residualConsequence, cf, ct);
        moveDimensions(r.residualByDimension, r.residualConsequence);
    }
}

// The worst dimension counts; the levels come from matrix.
void level(Risk& r, const RiskMatrix& matrix)
{
    if (!r.consequenceByDimension.isEmpty())
        r.consequence = *std::max_element(r.consequenceByDimension.cbegin(), r.consequenceByDimension.cend());
    if (!r.residualByDimension.isEmpty())
        r.residualConsequence =
            *std::max_element(r.residualByDimension.cbegin(), r.residualByDimension.cend());
    r.level = std::max(0, matrix.levelOf(r.likelihood, r.consequence));
    r.residualLevel =
        r.hasResidual() ? std::max(0, matrix.levelOf(r.residualLikelihood, r.residualConsequence)) : -1;
}

// A value as the history keeps it (RecordStore's form): text, or a null string.
QVariant historyValue(const QVariant& value)
{
    return value.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value.toString());
}

// About 64 MB of page cache while the risks are written (negative: KiB), as BulkWriter keeps.
class CacheSize
{
public:
    explicit CacheSize(Database& db)
        : m_db(db),
          m_before(db.onServer() ? 0 : Query(db, QStringLiteral("PRAGMA cache_size")).scalar().toLongLong())
    {
        if (!db.onServer()) // a server's memory is its own
            Query(db, QStringLiteral("PRAGMA cache_size = -65536")).exec();
    }
    ~CacheSize()
    {
        if (m_db.onServer())
            return;
        try {
            Query(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_before)).exec();
        } catch (const Error&) {
            // Only a matter of speed; a destructor must not throw.
        }
    }
    CacheSize(const CacheSize&) = delete;
    CacheSize& operator=(const CacheSize&) = delete;

private:
    Database& m_db;
    qint64 m_before;
};

} // namespace

struct RiskRegrader::Change
{
    qint64 id;
    QString uuid;
    QVariantList values;              // kGradeColumns, as the columns store them
    std::vector<ChangeEntry> history; // one per changed column
};

RiskRegrader::RiskRegrader(Database& db, Progress progress) : m_db(db), m_progress(std::move(progress)) {}

void RiskRegrader::report(qint64 done, qint64 total) const
{
    if (m_progress)
        m_progress(done, total);
}

std::vector<RiskMatrixRepository::Grades> RiskRegrader::grades() const
{
    return gradesOf(liveRisks(m_db));
}

int RiskRegrader::regrade(const RiskMatrix& from, const RiskMatrix& to,
                          std::vector<RiskMatrixRepository::Grades>* before)
{
    return move(from, to, nullptr, before);
}

int RiskRegrader::putBack(const RiskMatrix& matrix, const std::vector<RiskMatrixRepository::Grades>& grades)
{
    return move(matrix, matrix, &grades, nullptr);
}

int RiskRegrader::move(const RiskMatrix& from, const RiskMatrix& to,
                       const std::vector<RiskMatrixRepository::Grades>* grades,
                       std::vector<RiskMatrixRepository::Grades>* before)
{
    const std::vector<StoredRisk> risks = liveRisks(m_db);
    if (before)
        *before = gradesOf(risks);
    QHash<qint64, const RiskMatrixRepository::Grades*> kept;
    if (grades)
        for (const RiskMatrixRepository::Grades& g : *grades)
            kept.insert(g.riskId, &g);
    const QString at = m_db.now();
    const QString actor = m_db.actor();
    std::vector<Change> changes;
    for (const StoredRisk& s : risks) {
        Risk r = s.risk;
        if (grades) {
            const RiskMatrixRepository::Grades* g = kept.value(r.id);
            if (!g)
                continue; // made after the change: it was graded on this matrix already
            r.likelihood = g->likelihood;
            r.consequence = g->consequence;
            r.consequenceByDimension = g->consequenceByDimension;
            r.residualLikelihood = g->residualLikelihood;
            r.residualConsequence = g->residualConsequence;
            r.residualByDimension = g->residualByDimension;
        } else {
            rescale(r, from, to);
        }
        level(r, to);
        const QVariantMap after = r.toValues();
        Change change{r.id, r.uuid, {}, {}};
        for (const char* name : kGradeColumns) {
            const QString key = QLatin1String(name);
            const Column& column = *Tables::risk().column(key);
            const QVariant was = RecordStore::normalise(column, s.values.value(key));
            const QVariant now = RecordStore::normalise(column, after.value(key));
            change.values << now;
            if (was == now && was.isNull() == now.isNull())
                continue;
            change.history.push_back({at, actor, QStringLiteral("risk"), r.uuid, QStringLiteral("update"),
                                      key, historyValue(was), historyValue(now)});
        }
        if (!change.history.empty())
            changes.push_back(std::move(change));
    }
    report(qint64(risks.size()), qint64(risks.size() + 2 * changes.size()));
    return write(changes, qint64(risks.size()));
}

int RiskRegrader::write(const std::vector<Change>& changes, qint64 read)
{
    if (changes.empty())
        return 0;
    const qint64 total = read + 2 * qint64(changes.size());
    // A package for a site without network holds rows of the central register that are changed
    // centrally only (RecordStore refuses them the same way).
    const PackageStore packages(m_db);
    if (packages.incoming())
        for (const Change& c : changes)
            if (packages.isReferenceRow(Tables::risk(), c.uuid))
                throw ValidationError(QString(),
                                      tr("Posten (%1) hör till det centrala registret och kan inte "
                                         "ändras i en utlämnad del.")
                                          .arg(Tables::risk().translatedLabel().toLower()));

    Query(m_db,
          QStringLiteral(
              "CREATE TEMP TABLE IF NOT EXISTS regrade_row (id INTEGER PRIMARY KEY, likelihood INTEGER, "
              "consequence INTEGER, consequence_detail TEXT, residual_likelihood INTEGER, "
              "residual_consequence INTEGER, residual_detail TEXT, level INTEGER, residual_level INTEGER)"))
        .exec();
    Query(m_db, QStringLiteral("DELETE FROM temp.regrade_row")).exec();
    {
        SqliteStatement insert(m_db,
                               QStringLiteral("INSERT INTO temp.regrade_row VALUES (?,?,?,?,?,?,?,?,?)"));
        qint64 done = read;
        for (const Change& c : changes) {
            insert.bind(c.id);
            for (const QVariant& v : c.values)
                insert.bind(v);
            insert.exec();
            if (++done % 1000 == 0)
                report(done, total);
        }
    }
    // One statement for every changed row; the row versions rise so that edits begun before the
    // change are refused as edits of a row changed meanwhile.
    Query update(m_db,
                 QStringLiteral("UPDATE risk SET likelihood = g.likelihood, consequence = g.consequence, "
                                "consequence_detail = g.consequence_detail, residual_likelihood = "
                                "g.residual_likelihood, residual_consequence = g.residual_consequence, "
                                "residual_detail = g.residual_detail, level = g.level, residual_level = "
                                "g.residual_level, updated_at = ?, updated_by = ?, row_version = "
                                "risk.row_version + 1 FROM temp.regrade_row g WHERE risk.id = g.id"));
    update.bind(m_db.now()).bind(m_db.actor()).exec();
    if (update.rowsAffected() != int(changes.size()))
        throw StorageError(tr("Riskerna ändrades under omräkningen; försök igen."));
    Query(m_db, QStringLiteral("DELETE FROM temp.regrade_row")).exec();

    // On a server the database has written the history of the update already.
    std::optional<HashChain::Appender> history;
    if (!m_db.onServer())
        history.emplace(m_db);
    qint64 done = read + qint64(changes.size());
    for (const Change& c : changes) {
        for (const ChangeEntry& e : c.history)
            if (history)
                history->append(e);
        if (++done % 1000 == 0)
            report(done, total);
    }
    m_db.pendingChanges().addTable(Tables::risk());
    report(total, total);
    return int(changes.size());
}

} // namespace sakra
