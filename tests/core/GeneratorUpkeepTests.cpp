#include "TestRegister.h"
#include "exchange/Generator.h"
#include "storage/DeferredUpkeep.h"
#include "storage/Query.h"
#include "storage/SearchSchema.h"
#include "storage/Transaction.h"

#include <QHash>
#include <catch2/catch.hpp>

using namespace sakra;

// The generator sets the tally and full-text triggers and the incidents' indexes aside while it
// writes and makes their rows once at the end (DeferredUpkeep). These tests hold that the
// register comes out as the triggers would have made it.

namespace {

// Every trigger and index of the file as its CREATE statement, by name.
QStringList schemaObjects(Database& db)
{
    QStringList out;
    Query q(db, QStringLiteral("SELECT type || ' ' || name || ': ' || sql FROM sqlite_master WHERE type IN "
                               "('trigger', 'index') AND sql IS NOT NULL ORDER BY type, name"));
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Rows of incident_tally missing from, or not in, the tallies of the query counted (either way).
int talliesDifferingFrom(Database& db, const QString& counted)
{
    const QString ours = QStringLiteral("SELECT scope_id, quarter, kind, n FROM incident_tally");
    return Query(db, QStringLiteral("SELECT (SELECT count(*) FROM (%1 EXCEPT SELECT * FROM (%2))) + "
                                    "(SELECT count(*) FROM (SELECT * FROM (%2) EXCEPT %1))")
                         .arg(ours, counted))
        .scalar()
        .toInt();
}

// The tallies counted the plain way, incident by incident through the closure (schema step 5).
const char* const kPlainTallies =
    "SELECT c.ancestor_id, (CAST(substr(i.occurred_on, 1, 4) AS INTEGER) * 10 + "
    "(CAST(substr(i.occurred_on, 6, 2) AS INTEGER) + 2) / 3), i.kind, count(*) FROM incident i "
    "JOIN unit_closure c ON c.unit_id = i.unit_id WHERE i.deleted_at IS NULL GROUP BY 1, 2, 3";

} // namespace

TEST_CASE("a generated register has the schema and the tallies and search index of one kept row by row",
          "[generator][storage]")
{
    if (TestRegister::onServer())
        return; // the generator writes SQLite files; a server keeps its tallies by its own triggers
    TestRegister fresh;
    TestRegister reg;
    Generator::generate(*reg, Generator::Scale::Small);
    Database& db = reg->database();
    REQUIRE(Query(db, QStringLiteral("SELECT count(*) FROM incident")).scalar().toInt() > 250);

    // The triggers and indexes are back, word for word as in a register that was never generated.
    CHECK(schemaObjects(db) == schemaObjects(fresh->database()));

    // The tallies are those the plain count gives.
    CHECK(Query(db, QStringLiteral("SELECT count(*) FROM incident_tally")).scalar().toInt() > 0);
    CHECK(talliesDifferingFrom(db, QLatin1String(kPlainTallies)) == 0);

    // And those the triggers make, incident by incident: every incident taken out of the count
    // and put back through the update trigger.
    Transaction tx(db);
    Query(db,
          QStringLiteral("CREATE TEMP TABLE made AS SELECT scope_id, quarter, kind, n FROM incident_tally"))
        .exec();
    Query(db, QStringLiteral("DELETE FROM incident_tally")).exec();
    Query(db, QStringLiteral("UPDATE incident SET deleted_at = '2020-01-01T00:00:00Z'")).exec();
    CHECK(Query(db, QStringLiteral("SELECT count(*) FROM incident_tally")).scalar().toInt() == 0);
    Query(db, QStringLiteral("UPDATE incident SET deleted_at = NULL")).exec();
    CHECK(talliesDifferingFrom(db, QStringLiteral("SELECT * FROM temp.made")) == 0);
    Query(db, QStringLiteral("DROP TABLE temp.made")).exec();

    // Every full-text index agrees with its table, and finds what a plain search finds.
    for (const SearchSchema::Table& t : SearchSchema::step9Tables()) {
        const QString index = SearchSchema::indexOf(t.table);
        INFO(index.toStdString());
        CHECK_NOTHROW(
            Query(db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(index)).exec());
    }
    // A word of the generated text of each table (one that is no part of another word there).
    const QHash<QString, QString> words = {
        {QStringLiteral("risk"), QStringLiteral("myndighetsbeslut")},
        {QStringLiteral("action"), QStringLiteral("myndighetsbeslut")},
        {QStringLiteral("action_note"), QStringLiteral("offert")},
        {QStringLiteral("incident"), QStringLiteral("hotfullt")},
        {QStringLiteral("training"), QStringLiteral("grundkurs")},
        {QStringLiteral("routine"), QStringLiteral("larmrutin")},
        {QStringLiteral("alarm_equipment"), QStringLiteral("receptionen")},
        {QStringLiteral("person"), QStringLiteral("lindberg")},
        {QStringLiteral("org_unit"), QStringLiteral("kommunstyrelsen")},
        {QStringLiteral("site"), QStringLiteral("syntetstad")},
    };
    for (const SearchSchema::Table& t : SearchSchema::step9Tables()) {
        const QString table = QLatin1String(t.table);
        if (!words.contains(table))
            continue; // threat assessments: none generated
        INFO(table.toStdString());
        QStringList like;
        for (const char* c : t.columns)
            like << QStringLiteral("%1 LIKE '%%2%'").arg(QLatin1String(c), words.value(table));
        const int plain = Query(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                        .arg(table, like.join(QStringLiteral(" OR "))))
                              .scalar()
                              .toInt();
        CHECK(plain > 0);
        CHECK(Query(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?")
                            .arg(SearchSchema::indexOf(t.table)))
                  .bind(words.value(table))
                  .scalar()
                  .toInt() == plain);
    }
}

TEST_CASE("upkeep set aside and never finished comes back with the rollback", "[generator][storage]")
{
    if (TestRegister::onServer())
        return;
    TestRegister reg;
    Database& db = reg->database();
    const QStringList before = schemaObjects(db);
    {
        Transaction tx(db);
        DeferredUpkeep upkeep(db);
        upkeep.deferIndexes("incident");
        CHECK(schemaObjects(db) != before);
        // No commit: an error while generating leaves the file as it was.
    }
    CHECK(schemaObjects(db) == before);
    {
        Transaction tx(db);
        DeferredUpkeep upkeep(db);
        upkeep.deferIndexes("incident");
        upkeep.finish();
        tx.commit();
    }
    CHECK(schemaObjects(db) == before);
}
