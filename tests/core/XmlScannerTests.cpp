#include "XmlTokens.h"
#include "exchange/XmlScanner.h"

#include <QStringList>
#include <catch2/catch.hpp>

using namespace sakra;
using sakra::fuzz::scannedTokens;
using sakra::fuzz::streamTokens;

namespace {

QStringList tokens(const char* xml)
{
    const auto scanned = scannedTokens(QByteArray(xml));
    INFO(scanned.error.toStdString());
    CHECK(scanned.ok);
    return scanned.lines;
}

// The error XmlScanner gives for a document, or an empty string when it reads it.
QString errorOf(const QByteArray& xml)
{
    XmlScanner scanner(xml);
    while (!scanner.atEnd())
        scanner.next();
    return scanner.errorString();
}

} // namespace

TEST_CASE("XmlScanner reads elements, attributes and text as QXmlStreamReader does", "[xml]")
{
    const char* const documents[] = {
        // Säkra's own sheets (libxlsxwriter): a default namespace, inline strings
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c "
        "r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>UUID</t></is></c></row></sheetData></worksheet>",
        // namespace prefixes on elements and attributes; declarations are not attributes
        "<x:worksheet xmlns:x=\"urn:x\" xmlns:r=\"urn:r\"><x:c r=\"A1\" r:id=\"rId1\"/></x:worksheet>",
        // self-closing elements, with and without attributes and space
        "<a><c/><c r=\"B2\"/><c r=\"B3\" /><d\n/></a>",
        // entities and character references, decimal and hexadecimal, in text and attributes
        "<a v=\"&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;\">x &lt; y &amp;&amp; &#229;&#xe4;&#xF6; "
        "&quot;&apos;</a>",
        // CDATA, also beside text and with markup inside
        "<a>before<![CDATA[<b> & </b> ]] ]>]]>after<![CDATA[]]></a>",
        // comments and processing instructions inside and around the root
        "<!-- head --><?pi some data?><a><!-- inside -->x<?pi?>y</a><!-- tail --><?pi?>",
        // line ends: CR LF and CR as LF in text; every line end and tab as a space in attributes
        "<a v=\"one\r\ntwo\rthree\nfour\tfive\" w=\"&#10;&#13;&#9;\">l1\r\nl2\rl3\n</a>",
        // white space outside the root, a BOM, single quotes, space around "="
        "\xEF\xBB\xBF<?xml version='1.0'?>\n\n<a  b = 'x\"y'  c=\"x'y\" >\t</a>\n",
        // non-ASCII text and names
        "<blad namn=\"Åsa Öberg\"><cell>Händelse på förskolan – ”hot” 😀</cell></blad>",
        // "]" and ">" alone are plain text
        "<a>a ] b ]] c > d</a>",
        // U+FEFF inside a document is a character, at the start of text or a value too
        "<a b=\"\xEF\xBB\xBFx\"><b>\xEF\xBB\xBF</b><c>\xEF\xBB\xBF\xEF\xBB\xBFtext</c></a>",
        // a deep but allowed nesting, rich-text runs
        "<si><r><rPr><b/><sz val=\"11\"/></rPr><t>Hot mot </t></r><r><t xml:space=\"preserve\"> "
        "personal</t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>",
    };
    for (const char* xml : documents) {
        INFO(xml);
        const auto scanned = scannedTokens(QByteArray(xml));
        const auto streamed = streamTokens(QByteArray(xml));
        INFO(scanned.error.toStdString());
        INFO(streamed.error.toStdString());
        CHECK(scanned.ok);
        CHECK(streamed.ok);
        CHECK(scanned.lines == streamed.lines);
    }
}

TEST_CASE("XmlScanner: the shapes of a worksheet it reads", "[xml]")
{
    CHECK(tokens("<x:c xmlns:x=\"urn:x\" x:r=\"A1\" t=\"s\"><x:v>12</x:v></x:c>") ==
          QStringList{"<c r=A1 t=s", "<v", "'12", "/v", "/c"});
    CHECK(tokens("<row><c/><c r=\"B1\"/></row>") == QStringList{"<row", "<c", "/c", "<c r=B1", "/c", "/row"});
    CHECK(tokens("<t>A &amp; B &#229;&#xE4;</t>") == QStringList{"<t", "'A & B åä", "/t"});
    CHECK(tokens("<v><![CDATA[1 < 2 & 3]]></v>") == QStringList{"<v", "'1 < 2 & 3", "/v"});
    CHECK(tokens("<c r=\"A&#49;\"/>") == QStringList{"<c r=A1", "/c"});

    // The raw view of plain text and attributes, and when they must be decoded.
    XmlScanner scanner(QByteArray("<c r=\"B7\" t=\"a&amp;b\"><v>3.5</v><v>a&lt;b</v></c>"));
    REQUIRE(scanner.next() == XmlScanner::Token::StartElement);
    QByteArrayView raw;
    bool plain = false;
    REQUIRE(scanner.rawAttribute("r", raw, plain));
    CHECK(raw == "B7");
    CHECK(plain);
    REQUIRE(scanner.rawAttribute("t", raw, plain));
    CHECK_FALSE(plain);
    CHECK(scanner.attribute("t") == QStringLiteral("a&b"));
    CHECK_FALSE(scanner.rawAttribute("s", raw, plain));
    CHECK(scanner.attribute("s").isNull());
    REQUIRE(scanner.next() == XmlScanner::Token::StartElement);
    REQUIRE(scanner.next() == XmlScanner::Token::Characters);
    CHECK(scanner.plainText());
    CHECK(scanner.rawText() == "3.5");
    REQUIRE(scanner.next() == XmlScanner::Token::EndElement);
    REQUIRE(scanner.next() == XmlScanner::Token::StartElement);
    REQUIRE(scanner.next() == XmlScanner::Token::Characters);
    CHECK_FALSE(scanner.plainText());
    QString text;
    scanner.appendText(text);
    CHECK(text == QStringLiteral("a<b"));
}

TEST_CASE("XmlScanner refuses what is not well-formed XML, as QXmlStreamReader does", "[xml][refusal]")
{
    const std::pair<const char*, const char*> documents[] = {
        {"", "tidigt"},
        {"   ", "tidigt"},
        {"<a>", "tidigt"},
        {"<a><b></a></b>", "passar inte"},
        {"<a></b>", "passar inte"},
        {"<a/></a>", "utan början"},
        {"<a/><b/>", "mer än ett rotelement"},
        {"<a/>text", "text efter"},
        {"text<a/>", "text före"},
        {"<a b=c/>", "citattecken"},
        {"<a b=\"1\" b=\"2\"/>", "två gånger"},
        {"<a b=\"1\"c=\"2\"/>", "mellanslag"},
        {"<a b=\"<\"/>", "”<”"},
        {"<a>&foo;</a>", "okänd entitet"},
        {"<a>&#0;</a>", "teckenreferens"},
        {"<a>&#xD800;</a>", "teckenreferens"},
        {"<a>&#1114112;</a>", "teckenreferens"},
        {"<a>& b</a>", "entitet"},
        {"<a>a ]]> b</a>", "]]>"},
        {"<a>\x01</a>", "ogiltigt tecken"},
        {"<a>\xC3</a>", "UTF-8"},
        {"<a>\xC0\xAF</a>", "UTF-8"},
        {"<a>\xED\xA0\x80</a>", "UTF-8"},
        {"<a>\xEF\xBF\xBE</a>", "ogiltigt tecken"},
        {"<a><!-- a -- b --></a>", "”--”"},
        {"<a><![CDATA[x</a>", "tidigt"},
        {"<![CDATA[x]]><a/>", "CDATA utanför"},
        {"<a><?xml version=\"1.0\"?></a>", "XML-deklarationen"},
        {"<a><!foo></a>", "okänd markering"},
        {"<a:b:c/>", "kolon"},
        {"<:a/>", "kolon"},
        {"<1a/>", "namn"},
        {"<a></a ", "tidigt"},
        {"<a b", "tidigt"},
    };
    for (const auto& [xml, words] : documents) {
        INFO(xml);
        const QString error = errorOf(QByteArray(xml));
        INFO(error.toStdString());
        CHECK(error.contains(QString::fromUtf8(words)));
        CHECK_FALSE(streamTokens(QByteArray(xml)).ok);
    }
}

TEST_CASE("XmlScanner refuses a document type declaration, which QXmlStreamReader reads", "[xml][refusal]")
{
    // A workbook has none; its entities could expand without end.
    const QByteArray xml("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>");
    CHECK(errorOf(xml).contains(QStringLiteral("DTD")));
    CHECK(streamTokens(xml).ok);
}

TEST_CASE("XmlScanner: every cut of a document is refused and none crashes", "[xml][refusal]")
{
    const QByteArray xml(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:worksheet xmlns:x=\"urn:x\"><!-- c --><x:sheetData>"
        "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:r><x:t>Hot &amp; hat</x:t></x:r></x:is></x:c>"
        "<x:c t=\"str\"><x:v><![CDATA[a<b]]></x:v></x:c><x:c r=\"C1\"/><x:c r=\"D1\" s=\"1\"><x:v>4.5e1</x:v>"
        "</x:c></x:row><x:row><x:c t=\"inlineStr\"><x:is><x:t>Åsa &#246; &#x1F600;</x:t></x:is></x:c></x:row>"
        "</x:sheetData></x:worksheet>");
    REQUIRE(errorOf(xml).isEmpty());
    for (qsizetype n = 0; n < xml.size(); ++n) {
        const QByteArray cut = xml.left(n);
        INFO(cut.toStdString());
        CHECK_FALSE(errorOf(cut).isEmpty());
        CHECK_FALSE(streamTokens(cut).ok);
    }
}

TEST_CASE("XmlScanner: line numbers, nesting limit and other encodings", "[xml]")
{
    XmlScanner broken(QByteArray("<a>\n<b>\n</c>\n</a>"));
    while (!broken.atEnd())
        broken.next();
    CHECK(broken.hasError());
    CHECK(broken.lineNumber() == 3);

    QByteArray deep;
    for (int i = 0; i <= XmlScanner::kMaxDepth; ++i)
        deep += "<a>";
    CHECK(errorOf(deep).contains(QStringLiteral("djupt")));

    // Declared in another encoding, or UTF-16 with a byte order mark: read after converting.
    const QByteArray latin1("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xE5\xE4\xF6</a>");
    CHECK(scannedTokens(latin1).lines == QStringList{"<a", "'åäö", "/a"});
    CHECK(scannedTokens(latin1).lines == streamTokens(latin1).lines);
    const QString text = QStringLiteral("<a b=\"ö\">Åsa</a>");
    QByteArray utf16("\xFF\xFE");
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    CHECK(scannedTokens(utf16).lines == QStringList{"<a b=ö", "'Åsa", "/a"});
    CHECK(errorOf("<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><a/>")
              .contains(QStringLiteral("teckenkodningen")));
}
