#pragma once

#include "i18n/Language.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>
#include <variant>
#include <vector>

namespace sakra::report {

using sakra::Language;

// The first page's head, in the shape of a municipal officer's report: who writes, to whom,
// what kind of paper, when and under which registration number.
struct TitleBlock
{
    QString organisation; // the municipality
    QString issuer;       // the administration or board that writes
    QString documentType; // "Tjänsteskrivelse", "Lägesbild" ...
    // Label and value lines under the document type: date, registration number, period.
    std::vector<std::pair<QString, QString>> meta;
    QString recipient; // the board the paper goes to
    QString title;
    QString subtitle; // scope and period
};

struct Heading
{
    int level = 1; // 1: section, 2: sub-section, 3: group inside a section
    QString text;
};

struct Paragraph
{
    QString text;
    bool emphasis = false; // set in bold, e.g. the proposed decision
    bool muted = false;    // grey, smaller: notes on how figures were counted
};

struct BulletList
{
    QStringList items;
};

struct KeyFigure
{
    QString value;
    QString label;
    bool warning = false; // drawn in the warning colour (over budget, overdue)
};

struct KeyFigures
{
    std::vector<KeyFigure> figures;
};

struct TableColumn
{
    QString header;
    qreal weight = 1.0;   // share of the table's width
    bool numeric = false; // right-aligned
};

struct TableRow
{
    enum class Kind
    {
        Normal,
        Group,
        Total,
        Note // text belonging to the row above it (a follow-up), under it across the table
    };
    QStringList cells; // a Group or Note row has one cell that spans the table
    Kind kind = Kind::Normal;
};

// Rows break across pages; the header row is repeated on each page, a group row is never left
// alone at the foot of a page and a note row never parted from the row above it.
struct Table
{
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;
    int maxLinesPerCell = 8; // longer cells end in an ellipsis, so a row always fits a page
};

struct ChartSeries
{
    QString name;
    QList<double> values; // one per category
    QColor colour;
};

struct BarChart
{
    QString title;
    QStringList categories;
    std::vector<ChartSeries> series; // grouped bars side by side
    QString unit;                    // under the value axis
};

struct LineChart
{
    QString title;
    QStringList points; // x-axis labels
    std::vector<ChartSeries> series;
};

// Risks per cell of the likelihood × consequence matrix, with the matrix's own level colours.
struct HeatMapChart
{
    QString title;
    QString likelihoodLabel;
    QString consequenceLabel;
    int likelihoodSteps = 5;
    int consequenceSteps = 5;
    std::vector<int> counts;     // (likelihood - 1) * consequenceSteps + (consequence - 1)
    std::vector<QColor> colours; // the same indexing: the level's colour of each cell
};

struct Signature
{
    QString name;
    QString title;
};

struct Signatures
{
    QString place; // "Arbetsmarknadsförvaltningen"
    std::vector<Signature> people;
};

struct PageBreak
{
};

using Block = std::variant<Heading, Paragraph, BulletList, KeyFigures, Table, BarChart, LineChart,
                           HeatMapChart, Signatures, PageBreak>;

// A board document as data: the builders fill it from the register and the renderer lays it
// out. Nothing in it knows about pages.
struct ReportDocument
{
    Language language = Language::Swedish;
    TitleBlock title;
    QDate documentDate;
    QString classification; // one line on every page when set
    QString footerText;     // short name of the document in the page header from page 2 on
    std::vector<Block> blocks;

    template <typename T> void add(T block) { blocks.emplace_back(std::move(block)); }
};

} // namespace sakra::report
