#include "TableGeometry.h"

#include <algorithm>

namespace sakra::report {

namespace {

Style rowStyle(TableRow::Kind kind)
{
    switch (kind) {
    case TableRow::Kind::Normal: return Style::Cell;
    case TableRow::Kind::Note: return Style::CellNote;
    default: return Style::CellBold;
    }
}

bool spans(TableRow::Kind kind)
{
    return kind == TableRow::Kind::Group || kind == TableRow::Kind::Note;
}

} // namespace

TableGeometry::TableGeometry(FontSet& fonts, const Table& table, qreal left, qreal right)
    : m_fonts(fonts), m_table(table)
{
    if (table.columns.empty())
        return;
    fitColumns(left, right);
    qreal height = 0;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const QString& header = table.columns[c].header;
        const Style s = m_fonts.fitting(Style::TableHead, header, cellWidth(c));
        m_head.styles.push_back(s);
        m_head.cells.push_back(m_fonts.wrap(s, header, cellWidth(c), 3));
        height = std::max(height, qreal(m_head.cells.back().size()) * m_fonts.lineHeight(s));
    }
    m_head.height = height + 2 * kPadY;
    m_rows.reserve(table.rows.size());
    for (const TableRow& row : table.rows)
        m_rows.push_back(measure(row));
}

qreal TableGeometry::height() const
{
    qreal h = m_head.height;
    for (const Row& r : m_rows)
        h += r.height;
    return h;
}

TableGeometry::Row TableGeometry::measure(const TableRow& row) const
{
    Row r;
    const Style base = rowStyle(row.kind);
    qreal height = m_fonts.lineHeight(base);
    if (spans(row.kind)) {
        const QString cell = row.cells.value(0);
        const qreal width = m_edges.back() - m_edges.front() - 2 * kPadX -
                            (row.kind == TableRow::Kind::Note ? kNoteIndent : 0);
        const Style s = m_fonts.fitting(base, cell, width);
        r.styles.push_back(s);
        r.cells.push_back(
            m_fonts.wrap(s, cell, width, row.kind == TableRow::Kind::Note ? m_table.maxLinesPerCell : 2));
        height = std::max(height, qreal(r.cells.back().size()) * m_fonts.lineHeight(s));
    } else {
        for (std::size_t c = 0; c < m_table.columns.size(); ++c) {
            const QString cell = row.cells.value(qsizetype(c));
            const bool numeric = m_table.columns[c].numeric;
            // A text cell followed by empty ones may run into them (a total's label).
            const qreal width =
                numeric ? cellWidth(c) : m_edges[spanEnd(m_table, row, c)] - m_edges[c] - 2 * kPadX;
            const Style s = numeric ? (m_fonts.width(base, cell) <= width ? base : FontSet::smaller(base))
                                    : m_fonts.fitting(base, cell, width);
            r.styles.push_back(s);
            r.cells.push_back(numeric ? QStringList{cell}
                                      : m_fonts.wrap(s, cell, width, m_table.maxLinesPerCell));
            height = std::max(height, qreal(r.cells.back().size()) * m_fonts.lineHeight(s));
        }
    }
    r.height = height + 2 * kPadY;
    return r;
}

std::size_t TableGeometry::spanEnd(const Table& t, const TableRow& row, std::size_t c)
{
    // Only a total row's label spreads: elsewhere an empty cell means "as above" or "none".
    std::size_t end = c + 1;
    if (row.kind != TableRow::Kind::Total || row.cells.value(qsizetype(c)).isEmpty())
        return end;
    while (end < t.columns.size() && !t.columns[end].numeric && row.cells.value(qsizetype(end)).isEmpty())
        ++end;
    return end;
}

void TableGeometry::fitColumns(qreal left, qreal right)
{
    const Table& t = m_table;
    const qreal available = right - left;
    // Each column at least as wide as its widest word (a number: its whole text), so that text
    // wraps between words; the rest of the width shared by the columns' weights.
    const std::size_t n = t.columns.size();
    std::vector<qreal> need(n, 0), small(n, 0); // in the table's fonts, and in their smaller cuts
    for (std::size_t c = 0; c < n; ++c) {
        need[c] = m_fonts.widestWord(Style::TableHead, t.columns[c].header);
        small[c] = m_fonts.widestWord(Style::TableHeadSmall, t.columns[c].header);
    }
    std::vector<qreal> longest(n, 0); // the longest line of a text column's cells, unwrapped
    for (const TableRow& row : t.rows) {
        if (spans(row.kind))
            continue;
        const Style s = rowStyle(row.kind);
        for (std::size_t c = 0; c < n && c < std::size_t(row.cells.size()); ++c) {
            const QString& cell = row.cells.at(qsizetype(c));
            if (t.columns[c].numeric) {
                need[c] = std::max(need[c], m_fonts.width(s, cell));
                small[c] = std::max(small[c], m_fonts.width(FontSet::smaller(s), cell));
            } else if (spanEnd(t, row, c) == c + 1) { // a label running into empty cells sets no need
                need[c] = std::max(need[c], m_fonts.widestWord(s, cell));
                small[c] = std::max(small[c], m_fonts.widestWord(FontSet::smaller(s), cell));
                for (const QString& line : cell.split(QLatin1Char('\n')))
                    longest[c] = std::max(longest[c], m_fonts.width(s, line));
            }
        }
    }
    for (std::size_t c = 0; c < n; ++c) {
        need[c] += 2 * kPadX + pt(0.5);
        small[c] += 2 * kPadX + pt(0.5);
    }
    auto total = [](const std::vector<qreal>& v) {
        qreal sum = 0;
        for (const qreal w : v)
            sum += w;
        return sum;
    };
    // When the widest words do not fit side by side, the columns with the widest words let theirs
    // take the smaller cut of the font, one column at a time, until they do.
    std::vector<std::size_t> byNeed(n);
    for (std::size_t c = 0; c < n; ++c)
        byNeed[c] = c;
    std::sort(byNeed.begin(), byNeed.end(), [&](std::size_t a, std::size_t b) { return need[a] > need[b]; });
    for (std::size_t i = 0; i < n && total(need) > available; ++i)
        need[byNeed[i]] = std::min(need[byNeed[i]], small[byNeed[i]]);

    std::vector<qreal> widths(n, 0);
    std::vector<bool> fixed(n, false);
    const qreal needed = total(need);
    if (needed >= available) {
        // Not even the smaller cut fits: share the width by need (a word with no place to break
        // then breaks between letters rather than running past its column).
        for (std::size_t c = 0; c < n; ++c)
            widths[c] = available * need[c] / needed;
    } else {
        // Give the weights' share to the columns that are wide enough with it, and their need to
        // the others, until no column is left narrower than its widest word.
        for (bool changed = true; changed;) {
            changed = false;
            qreal free = available, weight = 0;
            for (std::size_t c = 0; c < n; ++c)
                fixed[c] ? free -= need[c] : weight += t.columns[c].weight;
            for (std::size_t c = 0; c < n; ++c) {
                widths[c] = fixed[c] ? need[c] : free * t.columns[c].weight / std::max<qreal>(weight, 1e-9);
                if (!fixed[c] && widths[c] < need[c]) {
                    fixed[c] = true;
                    changed = true;
                }
            }
        }
    }
    // When text has to wrap, the numbers (which never wrap) give it what they do not need.
    bool wraps = false;
    qreal spare = 0, weight = 0;
    for (std::size_t c = 0; c < n; ++c) {
        if (t.columns[c].numeric)
            spare += std::max<qreal>(0, widths[c] - need[c] - pt(4));
        else if (longest[c] + 2 * kPadX > widths[c]) {
            wraps = true;
            weight += t.columns[c].weight;
        }
    }
    if (wraps && spare > 0) {
        for (std::size_t c = 0; c < n; ++c) {
            if (t.columns[c].numeric)
                widths[c] = std::min(widths[c], need[c] + pt(4));
            else if (longest[c] + 2 * kPadX > widths[c])
                widths[c] += spare * t.columns[c].weight / weight;
        }
    }
    m_edges = {left};
    for (const qreal w : widths)
        m_edges.push_back(m_edges.back() + w);
    m_edges.back() = right;
}

} // namespace sakra::report
