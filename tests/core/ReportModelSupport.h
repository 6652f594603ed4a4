#pragma once

#include "report/ReportDocument.h"
#include "report/ReportRequest.h"

#include <QStringList>
#include <QVariant>
#include <memory>
#include <optional>
#include <vector>

class TestRegister;
struct PdfFacts;

namespace sakra {
class Register;
}

// Reading a built report (the document model, before it is laid out) as its reader would: the
// figures printed in its text, key figures and tables.
namespace reportcheck {

// Printed text with its no-break spaces made plain.
QString plain(const QString& text);
// A printed figure in hundredths ("1 234 kr" → 123400, "1,5" → 150, "–" → 0); nullopt for what
// is no plain figure (a percentage, "ny").
std::optional<qint64> hundredths(const QString& cell, sakra::report::Language language);
// The tables of a document in order, and the first whose columns include header.
std::vector<const sakra::report::Table*> tables(const sakra::report::ReportDocument& doc);
const sakra::report::Table* tableWithColumn(const sakra::report::ReportDocument& doc, const QString& header);
// Key figures in order.
std::vector<sakra::report::KeyFigure> keyFigures(const sakra::report::ReportDocument& doc);
// Headings, paragraphs, list items, key figures ("value label") and cells, each once, plain.
QStringList texts(const sakra::report::ReportDocument& doc);
// Every text joined with single spaces, as one searchable line.
QString allText(const sakra::report::ReportDocument& doc);
// Every total row of the table against the rows it sums: a total that ends the table sums every
// ordinary row, one inside it the rows since the last group row. Column by column, for the
// columns whose cells are plain figures.
void checkTotals(const sakra::report::Table& table, sakra::report::Language language);
// The rows of an SQL query with positional values bound in order.
std::vector<QVariantList> rows(sakra::Register& reg, const QString& sql, const QVariantList& values = {});

// The registers the figures are checked on, with the request each is read for: the demo register
// for 2026 as the review read it (dated 20 May 2026), and a generated register (small scale) for
// this year, dated today (the generator dates its rows from today).
struct Subject
{
    QString name;
    std::unique_ptr<TestRegister> reg;
    sakra::report::ReportRequest request;
};
std::vector<Subject> subjects(sakra::report::ReportKind kind);

// The PDF's text without the running head and foot, so that a paragraph broken across pages reads
// on; as one line.
QString pdfBody(const PdfFacts& pdf, const sakra::report::ReportDocument& doc);
// line is the running head of doc's pages: its name, cut short with an ellipsis when long.
bool runningHead(const QString& line, const sakra::report::ReportDocument& doc);
// Writes doc as PDF and checks that every paragraph and list item is printed as the model has it.
void checkPdfText(TestRegister& reg, const sakra::report::ReportDocument& doc, const QString& name);

// The units in scope (0: the whole organisation) and the board each live unit answers to: the
// nearest board, administration or company above it, and for the latter two the board named on it.
extern const char* const kScopeAndBoardSql;

} // namespace reportcheck
