#include "exchange/ImportError.h"
#include "exchange/WorksheetReader.h"

#include <QDate>
#include <QTime>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>

using namespace sakra;

namespace {

using Shown = WorksheetReader::Shown;

const std::vector<Shown> kStyles{Shown::Number, Shown::Date, Shown::Time};

QByteArray worksheet(const char* rows, const char* prefix = "")
{
    const QByteArray p(prefix);
    const QByteArray colon = p.isEmpty() ? QByteArray() : p + ':';
    const QByteArray ns = p.isEmpty() ? QByteArray("xmlns") : "xmlns:" + p;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<" + colon + "worksheet " + ns +
           "=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><" + colon + "sheetData>" + rows +
           "</" + colon + "sheetData></" + colon + "worksheet>";
}

SheetData read(const QByteArray& xml)
{
    return WorksheetReader(kStyles, false)
        .read(xml, QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("Blad1"))
        .data;
}

QString refusalOf(const QByteArray& xml)
{
    try {
        read(xml);
    } catch (const ImportError& e) {
        return e.message();
    }
    return QString();
}

} // namespace

TEST_CASE("WorksheetReader: inline strings, rich-text runs, entities and CDATA", "[spreadsheet][xlsx]")
{
    const SheetData sheet = read(worksheet(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Namn</t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>Sam</t></r><r><t xml:space=\"preserve\">man "
        "slaget</t></r><rPh><t>fonetiskt</t></rPh></is></c>"
        "<c r=\"C1\" t=\"inlineStr\"><is><t>A &amp; B &lt;3&gt; &#229;&#xE4; &quot;q&apos;</t></is></c>"
        "<c r=\"D1\" t=\"str\"><v><![CDATA[<x> & y]]></v></c>"
        "<c r=\"E1\" t=\"str\"><v>före<![CDATA[ mitt ]]>efter</v></c>"
        "<c r=\"F1\" t=\"inlineStr\"><is><t>rad ett\r\nrad två</t></is></c>"
        "<c r=\"G1\" t=\"str\"><v>\xEF\xBB\xBFmed U+FEFF först</v></c></row>"));
    REQUIRE(sheet.rows.size() == 1);
    CHECK(sheet.rows[0].cells == QVariantList{QStringLiteral("Namn"), QStringLiteral("Samman slaget"),
                                              QStringLiteral("A & B <3> åä \"q'"), QStringLiteral("<x> & y"),
                                              QStringLiteral("före mitt efter"),
                                              QStringLiteral("rad ett\nrad två"),
                                              QString(QChar(0xFEFF)) + QStringLiteral("med U+FEFF först")});
}

TEST_CASE("WorksheetReader: rows and cells without r, self-closing cells, style-only rows",
          "[spreadsheet][xlsx]")
{
    const SheetData sheet = read(worksheet("<row><c t=\"str\"><v>a</v></c><c/><c t=\"str\"><v>c</v></c></row>"
                                           "<row r=\"3\" s=\"1\" customFormat=\"1\"/>"
                                           "<row><c r=\"B4\" s=\"1\"/><c><v>5</v></c></row>"
                                           "<row r=\"1048576\" s=\"1\"><c r=\"A1048576\" s=\"1\"/></row>"));
    REQUIRE(sheet.rows.size() == 2);
    CHECK(sheet.rows[0].number == 1);
    CHECK(sheet.rows[0].cells == QVariantList{QStringLiteral("a"), QVariant(), QStringLiteral("c")});
    CHECK(sheet.rows[1].number == 4); // after row 3, which only has a style
    CHECK(sheet.rows[1].cells == QVariantList{QVariant(), QVariant(), QVariant(5.0)});
}

TEST_CASE("WorksheetReader: namespace prefixes, shared strings, numbers, booleans, dates and formulas",
          "[spreadsheet][xlsx]")
{
    const SheetData sheet = read(worksheet("<x:row r=\"2\"><x:c r=\"A2\" t=\"s\"><x:v>7</x:v></x:c>"
                                           "<x:c r=\"B2\"><x:f>A1*2</x:f><x:v>4</x:v></x:c>"
                                           "<x:c r=\"C2\"><x:v>-1.5E-3</x:v></x:c>"
                                           "<x:c r=\"D2\" t=\"b\"><x:v>1</x:v></x:c>"
                                           "<x:c r=\"E2\" t=\"b\"><x:v>0</x:v></x:c>"
                                           "<x:c r=\"F2\" s=\"1\"><x:v>45000</x:v></x:c>"
                                           "<x:c r=\"G2\" s=\"2\"><x:v>0.75</x:v></x:c>"
                                           "<x:c r=\"H2\" t=\"e\"><x:v>#DIV/0!</x:v></x:c>"
                                           "<x:c r=\"I2\" t=\"n\"><x:v> 12 </x:v></x:c>"
                                           "<x:c r=\"J2\"><x:v>1e400</x:v></x:c>"
                                           "<x:c r=\"K2\"><x:v>+3</x:v></x:c>"
                                           "<x:c r=\"L2\"><x:v>inte ett tal</x:v></x:c>"
                                           "<x:c r=\"M2\" t=\"s\"><x:v>&#55;</x:v></x:c>"
                                           "<x:c r=\"N2\"><x:v>0.1</x:v></x:c></x:row>",
                                           "x"));
    REQUIRE(sheet.rows.size() == 1);
    const QVariantList& cells = sheet.rows[0].cells;
    REQUIRE(cells.size() == 14);
    CHECK(cells[0] == QVariant(7)); // a shared string's index, put in by XlsxReader
    CHECK(cells[0].typeId() == QMetaType::Int);
    CHECK(cells[1] == QVariant(4.0));
    CHECK(cells[2] == QVariant(-1.5e-3));
    CHECK(cells[3] == QVariant(true));
    CHECK(cells[4] == QVariant(false));
    CHECK(cells[5] == QVariant(QDate(2023, 3, 15)));
    CHECK(cells[6] == QVariant(QTime(18, 0)));
    CHECK(cells[7] == QVariant(QStringLiteral("#DIV/0!")));
    CHECK(cells[8] == QVariant(12.0));
    // What QString::toDouble makes of the rest, as before.
    bool ok = false;
    const double big = QStringLiteral("1e400").toDouble(&ok);
    CHECK(cells[9] == (ok ? QVariant(big) : QVariant(QStringLiteral("1e400"))));
    CHECK(cells[10] == QVariant(3.0));
    CHECK(cells[11] == QVariant(QStringLiteral("inte ett tal")));
    CHECK(cells[12] == QVariant(7));
    CHECK(cells[13].toDouble() == 0.1);

    // A number in a date format that no calendar holds stays a number.
    const SheetData far = read(worksheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>8.9E105</v></c>"
                                         "<c r=\"B1\" s=\"1\"><v>-1E300</v></c></row>"));
    CHECK(far.rows.at(0).cells == QVariantList{QVariant(8.9e105), QVariant(-1e300)});
}

TEST_CASE("WorksheetReader: numbers read exactly as QString::toDouble reads them", "[spreadsheet][xlsx]")
{
    const char* const numbers[] = {"0",
                                   "-0",
                                   "1",
                                   "123456789012345678901234567890",
                                   "0.1",
                                   "0.30000000000000004",
                                   "2.2250738585072014E-308",
                                   "4.9E-324",
                                   "1.7976931348623157E308",
                                   "45000.999988425923",
                                   "1E5",
                                   "1e-5",
                                   "12.50",
                                   "00012"};
    for (const char* n : numbers) {
        INFO(n);
        const SheetData sheet =
            read(worksheet((QByteArray("<row r=\"1\"><c r=\"A1\"><v>") + n + "</v></c></row>").constData()));
        bool ok = false;
        const double expected = QString::fromLatin1(n).toDouble(&ok);
        REQUIRE(ok);
        REQUIRE(sheet.rows.size() == 1);
        const double got = sheet.rows[0].cells.at(0).toDouble();
        CHECK(std::memcmp(&got, &expected, sizeof got) == 0);
    }
}

TEST_CASE("WorksheetReader: merged ranges, shared strings with runs, and refusals",
          "[spreadsheet][xlsx][refusal]")
{
    const auto sheet =
        WorksheetReader(kStyles, false)
            .read(worksheet("<row r=\"3\"><c r=\"B3\" t=\"str\"><v>x</v></c></row>"
                            "</sheetData><mergeCells><mergeCell ref=\"B3:B4\"/></mergeCells><sheetData>"),
                  QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("Blad1"));
    CHECK(sheet.merged == QStringList{QStringLiteral("B3:B4")});

    const QStringList strings = WorksheetReader::sharedStrings(
        "<x:sst xmlns:x=\"urn:x\"><x:si><x:t>Titel</x:t></x:si><x:si><x:r><x:t>Hot mot </x:t></x:r><x:r><x:t "
        "xml:space=\"preserve\">personal</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:si>"
        "<x:si><x:t>R&#228;knat &amp; klart</x:t></x:si><x:si><x:t/></x:si></x:sst>",
        QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings == QStringList{QStringLiteral("Titel"), QStringLiteral("Hot mot personal"),
                                 QStringLiteral("Räknat & klart"), QString()});

    CHECK(refusalOf(worksheet("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"))
              .contains(QStringLiteral("1A finns inte")));
    CHECK(refusalOf(worksheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"))
              .contains(QStringLiteral("XFE1 finns inte")));
    CHECK(refusalOf(worksheet("<row r=\"2\"/><row r=\"2\"/>"))
              .contains(QStringLiteral("radnumret 2 kommer i fel ordning")));
    CHECK(refusalOf(worksheet("<row r=\"x\"/>")).contains(QStringLiteral("radnumret x")));
    CHECK(refusalOf(worksheet("<row r=\"1\"><c r=\"A1\"><v>1<b/></v></c></row>"))
              .contains(QStringLiteral("inte giltig XML")));
    CHECK(refusalOf(worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"))
              .contains(QStringLiteral("inte giltig XML (rad 2")));
    const QByteArray whole =
        worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>");
    for (qsizetype n = 0; n < whole.size(); ++n)
        CHECK(refusalOf(whole.left(n)).contains(QStringLiteral("inte giltig XML")));
    CHECK(refusalOf(whole).isEmpty());
}
