#include "TestRegister.h"
#include "ZipPart.h"
#include "action/Action.h"
#include "action/ActionRepository.h"
#include "exchange/CsvWriter.h"
#include "exchange/SpreadsheetExporter.h"
#include "exchange/TableWriter.h"
#include "storage/Tables.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace sakra;

using sakra::test::zipPart;

namespace {

struct Sheet
{
    QString name;
    bool hidden = false;
};

// The workbook's sheets in order, as xl/workbook.xml lists them (sheetN.xml is the Nth).
std::vector<Sheet> sheetsOf(const QString& path)
{
    std::vector<Sheet> sheets;
    QXmlStreamReader xml(zipPart(path, QStringLiteral("xl/workbook.xml")));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet"))
            sheets.push_back({xml.attributes().value(QLatin1String("name")).toString(),
                              xml.attributes().value(QLatin1String("state")) == QLatin1String("hidden")});
    }
    return sheets;
}

int sheetIndex(const std::vector<Sheet>& sheets, const QString& name)
{
    for (std::size_t i = 0; i < sheets.size(); ++i)
        if (sheets[i].name == name)
            return int(i) + 1;
    return 0;
}

struct Cell
{
    QString type;  // t attribute: inlineStr, s (shared), empty for a number
    int style = 0; // s attribute
    QString value; // <v> or the inline text
};

// The cells of a sheet by row (1-based) and column (0-based).
struct SheetCells
{
    QMap<int, QMap<int, Cell>> rows;
    QByteArray xml;

    int columnOf(const QString& header) const
    {
        const auto& first = rows.value(1);
        for (auto it = first.cbegin(); it != first.cend(); ++it)
            if (it->value == header)
                return it.key();
        return -1;
    }
    QStringList headers() const
    {
        QStringList h;
        for (const Cell& c : rows.value(1))
            h << c.value;
        return h;
    }
};

int columnIndex(const QString& ref)
{
    int column = 0;
    for (const QChar c : ref) {
        if (!c.isLetter())
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
    }
    return column - 1;
}

SheetCells cellsOf(const QString& path, int sheet)
{
    SheetCells cells;
    cells.xml = zipPart(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet));
    QXmlStreamReader xml(cells.xml);
    int row = 0;
    int column = 0;
    Cell cell;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("row")) {
                row = xml.attributes().value(QLatin1String("r")).toInt();
            } else if (xml.name() == QLatin1String("c")) {
                const QString ref = xml.attributes().value(QLatin1String("r")).toString();
                column = columnIndex(ref);
                cell = {xml.attributes().value(QLatin1String("t")).toString(),
                        xml.attributes().value(QLatin1String("s")).toInt(), QString()};
            } else if (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t")) {
                cell.value += xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            cells.rows[row][column] = cell;
        }
    }
    return cells;
}

// The number format of each cell style (the cellXfs of xl/styles.xml) and the format codes.
QString numberFormatOfStyle(const QString& path, int style)
{
    QXmlStreamReader xml(zipPart(path, QStringLiteral("xl/styles.xml")));
    QMap<int, QString> formats;
    bool inCellXfs = false;
    int xf = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numFmt"))
            formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                           xml.attributes().value(QLatin1String("formatCode")).toString());
        if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = true;
        if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (inCellXfs && xml.isStartElement() && xml.name() == QLatin1String("xf")) {
            if (xf == style)
                return formats.value(xml.attributes().value(QLatin1String("numFmtId")).toInt());
            ++xf;
        }
    }
    return {};
}

QString tableLabel(const TableSpec& spec)
{
    return spec.translatedLabel();
}

} // namespace

TEST_CASE("the demo register as a workbook has a sheet per table with dates, numbers and dropdowns",
          "[spreadsheet]")
{
    TestRegister reg(true);
    const QString path = reg.file(QStringLiteral("demo.xlsx"));
    SpreadsheetExporter::writeWorkbook(*reg, path, {});
    CHECK(QFileInfo(path).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    const std::vector<Sheet> sheets = sheetsOf(path);
    // Every table but the restricted threat assessments, then the code lists and the meta sheet.
    REQUIRE(sheets.size() == Tables::all().size() - 1 + 2);
    CHECK(sheets.front().name == tableLabel(Tables::orgUnit()));
    CHECK_FALSE(sheets.front().hidden);
    CHECK(sheetIndex(sheets, tableLabel(Tables::threatAssessment())) == 0);
    CHECK(sheets[sheets.size() - 2].name == QLatin1String("_codes"));
    CHECK(sheets[sheets.size() - 2].hidden);
    CHECK(sheets.back().name == QLatin1String("_meta"));
    CHECK(sheets.back().hidden);

    const int actionSheet = sheetIndex(sheets, tableLabel(Tables::action()));
    REQUIRE(actionSheet > 0);
    const SheetCells actions = cellsOf(path, actionSheet);
    const QStringList headers = actions.headers();
    CHECK(headers.mid(0, 4) == QStringList{QStringLiteral("UUID"), QStringLiteral("Rubrik"),
                                           QStringLiteral("Beskrivning"), QStringLiteral("Typ")});
    // A reference: the readable name beside the UUID of the row referred to.
    const int unit = actions.columnOf(QStringLiteral("Enhet"));
    REQUIRE(unit > 0);
    CHECK(actions.columnOf(QStringLiteral("Enhet (UUID)")) == unit + 1);
    CHECK(actions.rows.value(2).value(unit).value.startsWith(QStringLiteral("Lindvalla kommun › ")));
    CHECK(actions.rows.value(2).value(unit + 1).value.size() == 36);
    // The header row stays in view and filters.
    CHECK(actions.xml.contains("<pane ySplit=\"1\""));
    CHECK(actions.xml.contains("<autoFilter ref=\"A1:"));

    // Dates are numbers shown with a date format, and costs are numbers.
    const int due = actions.columnOf(QStringLiteral("Status ändrad"));
    REQUIRE(due > 0);
    const Cell date = actions.rows.value(2).value(due);
    CHECK(date.type.isEmpty());
    CHECK(date.value.toDouble() > 40000);
    CHECK(numberFormatOfStyle(path, date.style).contains(QStringLiteral("yyyy")));
    const int cost = actions.columnOf(QStringLiteral("Beräknad kostnad (kr)"));
    REQUIRE(cost > 0);
    bool someCost = false;
    for (const auto& row : actions.rows)
        if (row.contains(cost) && row.value(cost).type.isEmpty() && row.value(cost).value.toLongLong() > 0)
            someCost = true;
    CHECK(someCost);

    // The status is a Swedish label, with a dropdown of the labels on the code sheet.
    const int status = actions.columnOf(QStringLiteral("Status"));
    QStringList statuses;
    for (const auto& row : actions.rows)
        if (row.contains(status))
            statuses << row.value(status).value;
    CHECK(statuses.contains(QStringLiteral("Genomförd")));
    CHECK(actions.xml.contains("<dataValidation type=\"list\""));
    CHECK(actions.xml.contains("<formula1>'_codes'!$"));

    const SheetCells meta = cellsOf(path, int(sheets.size()));
    CHECK(meta.rows.value(1).value(1).value == QLatin1String("sakra-register-xlsx"));
    bool actionKeys = false;
    for (const auto& row : meta.rows)
        if (row.value(1).value == QLatin1String("action")) {
            CHECK(row.value(0).value == tableLabel(Tables::action()));
            CHECK(row.value(2).value == QLatin1String("uuid"));
            CHECK(row.value(3).value == QLatin1String("title"));
            actionKeys = true;
        }
    CHECK(actionKeys);
}

TEST_CASE("an English workbook has English headers and codes and may hold restricted tables", "[spreadsheet]")
{
    TestRegister reg(true);
    const QString path = reg.file(QStringLiteral("demo-en.xlsx"));
    SpreadsheetExporter::Options options;
    options.english = true;
    options.includeRestricted = true;
    SpreadsheetExporter::writeWorkbook(*reg, path, options);
    const std::vector<Sheet> sheets = sheetsOf(path);
    CHECK(sheets.size() == Tables::all().size() + 2);
    const int actionSheet = sheetIndex(sheets, QStringLiteral("action"));
    REQUIRE(actionSheet > 0);
    CHECK(sheetIndex(sheets, QStringLiteral("threat_assessment")) > 0);
    const SheetCells actions = cellsOf(path, actionSheet);
    CHECK(actions.headers().mid(0, 3) ==
          QStringList{QStringLiteral("UUID"), QStringLiteral("Title"), QStringLiteral("Description")});
    CHECK(actions.columnOf(QStringLiteral("Estimated cost (SEK)")) > 0);
    const int status = actions.columnOf(QStringLiteral("Status"));
    CHECK(
        actions.rows.value(2).value(status).value.contains(QRegularExpression(QStringLiteral("^[a-z_]+$"))));
}

TEST_CASE("a template has instructions, headers and dropdowns on a thousand rows", "[spreadsheet]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("incident.xlsx"));
    SpreadsheetExporter::writeTemplate(Tables::incident(), path);
    const std::vector<Sheet> sheets = sheetsOf(path);
    REQUIRE(sheets.size() == 4);
    CHECK(sheets[0].name == QLatin1String("Instruktioner"));
    CHECK(sheets[1].name == tableLabel(Tables::incident()));
    CHECK(sheets[2].hidden);
    CHECK(sheets[3].hidden);
    const SheetCells data = cellsOf(path, 2);
    CHECK(data.headers().first() == QLatin1String("Datum"));
    CHECK(data.columnOf(QStringLiteral("UUID")) < 0);
    CHECK(data.rows.size() == 1);
    const int kind = data.columnOf(QStringLiteral("Typ av händelse"));
    REQUIRE(kind > 0);
    const QString column = QString(QChar(QLatin1Char('A').unicode() + kind));
    CHECK(data.xml.contains(
        (QStringLiteral("sqref=\"") + column + QStringLiteral("2:") + column + QStringLiteral("1001\""))
            .toUtf8()));
    const SheetCells instructions = cellsOf(path, 1);
    CHECK(instructions.rows.value(1).value(0).value.contains(QStringLiteral("Händelse")));
}

TEST_CASE("CSV is UTF-8 with a BOM, semicolons, CRLF and quoting, and formulas are neutralised",
          "[spreadsheet][csv]")
{
    TestRegister reg(true);
    Action action = reg->actions().list(ActionQuery{}).front().action;
    action.title = QStringLiteral("=HYPERLINK(\"http://example.invalid\")");
    action.description = QStringLiteral("Lås; larm och \"skalskydd\"\nandra raden");
    reg->actions().update(action);
    const QString path = reg.file(QStringLiteral("action.csv"));
    SpreadsheetExporter::writeCsv(*reg, Tables::action(), path, {});
    CHECK(QFileInfo(path).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const QByteArray bytes = fileBytes(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("UUID;Rubrik;Beskrivning;Typ;")));
    CHECK(text.endsWith(QStringLiteral("\r\n")));
    CHECK(text.count(QStringLiteral("\r\n")) == text.count(QLatin1Char('\n')) - 1); // the one inside a field
    CHECK(text.contains(QStringLiteral(";\"'=HYPERLINK(\"\"http://example.invalid\"\")\";")));
    CHECK(text.contains(QStringLiteral(";\"Lås; larm och \"\"skalskydd\"\"\nandra raden\";")));
    CHECK(text.contains(QStringLiteral(";Genomförd;")));
}

TEST_CASE("CSV fields: decimal comma, dates, numbers and neutralised text", "[spreadsheet][csv]")
{
    CHECK(CsvWriter::field(1.5) == QLatin1String("1,5"));
    CHECK(CsvWriter::field(qint64(-12500)) == QLatin1String("-12500"));
    CHECK(CsvWriter::field(QDate(2026, 3, 15)) == QLatin1String("2026-03-15"));
    CHECK(CsvWriter::field(QVariant()).isEmpty());
    CHECK(CsvWriter::field(QStringLiteral("+46 70")) == QLatin1String("'+46 70"));
    CHECK(CsvWriter::field(QStringLiteral("-cmd")) == QLatin1String("'-cmd"));
    CHECK(CsvWriter::field(QStringLiteral("@SUM(A1)")) == QLatin1String("'@SUM(A1)"));
    CHECK(CsvWriter::field(QStringLiteral("-12")) == QLatin1String("-12"));
    CHECK(CsvWriter::field(QStringLiteral("a\"b")) == QLatin1String("\"a\"\"b\""));
    CHECK(TableWriter::cellOf(QStringLiteral("1 234 567")) == QVariant(qint64(1234567)));
    CHECK(TableWriter::cellOf(QStringLiteral("1,5")) == QVariant(1.5));
    CHECK(TableWriter::cellOf(QStringLiteral("2026-03-15")) == QVariant(QDate(2026, 3, 15)));
    CHECK(TableWriter::cellOf(QStringLiteral("0701234567")) == QVariant(QStringLiteral("0701234567")));
    CHECK(TableWriter::cellOf(QStringLiteral("123 45")) == QVariant(QStringLiteral("123 45")));
}

TEST_CASE("sakra-cli export writes XLSX and CSV and a template", "[cli][spreadsheet]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sakra"));
    REQUIRE(runCli({QStringLiteral("init"), demo, QStringLiteral("--demo")}).code == 0);
    const QString xlsx = dir.filePath(QStringLiteral("demo.xlsx"));
    const CliRun workbook = runCli({QStringLiteral("export"), demo, QStringLiteral("--out"), xlsx,
                                    QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(workbook.code == 0);
    CHECK(workbook.err.isEmpty());
    CHECK(sheetIndex(sheetsOf(xlsx), QStringLiteral("incident")) > 0);
    const QString csv = dir.filePath(QStringLiteral("risk.csv"));
    CHECK(runCli({QStringLiteral("export"), demo, QStringLiteral("--out"), csv, QStringLiteral("--table"),
                  QStringLiteral("risk")})
              .code == 0);
    // The title a person reads the row by comes first, after the UUID.
    CHECK(fileBytes(csv).startsWith("\xEF\xBB\xBF"
                                    "UUID;Rubrik;Enhet;Enhet (UUID);"));
    const QString mall = dir.filePath(QStringLiteral("mall.xlsx"));
    CHECK(runCli({QStringLiteral("template"), QStringLiteral("--table"), QStringLiteral("action"),
                  QStringLiteral("--out"), mall})
              .code == 0);
    CHECK(sheetsOf(mall).size() == 4);
}

TEST_CASE("sakra-cli export refuses bad arguments with a clear message", "[cli][spreadsheet][refusal]")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sakra"));
    REQUIRE(runCli({QStringLiteral("init"), demo, QStringLiteral("--demo")}).code == 0);
    const auto out = [&](const char* name) { return dir.filePath(QLatin1String(name)); };
    struct Case
    {
        QStringList args;
        int code;
        QString message;
    };
    const std::vector<Case> cases = {
        {{QStringLiteral("export"), demo, QStringLiteral("--out"), out("a.csv"), QStringLiteral("--table"),
          QStringLiteral("risks")},
         2,
         QStringLiteral("okänd tabell: risks")},
        {{QStringLiteral("export"), demo, QStringLiteral("--out"), out("a.csv")},
         2,
         QStringLiteral("--table")},
        {{QStringLiteral("export"), demo, QStringLiteral("--out"), out("a.ods")},
         2,
         QStringLiteral("okänt filformat")},
        {{QStringLiteral("export"), demo, QStringLiteral("--out"), out("a.xlsx"), QStringLiteral("--lang"),
          QStringLiteral("de")},
         2,
         QStringLiteral("okänt språk")},
        {{QStringLiteral("export"), demo, QStringLiteral("--out"), out("a.xlsx"), QStringLiteral("--colour")},
         2,
         QStringLiteral("okänd flagga")},
        {{QStringLiteral("export"), demo, QStringLiteral("--out"), out("missing/a.xlsx")},
         1,
         QStringLiteral("Kan inte skriva")},
        {{QStringLiteral("export"), demo, QStringLiteral("--out"), out("missing/a.csv"),
          QStringLiteral("--table"), QStringLiteral("action")},
         1,
         QStringLiteral("Kan inte skriva")},
        {{QStringLiteral("export"), demo, QStringLiteral("--out"), out("t.csv"), QStringLiteral("--table"),
          QStringLiteral("threat_assessment")},
         1,
         QStringLiteral("--include-restricted")},
        {{QStringLiteral("template"), QStringLiteral("--table"), QStringLiteral("nothing"),
          QStringLiteral("--out"), out("t.xlsx")},
         2,
         QStringLiteral("okänd tabell: nothing")},
        {{QStringLiteral("template"), QStringLiteral("--table"), QStringLiteral("risk"),
          QStringLiteral("--out"), out("t.csv")},
         2,
         QStringLiteral(".xlsx")},
    };
    for (const Case& c : cases) {
        INFO(c.args.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(c.args);
        CHECK(run.code == c.code);
        CHECK(run.err.startsWith(QStringLiteral("sakra-cli: ")));
        CHECK(run.err.contains(c.message));
    }
    // Nothing half-written is left behind.
    CHECK(QDir(dir.path())
              .entryList({QStringLiteral("*.xlsx*"), QStringLiteral("*.csv*")}, QDir::Files | QDir::Hidden)
              .isEmpty());
}
