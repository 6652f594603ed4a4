#include "TestRegister.h"
#include "exchange/Generator.h"
#include "exchange/ImportError.h"
#include "exchange/JsonExporter.h"
#include "exchange/SheetColumns.h"
#include "exchange/SpreadsheetExporter.h"
#include "exchange/SpreadsheetFile.h"
#include "exchange/SpreadsheetImporter.h"
#include "exchange/XlsxReader.h"
#include "organisation/UnitKind.h"
#include "storage/HashChain.h"
#include "storage/Query.h"
#include "storage/Tables.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTime>
#include <catch2/catch.hpp>

using namespace sakra;

namespace {
// The top of an organisation for social services: the imports name its board and administration.
struct SocialServices : TopFixture
{
    SocialServices() : TopFixture(QStringLiteral("Socialnämnden"), QStringLiteral("Socialförvaltningen")) {}
};

QString fixture(const QString& name)
{
    return QStringLiteral(SAKRA_TEST_DATA "/sheets/") + name;
}

// The message SpreadsheetFile gives for a file, or an empty string when it reads.
QString refusalOf(const QString& path)
{
    try {
        SpreadsheetFile::read(path);
    } catch (const ImportError& e) {
        return e.message();
    }
    return QString();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Every table's rows by UUID, without what an import may set anew (times, who, versions).
QMap<QString, QJsonObject> rowsOf(const QByteArray& json)
{
    QMap<QString, QJsonObject> rows;
    const QJsonObject tables =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("tables")).toObject();
    for (auto t = tables.begin(); t != tables.end(); ++t)
        for (const QJsonValue& v : t.value().toArray()) {
            QJsonObject row = v.toObject();
            for (const char* key : {"created_at", "updated_at", "updated_by", "row_version"})
                row.remove(QLatin1String(key));
            rows.insert(t.key() + QLatin1Char('/') + row.value(QStringLiteral("uuid")).toString(), row);
        }
    return rows;
}

qint64 count(Register& reg, const char* table)
{
    for (const auto& [name, n] : reg.stats())
        if (name == QLatin1String(table))
            return n;
    return -1;
}

std::vector<BudgetLine> linesOf(Register& reg, qint64 board)
{
    std::vector<BudgetLine> lines;
    for (const BudgetRow& row : reg.budget().all())
        if (row.line.boardId == board)
            lines.push_back(row.line);
    return lines;
}

// A sheet with Säkra's Swedish headers for table (UUIDs and removal included) and one row per
// map of column keys (SheetColumns::layoutOf) to cells.
SheetData sheetOf(const QString& name, const TableSpec& table, const std::vector<QVariantMap>& rows)
{
    const auto layout = SheetColumns::layoutOf(table, false, false);
    SheetData sheet{name, false, {}};
    SheetRow header{1, {}};
    for (const SheetColumns::SheetColumn& c : layout)
        header.cells << c.header;
    sheet.rows.push_back(header);
    for (const QVariantMap& values : rows) {
        SheetRow row{int(sheet.rows.size()) + 1, {}};
        for (const SheetColumns::SheetColumn& c : layout)
            row.cells << values.value(c.key);
        sheet.rows.push_back(row);
    }
    return sheet;
}

SpreadsheetImporter::Result importFile(Register& reg, const QString& path, const TableSpec& table,
                                       const QString& backups)
{
    const SpreadsheetImporter importer = SpreadsheetImporter::open(path);
    const SheetMapping mapping = importer.proposeMapping(importer.workbook().sheets.front().name, table);
    SpreadsheetImporter::Options options;
    options.backupFolder = backups;
    return importer.commit(reg, {mapping}, options);
}

} // namespace

TEST_CASE("a generated register goes through its own workbook into an empty register unchanged",
          "[spreadsheet][import]")
{
    // The generator's small scale: every kind of row the municipality scale has, in seconds.
    TestRegister generated;
    Generator::generate(*generated, Generator::Scale::Small);
    const QString workbook = generated.file(QStringLiteral("generated.xlsx"));
    SpreadsheetExporter::writeWorkbook(*generated, workbook, {});
    TestRegister empty;
    const SpreadsheetImporter importer = SpreadsheetImporter::open(workbook);
    SpreadsheetImporter::Options options;
    options.backupFolder = empty.file(QStringLiteral("backups"));
    const auto result = importer.commit(*empty, importer.ownMappings(), options);
    REQUIRE(result.preview.refusals.empty());
    REQUIRE(result.outcome == SpreadsheetImporter::Result::Outcome::Imported);

    const auto expected = rowsOf(JsonExporter::exportRegister(*generated, false));
    const auto actual = rowsOf(JsonExporter::exportRegister(*empty, false));
    CHECK(expected.size() > 1000);

    // Each new row's history is the JSON object QJsonDocument writes (keys sorted, values as
    // text), and the chain holds.
    Query history(empty->database(),
                  QStringLiteral("SELECT new_value FROM change_log WHERE action = 'create' ORDER BY id"));
    history.exec();
    qint64 created = 0;
    while (history.next()) {
        const QString json = history.value(0).toString();
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
        INFO(json.toStdString());
        CHECK(!object.isEmpty());
        for (auto v = object.begin(); v != object.end(); ++v)
            CHECK(v.value().isString());
        CHECK(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) == json);
        ++created;
    }
    CHECK(created == result.preview.created);
    CHECK(HashChain::verify(empty->database()).intact());
    CHECK(actual.size() == expected.size());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(actual.value(it.key()) == it.value());
    }
}

TEST_CASE("the demo register goes through its own workbook into an empty register unchanged",
          "[spreadsheet][import]")
{
    TestRegister demo(true);
    const QString workbook = demo.file(QStringLiteral("demo.xlsx"));
    SpreadsheetExporter::writeWorkbook(*demo, workbook, {});
    TestRegister empty;
    const SpreadsheetImporter importer = SpreadsheetImporter::open(workbook);
    const std::vector<SheetMapping> mappings = importer.ownMappings();
    REQUIRE(mappings.size() == Tables::all().size() - 1); // threat assessments are restricted
    for (const SheetMapping& m : mappings)
        CHECK(m.ignored().isEmpty());

    const ImportPreview preview = importer.preview(*empty, mappings);
    CHECK(preview.refusals.empty());
    CHECK(preview.created > 400);
    CHECK(empty->holdsNoData()); // a preview writes nothing

    SpreadsheetImporter::Options options;
    options.backupFolder = empty.file(QStringLiteral("backups"));
    qint64 lastDone = 0;
    options.progress = [&](qint64 done, qint64) { lastDone = done; };
    const auto result = importer.commit(*empty, mappings, options);
    REQUIRE(result.outcome == SpreadsheetImporter::Result::Outcome::Imported);
    CHECK(result.preview.created == preview.created);
    CHECK(QFile::exists(result.backupPath));
    CHECK(lastDone == preview.created + preview.updated + preview.unchanged);

    const auto expected = rowsOf(JsonExporter::exportRegister(*demo, false));
    const auto actual = rowsOf(JsonExporter::exportRegister(*empty, false));
    CHECK(actual.size() == expected.size());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        INFO(it.key().toStdString());
        CHECK(actual.value(it.key()) == it.value());
    }

    // The same workbook again: every row is there already and nothing changes.
    const ImportPreview again = importer.preview(*empty, mappings);
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == preview.created + preview.unchanged);
}

TEST_CASE_METHOD(
    SocialServices,
    "a Windows-1252 semicolon CSV with Swedish letters, decimal commas and a formula-like cell imports",
    "[spreadsheet][import][csv]")
{
    // Swedish Excel's "CSV (semikolonavgränsad)": Windows-1252, no BOM.
    const QString budget = reg.file(QStringLiteral("budget.csv"));
    writeFile(budget, QByteArray("N\xe4mnd;\xc5r;Belopp (kr);Anteckning\r\n"
                                 "Socialn\xe4mnden;2026;\"1 250 000,00\";'=SUMMA(A1:A3) \xe5 \xe4 \xf6\r\n"
                                 "socialn\xe4mnden;2027;12 500 kr;H\xf6jd ram, \"f\xf6r\" v\xe5ld\r\n"));
    const auto result = importFile(*reg, budget, Tables::budgetLine(), reg.file(QStringLiteral("b")));
    INFO((result.preview.refusals.empty() ? QString() : result.preview.refusals.front().message)
             .toStdString());
    REQUIRE(result.outcome == SpreadsheetImporter::Result::Outcome::Imported);
    CHECK(result.preview.created == 2);
    const auto lines = linesOf(*reg, board);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].amountKr == 1250000);
    CHECK(lines[0].note == QStringLiteral("=SUMMA(A1:A3) å ä ö"));
    CHECK(lines[1].amountKr == 12500);
    CHECK(lines[1].note == QStringLiteral("Höjd ram, \"för\" våld"));

    // An amount with a fraction of a krona is refused, naming the row and the column.
    writeFile(budget, QByteArray("N\xe4mnd;\xc5r;Belopp (kr)\r\nSocialn\xe4mnden;2028;1,5\r\n"));
    const auto refused = importFile(*reg, budget, Tables::budgetLine(), reg.file(QStringLiteral("b")));
    REQUIRE(refused.outcome == SpreadsheetImporter::Result::Outcome::Refused);
    REQUIRE(refused.preview.refusals.size() == 1);
    CHECK(refused.preview.refusals[0].row == 2);
    CHECK(refused.preview.refusals[0].column == QStringLiteral("Belopp (kr)"));
    CHECK(refused.preview.refusals[0].message.contains(QStringLiteral("heltal")));
}

TEST_CASE_METHOD(
    SocialServices,
    "one bad row among a hundred refuses the whole import, names the sheet row and changes nothing",
    "[spreadsheet][import]")
{
    QByteArray csv = "\xEF\xBB\xBFNamn,E-post,Enhet\n";
    for (int i = 1; i <= 100; ++i)
        csv +=
            QStringLiteral("Person %1,person%1@kommun.se,%2\n")
                .arg(i)
                .arg(i == 57 ? QStringLiteral("Socialförvaltninge") : QStringLiteral("Socialförvaltningen"))
                .toUtf8();
    const QString path = reg.file(QStringLiteral("people.csv"));
    writeFile(path, csv);
    const QByteArray before = JsonExporter::exportRegister(*reg, true);
    const auto result = importFile(*reg, path, Tables::person(), reg.file(QStringLiteral("b")));
    CHECK(result.outcome == SpreadsheetImporter::Result::Outcome::Refused);
    CHECK(result.preview.refused == 1);
    REQUIRE(result.preview.refusals.size() == 1);
    const ImportRefusal& r = result.preview.refusals.front();
    CHECK(r.row == 58); // the header is row 1
    CHECK(r.column == QStringLiteral("Enhet"));
    CHECK(r.value == QStringLiteral("Socialförvaltninge"));
    CHECK(r.message.contains(QStringLiteral("menade du ”Kommunen › Socialnämnden › Socialförvaltningen”")));
    CHECK(count(*reg, "person") == 0);
    CHECK(JsonExporter::exportRegister(*reg, true) == before);
}

TEST_CASE_METHOD(SocialServices,
                 "rows are matched by natural key, an ambiguous match is refused and nothing is deleted",
                 "[spreadsheet][import]")
{
    const qint64 first = reg.unit(UnitKind::Unit, QStringLiteral("Solen"), admin);
    const qint64 culture =
        reg.unit(UnitKind::Administration, QStringLiteral("Kulturförvaltningen"), board, board);
    reg.unit(UnitKind::Unit, QStringLiteral("Solen"), culture);
    const qint64 anna = reg.person(QStringLiteral("Anna Berg"), first);
    reg.person(QStringLiteral("Bo Ek"), first);
    const QString path = reg.file(QStringLiteral("people.csv"));
    // Anna by name: an update; Bo is not in the sheet and stays; Cecilia is new.
    writeFile(path,
              "Namn;Titel;Enhet\nAnna Berg;Rektor;Kommunen › Socialnämnden › Socialförvaltningen › Solen\n"
              "Cecilia Ny;Lärare;Socialförvaltningen\n");
    const auto result = importFile(*reg, path, Tables::person(), reg.file(QStringLiteral("b")));
    REQUIRE(result.outcome == SpreadsheetImporter::Result::Outcome::Imported);
    CHECK(result.preview.updated == 1);
    CHECK(result.preview.created == 1);
    CHECK(reg->people().get(anna).title == QStringLiteral("Rektor"));
    CHECK(count(*reg, "person") == 3);

    // "Solen" alone names two units: refused with both paths.
    writeFile(path, "Namn;Enhet\nDavid;Solen\n");
    const auto ambiguous = importFile(*reg, path, Tables::person(), reg.file(QStringLiteral("b")));
    REQUIRE(ambiguous.preview.refusals.size() == 1);
    CHECK(ambiguous.preview.refusals[0].message.contains(
        QStringLiteral("Kommunen › Socialnämnden › Kulturförvaltningen › Solen")));
    CHECK(ambiguous.preview.refusals[0].message.contains(
        QStringLiteral("Kommunen › Socialnämnden › Socialförvaltningen › Solen")));
}

TEST_CASE_METHOD(SocialServices,
                 "a reference to a removed row is refused, whether removed before the import or by it",
                 "[spreadsheet][import][refusal]")
{
    const qint64 closed = reg.unit(UnitKind::Unit, QStringLiteral("Stängda enheten"), admin);
    const QString closedUuid = reg->units().uuidOf(closed);
    reg->units().remove(closed);
    const QString administrationUuid = reg->units().uuidOf(admin);
    const QString goneUuid = QStringLiteral("6d7e3f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6");

    // Säkra's own workbook keeps removed rows: a unit comes in removed, then trainings at it, at
    // the unit removed before the import, and at a unit in use.
    const auto training = [](const QString& title, const QString& unitUuid) {
        return QVariantMap{{QStringLiteral("kind"), QStringLiteral("Brandövning")},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("unit_id"), unitUuid},
                           {QStringLiteral("held_on"), QStringLiteral("2026-01-10")},
                           {QStringLiteral("participants"), 5},
                           {QStringLiteral("target_group"), 10}};
    };
    WorkbookData book;
    book.sheets.push_back(
        sheetOf(QStringLiteral("Enheter"), Tables::orgUnit(),
                {{{QStringLiteral("uuid"), goneUuid},
                  {QStringLiteral("name"), QStringLiteral("Nedlagda enheten")},
                  {QStringLiteral("kind"), QStringLiteral("unit")},
                  {QStringLiteral("parent_id"), administrationUuid},
                  {QStringLiteral("deleted_at"), QStringLiteral("2026-01-02T08:00:00.000Z")}}}));
    book.sheets.push_back(sheetOf(QStringLiteral("Utbildningar"), Tables::training(),
                                  {training(QStringLiteral("Vid den nedlagda"), goneUuid),
                                   training(QStringLiteral("Vid den stängda"), closedUuid),
                                   training(QStringLiteral("Vid förvaltningen"), administrationUuid)}));
    const SpreadsheetImporter importer(book);
    const std::vector<SheetMapping> mappings{
        importer.proposeMapping(QStringLiteral("Enheter"), Tables::orgUnit()),
        importer.proposeMapping(QStringLiteral("Utbildningar"), Tables::training())};
    for (const SheetMapping& m : mappings)
        REQUIRE(m.ignored().isEmpty());
    const QByteArray before = JsonExporter::exportRegister(*reg, true);
    SpreadsheetImporter::Options options;
    options.backupFolder = reg.file(QStringLiteral("backups"));
    const auto result = importer.commit(*reg, mappings, options);
    CHECK(result.outcome == SpreadsheetImporter::Result::Outcome::Refused);
    QStringList refusals;
    for (const ImportRefusal& r : result.preview.refusals)
        refusals
            << QStringLiteral("%1 %2 %3 %4: %5").arg(r.sheet).arg(r.row).arg(r.column, r.value, r.message);
    INFO(refusals.join(QLatin1Char('\n')).toStdString());
    CHECK(result.preview.refused == 2);
    REQUIRE(result.preview.refusals.size() == 2);
    for (int i = 0; i < 2; ++i) {
        const ImportRefusal& r = result.preview.refusals[std::size_t(i)];
        CHECK(r.sheet == QStringLiteral("Utbildningar"));
        CHECK(r.row == 2 + i);
        CHECK(r.column == QStringLiteral("Enhet"));
        CHECK(r.message.contains(QStringLiteral("Välj den enhet som utbildningen")));
    }
    CHECK(JsonExporter::exportRegister(*reg, true) == before);

    // Without the trainings at removed units the same workbook imports.
    book.sheets.back().rows.erase(book.sheets.back().rows.begin() + 1, book.sheets.back().rows.begin() + 3);
    const SpreadsheetImporter good(book);
    const auto imported = good.commit(*reg, mappings, options);
    CHECK(imported.outcome == SpreadsheetImporter::Result::Outcome::Imported);
    CHECK(imported.preview.created == 2);
}

TEST_CASE("XLSX cells: rich text, inline strings, missing references, dates, merged cells and formulas",
          "[spreadsheet][import][xlsx]")
{
    const WorkbookData book = XlsxReader::read(fixture(QStringLiteral("features.xlsx")));
    REQUIRE(book.sheets.size() == 1);
    const SheetData& sheet = book.sheets.front();
    CHECK(sheet.name == QStringLiteral("Risker"));
    REQUIRE(sheet.rows.size() == 4); // style-only rows down to 1,048,576 take no room
    const QVariantList& header = sheet.rows[0].cells;
    CHECK(header == QVariantList{QStringLiteral("Titel"), QStringLiteral("Datum"), QStringLiteral("Belopp"),
                                 QStringLiteral("Sammanslaget")});
    const QVariantList& two = sheet.rows[1].cells;
    CHECK(two.at(0) == QVariant(QStringLiteral("Hot mot personal")));
    CHECK(two.at(1) == QVariant(QDate(2023, 3, 15)));
    CHECK(two.at(2) == QVariant(QStringLiteral("12 500 kr")));
    CHECK(two.at(3) == QVariant(3.0));
    CHECK(sheet.rows[2].number == 3);
    CHECK(sheet.rows[2].cells.at(1) == QVariant(QDate(2023, 3, 16)));
    CHECK(sheet.rows[2].cells.at(3) == QVariant(QTime(12, 0)));
    CHECK(sheet.rows[3].cells.at(1) == QVariant(QDate(2023, 3, 16))); // merged with the cell above

    const WorkbookData mac = XlsxReader::read(fixture(QStringLiteral("features-1904.xlsx")));
    CHECK(mac.sheets.front().rows[1].cells.at(1) == QVariant(QDate(2027, 3, 16)));
}

TEST_CASE("broken files are refused with a clear message", "[spreadsheet][import][refusal]")
{
    const std::pair<const char*, const char*> cases[] = {
        {"empty.csv", "tom"},
        {"random.bin", "varken en Excel-arbetsbok"},
        {"truncated.xlsx", "trasigt eller ofullständigt"},
        {"legacy.xls", "gamla Excel-formatet (.xls)"},
        {"encrypted.xlsx", "krypterad med ett lösenord"},
        {"malformed-xml.xlsx", "inte giltig XML"},
        {"zip-bomb.xlsx", "orimligt mycket data"},
        {"zip-bomb-many-sheets.xlsx", "orimligt mycket data"},
    };
    for (const auto& [file, words] : cases) {
        INFO(file);
        const QString message = refusalOf(fixture(QLatin1String(file)));
        CHECK(message.contains(QString::fromUtf8(words)));
    }
    CHECK(refusalOf(fixture(QStringLiteral("features.xlsx"))).isEmpty());
}

TEST_CASE_METHOD(SocialServices, "duplicate headers and a missing required column are refused before any row",
                 "[spreadsheet][import][refusal]")
{
    const auto duplicate = importFile(*reg, fixture(QStringLiteral("duplicate-headers.csv")), Tables::risk(),
                                      reg.file(QStringLiteral("b")));
    REQUIRE(duplicate.outcome == SpreadsheetImporter::Result::Outcome::Refused);
    REQUIRE(!duplicate.preview.refusals.empty());
    INFO(duplicate.preview.refusals[0].message.toStdString());
    CHECK(duplicate.preview.refusals[0].row == 1);
    CHECK(duplicate.preview.refusals[0].message.contains(QStringLiteral("både kolumn A och C")));

    const auto missing = importFile(*reg, fixture(QStringLiteral("missing-column.csv")), Tables::risk(),
                                    reg.file(QStringLiteral("b")));
    REQUIRE(missing.outcome == SpreadsheetImporter::Result::Outcome::Refused);
    bool namesUnit = false;
    for (const ImportRefusal& r : missing.preview.refusals)
        namesUnit = namesUnit ||
                    (r.column == QStringLiteral("Enhet") && r.message.contains(QStringLiteral("saknas")));
    CHECK(namesUnit);
    CHECK(count(*reg, "risk") == 0);
}

TEST_CASE("unmapped columns are listed as ignored and a cancelled import writes nothing",
          "[spreadsheet][import]")
{
    TestRegister reg;
    const QString path = reg.file(QStringLiteral("sites.csv"));
    writeFile(path, "Namn;Ort;Färg\nStadshuset;Linköping;blå\nBiblioteket;Linköping;röd\n");
    const SpreadsheetImporter importer = SpreadsheetImporter::open(path);
    const SheetMapping mapping = importer.proposeMapping(QStringLiteral("sites"), Tables::site());
    CHECK(mapping.ignored() == QStringList{QStringLiteral("Färg")});
    std::atomic_bool cancel{true};
    SpreadsheetImporter::Options options;
    options.cancel = &cancel;
    options.backupFolder = reg.file(QStringLiteral("b"));
    CHECK(importer.commit(*reg, {mapping}, options).outcome ==
          SpreadsheetImporter::Result::Outcome::Cancelled);
    CHECK(count(*reg, "site") == 0);
}

TEST_CASE_METHOD(SocialServices, "a workbook LibreOffice made from a CSV imports with the right values",
                 "[spreadsheet][import][soffice]")
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        WARN("soffice is not installed; skipped");
        return;
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("budget.csv"));
    writeFile(csv, "Nämnd;År;Belopp (kr);Anteckning\nSocialnämnden;2026;1250000;Ram från KF\n"
                   "Socialnämnden;2027;\"1 300 000\";Höjd ram\n");
    QProcess convert;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path()); // LibreOffice's profile, out of the user's way
    convert.setProcessEnvironment(env);
    convert.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--infilter=CSV:59,34,76,1"),
                            QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
                            QStringLiteral("--outdir"), dir.path(), csv});
    REQUIRE(convert.waitForFinished(180000));
    const QString xlsx = dir.filePath(QStringLiteral("budget.xlsx"));
    REQUIRE(QFile::exists(xlsx));
    const auto result = importFile(*reg, xlsx, Tables::budgetLine(), reg.file(QStringLiteral("b")));
    REQUIRE(result.outcome == SpreadsheetImporter::Result::Outcome::Imported);
    const auto lines = linesOf(*reg, board);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].year == 2026);
    CHECK(lines[0].amountKr == 1250000);
    CHECK(lines[0].note == QStringLiteral("Ram från KF"));
    CHECK(lines[1].amountKr == 1300000);
    CHECK(lines[1].note == QStringLiteral("Höjd ram"));
}

TEST_CASE("sakra-cli import of a workbook prints the counts as JSON and refuses with exit code 1",
          "[spreadsheet][import][cli]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sakra"));
    const QString copy = dir.filePath(QStringLiteral("copy.sakra"));
    const QString workbook = dir.filePath(QStringLiteral("demo.xlsx"));
    REQUIRE(runCli({QStringLiteral("init"), demo, QStringLiteral("--demo")}).code == 0);
    REQUIRE(runCli({QStringLiteral("export"), demo, QStringLiteral("--out"), workbook}).code == 0);
    REQUIRE(runCli({QStringLiteral("init"), copy}).code == 0);

    const CliRun dry = runCli(
        {QStringLiteral("import"), copy, QStringLiteral("--in"), workbook, QStringLiteral("--dry-run")});
    REQUIRE(dry.code == 0);
    const QJsonObject counts = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    CHECK(counts.value(QStringLiteral("new")).toInt() > 400);
    CHECK(counts.value(QStringLiteral("refused")).toInt() == 0);
    CHECK(counts.value(QStringLiteral("refusals")).toArray().isEmpty());
    CHECK(Register::open(copy)->holdsNoData());

    const QString csv = dir.filePath(QStringLiteral("sites.csv"));
    writeFile(csv, "Namn;Postnummer;Ort\nStadshuset;582 22;Linköping\n;;Norrköping\n");
    const CliRun refused = runCli({QStringLiteral("import"), copy, QStringLiteral("--in"), csv,
                                   QStringLiteral("--table"), QStringLiteral("site")});
    CHECK(refused.code == 1);
    const QJsonObject report = QJsonDocument::fromJson(refused.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("new")).toInt() == 1);
    CHECK(report.value(QStringLiteral("refused")).toInt() == 1);
    const QJsonObject refusal = report.value(QStringLiteral("refusals")).toArray().at(0).toObject();
    CHECK(refusal.value(QStringLiteral("row")).toInt() == 3);
    CHECK(refusal.value(QStringLiteral("column")).toString() == QStringLiteral("Namn"));
    CHECK(Register::open(copy)->holdsNoData());

    REQUIRE(runCli({QStringLiteral("import"), copy, QStringLiteral("--in"), workbook}).code == 0);
    CHECK(!Register::open(copy)->holdsNoData());
}
