#include "TestRegister.h"
#include "exchange/ImportUndo.h"
#include "exchange/SpreadsheetImporter.h"
#include "storage/RecordStore.h"
#include "storage/Tables.h"

#include <QElapsedTimer>
#include <QFile>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {

// Imports a CSV file's one sheet as table with the automatic mapping.
SpreadsheetImporter::Result importCsv(TestRegister& reg, const QByteArray& csv, const TableSpec& table)
{
    const QString path = reg.file(QStringLiteral("import.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(csv);
    file.close();
    const SpreadsheetImporter importer = SpreadsheetImporter::open(path);
    const SheetMapping mapping = importer.proposeMapping(importer.workbook().sheets.front().name, table);
    SpreadsheetImporter::Options options;
    options.backupFolder = reg.file(QStringLiteral("backups"));
    return importer.commit(*reg, {mapping}, options);
}

bool isLive(TestRegister& reg, const TableSpec& table, qint64 id)
{
    return RecordStore(reg->database(), table).isLive(id);
}

} // namespace

TEST_CASE("an import lists every row it wrote with the values updated rows had before",
          "[spreadsheet][import][undo]")
{
    TestRegister reg;
    const qint64 administration =
        std::get<2>(reg.top(QStringLiteral("Socialnämnden"), QStringLiteral("Socialförvaltningen")));
    const qint64 anna = reg.person(QStringLiteral("Anna Berg"), administration);
    Person stored = reg->people().get(anna);
    stored.title = QStringLiteral("Lärare");
    reg->people().update(stored);
    const qint64 bo = reg.person(QStringLiteral("Bo Ek"), administration);

    const auto result = importCsv(reg,
                                  "Namn;Titel;Enhet\nAnna Berg;Rektor;Socialförvaltningen\n"
                                  "Bo Ek;;Socialförvaltningen\nCecilia Ny;Kurator;Socialförvaltningen\n",
                                  Tables::person());
    REQUIRE(result.outcome == SpreadsheetImporter::Result::Outcome::Imported);
    CHECK(result.preview.updated == 1);
    CHECK(result.preview.unchanged == 1);
    CHECK(result.preview.created == 1);
    // Bo's row is unchanged: not written, not listed.
    REQUIRE(result.written.size() == 2);
    const ImportedRow& updated = result.written[0];
    CHECK(updated.table == &Tables::person());
    CHECK(updated.id == anna);
    CHECK_FALSE(updated.created);
    CHECK(updated.before.value(QStringLiteral("title")).toString() == QStringLiteral("Lärare"));
    CHECK(updated.after.value(QStringLiteral("title")).toString() == QStringLiteral("Rektor"));
    CHECK(updated.before.value(QStringLiteral("unit_id")).toLongLong() == administration);
    const ImportedRow& created = result.written[1];
    CHECK(created.created);
    CHECK_FALSE(created.removed);
    const QString cecilia = reg->people().get(created.id).uuid;

    ImportUndo::undo(*reg, result.written);
    CHECK(reg->people().get(anna).title == QStringLiteral("Lärare"));
    CHECK_FALSE(isLive(reg, Tables::person(), created.id));
    CHECK(isLive(reg, Tables::person(), bo));
    // The history records the way back as an update and a removal.
    const auto history = reg->history().entriesFor(reg->people().get(anna).uuid);
    REQUIRE_FALSE(history.empty());
    CHECK(history.back().action == QStringLiteral("update"));
    CHECK(history.back().newValue.toString() == QStringLiteral("Lärare"));
    CHECK(reg->history().entriesFor(cecilia).back().action == QStringLiteral("delete"));

    ImportUndo::redo(*reg, result.written);
    CHECK(reg->people().get(anna).title == QStringLiteral("Rektor"));
    REQUIRE(isLive(reg, Tables::person(), created.id));
    CHECK(reg->people().get(created.id).uuid == cecilia); // the same row, the same UUID
    CHECK(reg->people().get(created.id).title == QStringLiteral("Kurator"));
}

TEST_CASE("a refused or cancelled import lists no written rows", "[spreadsheet][import][undo]")
{
    TestRegister reg;
    const auto result = importCsv(reg, "Namn;Ort\nStadshuset;Linköping\n;Linköping\n", Tables::site());
    CHECK(result.outcome == SpreadsheetImporter::Result::Outcome::Refused);
    CHECK(result.written.empty());
}

TEST_CASE("an import of 10000 rows is taken back and done again in one step each way",
          "[spreadsheet][import][undo]")
{
    TestRegister reg;
    QByteArray csv = "Namn;Ort\n";
    for (int i = 1; i <= 10000; ++i)
        csv += QStringLiteral("Lokal %1;Ort %2\n").arg(i).arg(i % 17).toUtf8();
    const auto result = importCsv(reg, csv, Tables::site());
    REQUIRE(result.outcome == SpreadsheetImporter::Result::Outcome::Imported);
    REQUIRE(result.written.size() == 10000);
    QElapsedTimer timer;
    timer.start();
    ImportUndo::undo(*reg, result.written);
    const qint64 undoMs = timer.restart();
    CHECK(reg->sites().all().empty());
    ImportUndo::redo(*reg, result.written);
    const qint64 redoMs = timer.elapsed();
    CHECK(reg->sites().all().size() == 10000);
    WARN("undo " << undoMs << " ms, redo " << redoMs << " ms for 10000 rows");
}
