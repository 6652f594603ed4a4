#pragma once

#include "FontSet.h"
#include "ReportDocument.h"

#include <vector>

namespace sakra::report {

// How a table sits across a width: its columns' edges and every row broken into lines, each cell
// in the table's style or, for a word wider than its column, in the smaller cut. Columns are made
// at least as wide as their widest word where the width allows, so that text wraps between words.
class TableGeometry
{
public:
    static constexpr qreal kPadX = pt(4);
    static constexpr qreal kPadY = pt(2.6);
    static constexpr qreal kNoteIndent = pt(10); // a note row's text, under its row's first cell

    struct Row
    {
        std::vector<QStringList> cells; // a group or note row: one cell across the table
        std::vector<Style> styles;      // per cell
        qreal height = 0;
    };

    TableGeometry(FontSet& fonts, const Table& table, qreal left, qreal right);

    // Left edges of the columns and the right edge of the last.
    const std::vector<qreal>& edges() const { return m_edges; }
    const Row& head() const { return m_head; }
    const std::vector<Row>& rows() const { return m_rows; }
    // The head and every row, as if on one page.
    qreal height() const;

    // One past the last column cell c of row may use: a total's label runs on into empty text cells.
    static std::size_t spanEnd(const Table& table, const TableRow& row, std::size_t c);

private:
    void fitColumns(qreal left, qreal right);
    Row measure(const TableRow& row) const;
    qreal cellWidth(std::size_t c) const { return m_edges[c + 1] - m_edges[c] - 2 * kPadX; }

    FontSet& m_fonts;
    const Table& m_table;
    std::vector<qreal> m_edges;
    Row m_head;
    std::vector<Row> m_rows;
};

} // namespace sakra::report
