#include "TestRegister.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"
#include "search/RegisterSearch.h"
#include "storage/BulkWriter.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/SearchSchema.h"
#include "storage/Tables.h"
#include "storage/TextSearch.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <algorithm>
#include <random>
#include <set>

using namespace sakra;

namespace {

// A unit with an owner and a category, to write risks with titles of a test's choosing.
struct SearchFixture : TopFixture
{
    SearchFixture() : TopFixture(QStringLiteral("Nämnden"), QStringLiteral("Förvaltningen"))
    {
        unit = reg.unit(UnitKind::Unit, QStringLiteral("Mottagningen"), admin);
        category = reg->riskCategories().all().front().id;
    }

    qint64 risk(const QString& title, const QString& description = QString())
    {
        Risk r;
        r.unitId = unit;
        r.categoryId = category;
        r.title = title;
        r.description = description;
        r.likelihood = 2;
        r.consequence = 3;
        r.assessedOn = QDate(2026, 1, 15);
        r.reviewMonths = 12;
        return reg->risks().create(r);
    }

    // The titles of the risks the risk list shows for text, in title order.
    QStringList listed(const QString& text)
    {
        RiskQuery q;
        q.text = text;
        q.sort = RiskQuery::Sort::Title;
        q.ascending = true;
        QStringList out;
        for (const RiskRow& row : reg->risks().list(q))
            out << row.risk.title;
        CHECK(reg->risks().count(q) == out.size());
        return out;
    }

    // The uuids of the hits of area the global search finds for text.
    QStringList found(const QString& text, const QString& area, bool restricted = false)
    {
        QStringList out;
        for (const SearchHit& hit : RegisterSearch(reg->database()).find({text, 1000, restricted}))
            if (hit.area == area)
                out << hit.uuid;
        return out;
    }

    qint64 unit = 0, category = 0;
};

} // namespace

TEST_CASE("search folds case and keeps å, ä and ö letters of their own", "[search]")
{
    SearchFixture f;
    f.risk(QStringLiteral("Åskväder slår ut ställverket"));
    f.risk(QStringLiteral("Asfalten spricker vid infarten"));
    f.risk(QStringLiteral("ÖVERFALLSLARM saknas i receptionen"));
    f.risk(QStringLiteral("Oväder stänger vägen"));
    f.risk(QStringLiteral("Ärende om hot mot handläggare"));
    f.risk(QStringLiteral("Arbete ensam på natten"));

    CHECK(f.listed(QStringLiteral("ås")) == QStringList{QStringLiteral("Åskväder slår ut ställverket")});
    CHECK(f.listed(QStringLiteral("ÅS")) == QStringList{QStringLiteral("Åskväder slår ut ställverket")});
    CHECK(f.listed(QStringLiteral("as")) == QStringList{QStringLiteral("Asfalten spricker vid infarten")});
    CHECK(f.listed(QStringLiteral("över")) ==
          QStringList{QStringLiteral("ÖVERFALLSLARM saknas i receptionen")});
    CHECK(f.listed(QStringLiteral("ov")) == QStringList{QStringLiteral("Oväder stänger vägen")});
    CHECK(f.listed(QStringLiteral("ärende")) == QStringList{QStringLiteral("Ärende om hot mot handläggare")});
    CHECK(f.listed(QStringLiteral("ar")) == QStringList{QStringLiteral("Arbete ensam på natten")});
    // A letter inside a word: "ställverket" and "stänger" begin with "stä", "vägen" does not.
    CHECK(f.listed(QStringLiteral("stä")) == QStringList{QStringLiteral("Oväder stänger vägen"),
                                                         QStringLiteral("Åskväder slår ut ställverket")});
    CHECK(f.listed(QStringLiteral("väg")) == QStringList{QStringLiteral("Oväder stänger vägen")});
    // A decomposed å (a and a combining ring, as some keyboards and PDFs give it) is the same letter.
    CHECK(f.listed(QStringLiteral("a\u030As")) ==
          QStringList{QStringLiteral("Åskväder slår ut ställverket")});
}

TEST_CASE("search finds words by their beginning and needs every word of the text", "[search]")
{
    SearchFixture f;
    f.risk(QStringLiteral("Brandlarm utan återkoppling"), QStringLiteral("Larmet går till fel mottagare."));
    f.risk(QStringLiteral("Brand i soprum"), QStringLiteral("Anlagd brand, larmknapp saknas."));
    f.risk(QStringLiteral("Inbrott i förrådet"));

    CHECK(f.listed(QStringLiteral("b")) ==
          QStringList{QStringLiteral("Brand i soprum"), QStringLiteral("Brandlarm utan återkoppling")});
    CHECK(f.listed(QStringLiteral("brand")) ==
          QStringList{QStringLiteral("Brand i soprum"), QStringLiteral("Brandlarm utan återkoppling")});
    CHECK(f.listed(QStringLiteral("brandl")) == QStringList{QStringLiteral("Brandlarm utan återkoppling")});
    // Words are found by their beginning: "larm" is not found inside "Brandlarm", but in the
    // description ("Larmet", "larmknapp").
    CHECK(f.listed(QStringLiteral("larm")) ==
          QStringList{QStringLiteral("Brand i soprum"), QStringLiteral("Brandlarm utan återkoppling")});
    CHECK(f.listed(QStringLiteral("larmk")) == QStringList{QStringLiteral("Brand i soprum")});
    // Every word is needed, in any order, in any of the searched columns.
    CHECK(f.listed(QStringLiteral("soprum brand")) == QStringList{QStringLiteral("Brand i soprum")});
    CHECK(f.listed(QStringLiteral("brand inbrott")).isEmpty());
    CHECK(f.listed(QStringLiteral("  fel,  MOTTAGARE. ")) ==
          QStringList{QStringLiteral("Brandlarm utan återkoppling")});
    CHECK(f.listed(QStringLiteral("brandlarmet")).isEmpty());
    CHECK(f.listed(QString()).size() == 3);
    CHECK(f.listed(QStringLiteral("   ")).size() == 3);
}

TEST_CASE("search text that looks like the index's query language is taken as plain words", "[search]")
{
    SearchFixture f;
    f.risk(QStringLiteral("Ordning i kassan"), QStringLiteral("Nära entrén, not 100% säkert"));
    f.risk(QStringLiteral("Andra risken"));
    // Operators, quotes, stars, column filters and parentheses are words or separators, never syntax.
    for (const QString& text :
         {QStringLiteral("OR"), QStringLiteral("or*"), QStringLiteral("\"ordning"),
          QStringLiteral("ordning:"), QStringLiteral("(ordning"), QStringLiteral("(ordning)"),
          QStringLiteral("ordning^"), QStringLiteral("NOT 100"), QStringLiteral("100%"),
          QStringLiteral("nära -entrén")}) {
        INFO(text.toStdString());
        CHECK(f.listed(text) == QStringList{QStringLiteral("Ordning i kassan")});
    }
    CHECK(f.listed(QStringLiteral("AND")) == QStringList{QStringLiteral("Andra risken")});
    CHECK(TextSearch::matchExpression(QStringLiteral("a\"b OR c*")) ==
          QStringLiteral("\"a\"* \"b\"* \"OR\"* \"c\"*"));
    // Only signs: no word to look for, so the list shows nothing rather than everything.
    for (const QString& text : {QStringLiteral("%"), QStringLiteral("\""), QStringLiteral("*"),
                                QStringLiteral("-- ,"), QStringLiteral("()")}) {
        INFO(text.toStdString());
        CHECK(f.listed(text).isEmpty());
        CHECK(RegisterSearch(f.reg->database()).find({text, 10, true}).empty());
    }
    CHECK_THROWS_WITH(RegisterSearch(f.reg->database()).find({QStringLiteral("ordning"), 0, false}),
                      Catch::Contains("minst 1"));
}

TEST_CASE("changes, removals and restores show in search at once", "[search]")
{
    SearchFixture f;
    const qint64 id = f.risk(QStringLiteral("Hot i receptionen"));
    const QString uuid = f.reg->risks().get(id).uuid;
    CHECK(f.found(QStringLiteral("recep"), QStringLiteral("risk")) == QStringList{uuid});

    Risk r = f.reg->risks().get(id);
    r.title = QStringLiteral("Våld i väntrummet");
    f.reg->risks().update(r);
    CHECK(f.found(QStringLiteral("recep"), QStringLiteral("risk")).isEmpty());
    CHECK(f.listed(QStringLiteral("recep")).isEmpty());
    CHECK(f.found(QStringLiteral("väntrum"), QStringLiteral("risk")) == QStringList{uuid});

    f.reg->risks().remove(id);
    CHECK(f.found(QStringLiteral("väntrum"), QStringLiteral("risk")).isEmpty());
    CHECK(f.listed(QStringLiteral("väntrum")).isEmpty());
    f.reg->risks().restore(id);
    CHECK(f.found(QStringLiteral("väntrum"), QStringLiteral("risk")) == QStringList{uuid});

    // A write that bypasses the repositories (imports, merges, generation) keeps the index too.
    Database& db = f.reg->database();
    {
        Transaction tx(db);
        BulkWriter writer(db);
        QVariantList values = writer.load(Tables::risk(), id)->mid(4);
        values[int(std::find_if(Tables::risk().columns.begin(), Tables::risk().columns.end(),
                                [](const Column& c) { return qstrcmp(c.name, "title") == 0; }) -
                   Tables::risk().columns.begin())] = QStringLiteral("Skadegörelse på fasaden");
        writer.update(Tables::risk(), id, values);
        const qint64 added = writer.insert(Tables::risk(), writer.filled(), values);
        CHECK(added > id);
        tx.commit();
    }
    CHECK(f.found(QStringLiteral("väntrum"), QStringLiteral("risk")).isEmpty());
    CHECK(f.listed(QStringLiteral("skadeg fasad")).size() == 2);
    // A row deleted outside Säkra's own writes leaves the index with it.
    Query(db, QStringLiteral("DELETE FROM risk WHERE id = ?")).bind(id).exec();
    CHECK(f.listed(QStringLiteral("skadeg")).size() == 1);
    // The file's index agrees with the rows it points at (a server indexes the rows themselves).
    if (!db.onServer())
        CHECK_NOTHROW(
            Query(db, QStringLiteral("INSERT INTO risk_search (risk_search) VALUES ('integrity-check')"))
                .exec());
}

TEST_CASE("restricted rows stay out of search unless the caller asks for them", "[search][restricted]")
{
    SearchFixture f;
    ThreatAssessment t;
    t.unitId = f.unit;
    t.assessedOn = QDate(2026, 2, 1);
    t.subject = QStringLiteral("Rektorn på Björkskolan");
    t.description = QStringLiteral("Hotfulla brev till rektorn");
    t.measures = QStringLiteral("Larmknapp och följe till bilen");
    const qint64 id = f.reg->threatAssessments().create(t);
    const QString uuid = f.reg->threatAssessments().get(id).uuid;
    f.risk(QStringLiteral("Hotfulla brev till skolan"));

    for (const QString& text : {QStringLiteral("rektor"), QStringLiteral("björk"),
                                QStringLiteral("larmknapp"), QStringLiteral("hotfulla brev")}) {
        INFO(text.toStdString());
        const auto hidden = RegisterSearch(f.reg->database()).find({text, 50, false});
        CHECK(std::none_of(hidden.begin(), hidden.end(), [&](const SearchHit& h) {
            return h.uuid == uuid || h.area == QLatin1String("threatAssessment");
        }));
        CHECK(f.found(text, QStringLiteral("threatAssessment"), true) == QStringList{uuid});
    }
    CHECK(f.found(QStringLiteral("hotfulla"), QStringLiteral("risk")).size() == 1);
    CHECK(RegisterSearch::isRestricted(QStringLiteral("threatAssessment")));
    CHECK_FALSE(RegisterSearch::isRestricted(QStringLiteral("risk")));
    f.reg->threatAssessments().remove(id);
    CHECK(f.found(QStringLiteral("rektor"), QStringLiteral("threatAssessment"), true).isEmpty());
}

TEST_CASE("the global search finds a row of every searched table in the demo register", "[search]")
{
    TestRegister reg(true);
    Database& db = reg->database();
    const QHash<QString, QString> areaOf = {
        {QStringLiteral("risk"), QStringLiteral("risk")},
        {QStringLiteral("action"), QStringLiteral("action")},
        {QStringLiteral("action_note"), QStringLiteral("actionNote")},
        {QStringLiteral("incident"), QStringLiteral("incident")},
        {QStringLiteral("training"), QStringLiteral("training")},
        {QStringLiteral("routine"), QStringLiteral("routine")},
        {QStringLiteral("alarm_equipment"), QStringLiteral("alarm")},
        {QStringLiteral("person"), QStringLiteral("person")},
        {QStringLiteral("org_unit"), QStringLiteral("unit")},
        {QStringLiteral("site"), QStringLiteral("site")},
        {QStringLiteral("threat_assessment"), QStringLiteral("threatAssessment")},
    };
    REQUIRE(int(SearchSchema::step9Tables().size()) == areaOf.size());
    for (const SearchSchema::Table& t : SearchSchema::step9Tables()) {
        const QString table = QLatin1String(t.table);
        INFO(t.table);
        REQUIRE(areaOf.contains(table));
        CHECK(RegisterSearch::areas().contains(areaOf.value(table)));
        CHECK_FALSE(RegisterSearch::areaLabel(areaOf.value(table)).isEmpty());
        // The last live row's first indexed column: all its words together find it.
        Query q(db,
                QStringLiteral("SELECT uuid, %1 FROM %2 WHERE deleted_at IS NULL AND %1 <> '' ORDER BY id "
                               "DESC LIMIT 1")
                    .arg(QLatin1String(t.columns.front()), table));
        q.exec();
        REQUIRE(q.next());
        const QString uuid = q.value(0).toString();
        const QString text = q.value(1).toString();
        bool seen = false;
        for (const SearchHit& hit : RegisterSearch(db).find({text, 100000, true})) {
            CHECK_FALSE(hit.title.isEmpty());
            CHECK(hit.title.size() <= 120);
            CHECK_FALSE(hit.title.contains(QLatin1Char('\n')));
            if (hit.uuid == uuid) {
                CHECK(hit.area == areaOf.value(table));
                seen = true;
            }
        }
        CHECK(seen);
    }
}

TEST_CASE("search finds what a scan of every row with LIKE finds, on random text", "[search][random]")
{
    SearchFixture f;
    // Words of a small alphabet with å, ä and ö, so prefixes are shared often; ASCII letters in either
    // case (as LIKE folds them) and å, ä, ö in lower case (LIKE compares those as they are).
    QRandomGenerator random(20261129);
    const QString letters = QStringLiteral("aåäoöeb");
    const auto word = [&] {
        QString w;
        const int n = 1 + int(random.bounded(5));
        for (int i = 0; i < n; ++i) {
            QChar c = letters.at(int(random.bounded(letters.size())));
            if (c.unicode() < 128 && random.bounded(2))
                c = c.toUpper();
            w += c;
        }
        return w;
    };
    const QStringList separators = {QStringLiteral(" "), QStringLiteral(", "), QStringLiteral("-"),
                                    QStringLiteral(". ")};
    const auto text = [&](int words) {
        QString t = word();
        for (int i = 1; i < words; ++i)
            t += separators.at(int(random.bounded(separators.size()))) + word();
        return t;
    };
    std::vector<qint64> ids;
    for (int i = 0; i < 300; ++i)
        ids.push_back(f.risk(text(1 + int(random.bounded(4))),
                             random.bounded(3) ? text(int(random.bounded(6)) + 1) : QString()));
    // Some removed and some changed, so the index has had deletions to keep.
    std::shuffle(ids.begin(), ids.end(), std::mt19937(20261129));
    for (int i = 0; i < 30; ++i)
        f.reg->risks().remove(ids.at(std::size_t(i)));
    for (int i = 30; i < 60; ++i) {
        Risk r = f.reg->risks().get(ids.at(std::size_t(i)));
        r.title = text(2);
        f.reg->risks().update(r);
    }

    Database& db = f.reg->database();
    const auto likeScan = [&](const QStringList& words) {
        // A word begins a word of a column: after the start or a separator.
        const QString column =
            QStringLiteral("(' ' || replace(replace(replace(%1, ',', ' '), '-', ' '), '.', ' '))");
        QStringList all;
        for (int i = 0; i < words.size(); ++i)
            all << QStringLiteral("(%1 LIKE ? OR %2 LIKE ? OR %3 LIKE ?)")
                       .arg(column.arg(QStringLiteral("title")), column.arg(QStringLiteral("description")),
                            column.arg(QStringLiteral("threat_source")));
        Query q(db, QStringLiteral("SELECT uuid FROM risk WHERE deleted_at IS NULL AND ") +
                        all.join(QStringLiteral(" AND ")));
        for (const QString& w : words)
            for (int i = 0; i < 3; ++i)
                q.bind(QStringLiteral("% ") + w.toLower() + QLatin1Char('%'));
        q.exec();
        std::set<QString> out;
        while (q.next())
            out.insert(q.value(0).toString());
        return out;
    };
    int nonEmpty = 0;
    for (int i = 0; i < 200; ++i) {
        // Queries in random case, Å, Ä and Ö too: the index folds them, the scan gets them lowered.
        QStringList words;
        const int n = 1 + int(random.bounded(2));
        for (int k = 0; k < n; ++k) {
            const QString w = word();
            words << (random.bounded(2) ? w.toUpper() : w);
        }
        const QString query = words.join(QLatin1Char(' '));
        INFO(query.toStdString());
        const std::set<QString> expected = likeScan(words);
        RiskQuery q;
        q.text = query;
        std::set<QString> listed;
        for (const RiskRow& row : f.reg->risks().list(q))
            listed.insert(row.risk.uuid);
        CHECK(listed == expected);
        CHECK(f.reg->risks().count(q) == qint64(expected.size()));
        const QStringList hits = f.found(query, QStringLiteral("risk"));
        CHECK(std::set<QString>(hits.begin(), hits.end()) == expected);
        nonEmpty += expected.empty() ? 0 : 1;
    }
    CHECK(nonEmpty > 50); // the queries found something often enough to mean something
}

TEST_CASE("migration step 9 indexes the rows a register already has", "[search][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sakra"));
    {
        Database db;
        db.createAtVersion(path, 8);
        Query(db,
              QStringLiteral("INSERT INTO org_unit (uuid, created_at, updated_at, updated_by, kind, name) "
                             "VALUES ('8a7a1f3e-0000-4000-8000-000000000001', 'x', 'x', 'x', 'municipality', "
                             "'Gamla Ålkommunen')"))
            .exec();
        Query(db, QStringLiteral(
                      "INSERT INTO site (uuid, created_at, updated_at, updated_by, name, city, deleted_at) "
                      "VALUES ('8a7a1f3e-0000-4000-8000-000000000002', 'x', 'x', 'x', 'Ålgatan 1', "
                      "'Ösby', 'x')"))
            .exec();
    }
    auto reg = Register::open(path);
    CHECK(reg->database().schemaVersion() == Schema::currentVersion());
    CHECK(Schema::currentVersion() >= 9);
    const auto hits = RegisterSearch(reg->database()).find({QStringLiteral("ål"), 10, false});
    REQUIRE(hits.size() == 1); // the removed site is indexed but not found
    CHECK(hits.front().area == QStringLiteral("unit"));
    CHECK(hits.front().uuid == QStringLiteral("8a7a1f3e-0000-4000-8000-000000000001"));
    CHECK(hits.front().title == QStringLiteral("Gamla Ålkommunen"));
    // Restoring the site outside the repositories (as a merge would) finds it again.
    Query(reg->database(), QStringLiteral("UPDATE site SET deleted_at = NULL")).exec();
    CHECK(RegisterSearch(reg->database()).find({QStringLiteral("ösby"), 10, false}).size() == 1);
}

TEST_CASE("an imported register is searchable as its source", "[search][exchange]")
{
    TestRegister source(true);
    TestRegister target;
    const QByteArray json = JsonExporter::exportRegister(*source, true);
    JsonImporter::importRegister(*target, json);
    for (const QString& text : {QStringLiteral("hot"), QStringLiteral("larm"), QStringLiteral("brand"),
                                QStringLiteral("Tjänsteman")}) {
        INFO(text.toStdString());
        const auto uuids = [&](Register& r) {
            std::set<QString> out;
            for (const SearchHit& hit : RegisterSearch(r.database()).find({text, 100000, true}))
                out.insert(hit.area + hit.uuid);
            return out;
        };
        CHECK(uuids(*target) == uuids(*source));
    }
    CHECK_FALSE(RegisterSearch(target->database()).find({QStringLiteral("hot"), 5, false}).empty());
}
