// Fuzz target: the XML of a worksheet and of the shared strings as an XLSX import reads them
// (WorksheetReader over XmlScanner), the part of the import that reads the most bytes. The input is
// the XML itself; the zip around it has checks of its own and is read by minizip.
//
// A refusal (ImportError naming the part and the line) is the expected answer to bad input.
// Anything else is a finding: a crash or sanitizer report, another exception, a hang, or a
// document that both XmlScanner and QXmlStreamReader accept but read differently (elements,
// attributes or text).

#include "FuzzEnvironment.h"
#include "XmlTokens.h"
#include "exchange/ImportError.h"
#include "exchange/WorksheetReader.h"

#include <QByteArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void finding(const char* what, const QString& detail)
{
    std::fprintf(stderr, "sheet-xml: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    sakra::fuzz::FuzzEnvironment::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray xml = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    using Shown = sakra::WorksheetReader::Shown;
    // Style 1 shows dates, style 2 times, as a workbook's styles part may say.
    static const std::vector<Shown> styles{Shown::Number, Shown::Date, Shown::Time};
    const sakra::WorksheetReader reader(styles, false);
    try {
        reader.read(xml, QStringLiteral("xl/worksheets/sheet1.xml"), QStringLiteral("Blad1"));
    } catch (const sakra::ImportError&) {
        // Refused: the expected answer to bad input.
    }
    try {
        sakra::WorksheetReader::sharedStrings(xml, QStringLiteral("xl/sharedStrings.xml"));
    } catch (const sakra::ImportError&) {
    }

    const sakra::fuzz::XmlTokens scanned = sakra::fuzz::scannedTokens(xml);
    if (scanned.ok) {
        const sakra::fuzz::XmlTokens streamed = sakra::fuzz::streamTokens(xml);
        if (streamed.ok && streamed.lines != scanned.lines)
            finding("XmlScanner and QXmlStreamReader read the document differently",
                    QStringLiteral("XmlScanner:\n%1\nQXmlStreamReader:\n%2")
                        .arg(scanned.lines.join(QLatin1Char('\n')), streamed.lines.join(QLatin1Char('\n'))));
    }
    return 0;
}
