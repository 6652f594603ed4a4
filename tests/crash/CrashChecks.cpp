#include "CrashChecks.h"

#include "CrashWorker.h"
#include "Register.h"
#include "storage/HashChain.h"
#include "storage/Query.h"

#include <QSet>

namespace sakra::crash {

namespace {

qint64 count(Database& db, const QString& sql)
{
    return Query(db, sql).scalar().toLongLong();
}

// The rounds K for which the query's single text column reads "krasch K".
QSet<int> rounds(Database& db, const QString& sql)
{
    QSet<int> out;
    Query q(db, sql);
    q.exec();
    while (q.next())
        out.insert(q.value(0).toString().section(QLatin1Char(' '), 1).toInt());
    return out;
}

// Rounds 1..m all present and nothing else: m, or -1 when there is a gap.
int contiguous(const QSet<int>& complete)
{
    for (int k = 1; k <= int(complete.size()); ++k)
        if (!complete.contains(k))
            return -1;
    return int(complete.size());
}

void compareWithReported(Findings& f, int complete, int reported)
{
    if (complete < reported) {
        f.lostCommits += reported - complete;
        f.details
            << QStringLiteral("%1 rounds reported committed, %2 in the register").arg(reported).arg(complete);
    }
    // One more than reported is a commit that landed before the kill stopped the report.
    if (complete > reported + 1) {
        ++f.partialTransactions;
        f.details
            << QStringLiteral("%1 rounds in the register, only %2 reported").arg(complete).arg(reported);
    }
}

const char* const kQuarter = "(CAST(substr(i.occurred_on, 1, 4) AS INTEGER) * 10 + "
                             "(CAST(substr(i.occurred_on, 6, 2) AS INTEGER) + 2) / 3)";

} // namespace

void Findings::add(const Findings& other)
{
    integrityFailures += other.integrityFailures;
    partialTransactions += other.partialTransactions;
    lostCommits += other.lostCommits;
    details += other.details;
}

Findings checkSoundness(Register& reg)
{
    Findings f;
    Database& db = reg.database();
    const QString problem = db.integrityProblem();
    if (!problem.isEmpty()) {
        ++f.integrityFailures;
        f.details << QStringLiteral("integrity: %1").arg(problem);
        return f;
    }
    const HashChain::Verification chain = HashChain::verify(db);
    if (!chain.intact()) {
        ++f.integrityFailures;
        f.details << QStringLiteral("history chain broken at %1").arg(chain.firstBrokenId);
    }
    // The tallies the statistics read, against a full count over the live organisation tree.
    const QString sql =
        QStringLiteral(
            "WITH RECURSIVE cl(a, u) AS (SELECT id, id FROM org_unit UNION ALL SELECT cl.a, c.id FROM cl "
            "JOIN org_unit c ON c.parent_id = cl.u AND c.deleted_at IS NULL), "
            "plain(s, q, k, n) AS (SELECT cl.a, %1, i.kind, count(*) FROM incident i JOIN cl ON cl.u = "
            "i.unit_id "
            "WHERE i.deleted_at IS NULL GROUP BY 1, 2, 3), "
            "kept(s, q, k, n) AS (SELECT scope_id, quarter, kind, n FROM incident_tally WHERE n <> 0) "
            "SELECT (SELECT count(*) FROM (SELECT * FROM plain EXCEPT SELECT * FROM kept)), "
            "(SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM plain))")
            .arg(QLatin1String(kQuarter));
    Query q(db, sql);
    q.exec();
    q.next();
    const qint64 missing = q.value(0).toLongLong();
    const qint64 extra = q.value(1).toLongLong();
    if (missing || extra) {
        ++f.integrityFailures;
        f.details
            << QStringLiteral("incident tallies differ from the plain count in %1 rows").arg(missing + extra);
    }
    return f;
}

Findings checkEdits(Register& reg, int reported)
{
    Findings f;
    Database& db = reg.database();
    const QSet<int> risks = rounds(db, QStringLiteral("SELECT title FROM risk WHERE title LIKE 'krasch %'"));
    const QSet<int> actions =
        rounds(db, QStringLiteral("SELECT title FROM action WHERE title LIKE 'krasch %'"));
    const QSet<int> incidents =
        rounds(db, QStringLiteral("SELECT description FROM incident WHERE description LIKE 'krasch %'"));
    const QSet<int> actionLinks = rounds(
        db, QStringLiteral(
                "SELECT a.title FROM action_risk l JOIN action a ON a.id = l.action_id "
                "JOIN risk r ON r.id = l.risk_id WHERE a.title LIKE 'krasch %' AND r.title = a.title"));
    const QSet<int> incidentLinks =
        rounds(db, QStringLiteral("SELECT i.description FROM incident_risk l JOIN incident i ON "
                                  "i.id = l.incident_id JOIN risk r ON r.id = l.risk_id "
                                  "WHERE i.description LIKE 'krasch %' AND r.title = i.description"));
    QSet<int> any = risks;
    any.unite(actions).unite(incidents).unite(actionLinks).unite(incidentLinks);
    QSet<int> complete = risks;
    complete.intersect(actions).intersect(incidents).intersect(actionLinks).intersect(incidentLinks);
    if (any.size() != complete.size()) {
        f.partialTransactions += int(any.size() - complete.size());
        f.details
            << QStringLiteral("%1 rounds only partly in the register").arg(any.size() - complete.size());
    }
    const int m = contiguous(complete);
    if (m < 0) {
        ++f.partialTransactions;
        f.details << QStringLiteral("the rounds in the register have a gap");
        return f;
    }
    compareWithReported(f, m, reported);

    // Every row the rounds made has its history, and the unit's note its m updates.
    qint64 withoutHistory = 0;
    for (const char* table : {"risk", "action", "incident", "action_risk", "incident_risk"})
        withoutHistory +=
            count(db, QStringLiteral(
                          "SELECT count(*) FROM %1 t WHERE t.updated_by = 'krasch' AND NOT EXISTS "
                          "(SELECT 1 FROM change_log c WHERE c.entity_uuid = t.uuid AND c.action = 'create')")
                          .arg(QLatin1String(table)));
    const qint64 noteChanges =
        count(db, QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'org_unit' AND "
                                 "field = 'note' AND actor = 'krasch'"));
    if (withoutHistory || noteChanges != m) {
        ++f.partialTransactions;
        f.details << QStringLiteral("%1 rows without history, %2 note changes for %3 rounds")
                         .arg(withoutHistory)
                         .arg(noteChanges)
                         .arg(m);
    }
    if (m > 0 && reg.units().root()->note != QString::number(m)) {
        ++f.partialTransactions;
        f.details
            << QStringLiteral("the unit's note says %1 after %2 rounds").arg(reg.units().root()->note).arg(m);
    }
    return f;
}

Findings checkAllOrNothing(Register& reg, const Counts& before, const Counts& after, int reported)
{
    Findings f;
    const Counts now = reg.stats();
    if (now == after)
        return f;
    if (now == before) {
        compareWithReported(f, 0, reported);
        return f;
    }
    ++f.partialTransactions;
    for (int i = 0; i < now.size() && i < after.size(); ++i)
        if (now.at(i) != after.at(i) && (i >= before.size() || now.at(i) != before.at(i)))
            f.details << QStringLiteral("%1: %2 rows, neither %3 nor %4")
                             .arg(now.at(i).first)
                             .arg(now.at(i).second)
                             .arg(i < before.size() ? before.at(i).second : 0)
                             .arg(after.at(i).second);
    return f;
}

Findings checkMatrix(Register& reg, int baseVersion, int reported)
{
    Findings f;
    Database& db = reg.database();
    const int changes =
        int(count(db, QStringLiteral("SELECT row_version FROM risk_matrix WHERE deleted_at IS NULL"))) -
        baseVersion;
    compareWithReported(f, changes, reported);
    const qint64 logged = count(
        db,
        QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'risk_matrix' AND actor = 'krasch'"));
    if (logged != changes) {
        ++f.partialTransactions;
        f.details << QStringLiteral("%1 matrix changes, %2 in the history").arg(changes).arg(logged);
    }
    const RiskMatrix matrix = reg.riskMatrix().current();
    Query q(db, QStringLiteral(
                    "SELECT likelihood, consequence, level, residual_likelihood, residual_consequence, "
                    "residual_level FROM risk WHERE deleted_at IS NULL"));
    q.exec();
    int misgraded = 0;
    while (q.next()) {
        if (q.value(2).toInt() != matrix.levelOf(q.value(0).toInt(), q.value(1).toInt()))
            ++misgraded;
        else if (q.value(3).toInt() > 0 &&
                 q.value(5).toInt() != matrix.levelOf(q.value(3).toInt(), q.value(4).toInt()))
            ++misgraded;
    }
    if (misgraded) {
        ++f.partialTransactions;
        f.details << QStringLiteral("%1 risks graded by another matrix than the stored one").arg(misgraded);
    }
    return f;
}

Findings checkDrafts(Register& reg, int reported)
{
    Findings f;
    Database& db = reg.database();
    const QSet<int> made =
        rounds(db, QStringLiteral("SELECT name FROM report_draft WHERE name LIKE 'krasch %'"));
    const int m = contiguous(made);
    if (m < 0) {
        ++f.partialTransactions;
        f.details << QStringLiteral("the drafts have a gap");
        return f;
    }
    compareWithReported(f, m, reported);
    // Draft K-1 carries K exactly when draft K exists.
    Query q(db, QStringLiteral("SELECT name, presentation FROM report_draft WHERE name LIKE 'krasch %'"));
    q.exec();
    int wrong = 0;
    while (q.next()) {
        const int k = q.value(0).toString().section(QLatin1Char(' '), 1).toInt();
        const QString expected = k < m ? QString::number(k + 1) : QString();
        if (q.value(1).toString() != expected)
            ++wrong;
    }
    const qint64 logged = count(
        db,
        QStringLiteral("SELECT count(*) FROM change_log WHERE entity = 'report_draft' AND actor = 'krasch'"));
    if (wrong || logged != 2 * m - (m > 0 ? 1 : 0)) {
        ++f.partialTransactions;
        f.details << QStringLiteral("%1 drafts half-edited, %2 history entries for %3 rounds")
                         .arg(wrong)
                         .arg(logged)
                         .arg(m);
    }
    return f;
}

} // namespace sakra::crash
