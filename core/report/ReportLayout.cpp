#include "ReportLayout.h"

#include "ReportRenderer.h"
#include "TableGeometry.h"

#include <algorithm>
#include <optional>

namespace sakra::report {

namespace {

constexpr QRgb kInk = 0x1a1a1a;

const QColor kRule(0x8a9bb0);
const QColor kHairline(0xd5dbe3);
const QColor kHeadFill(0xdde5ee);
const QColor kZebra(0xf4f6f9);
const QColor kGroupFill(0xe9eef4);
const QColor kBoxFill(0xf2f5f9);
const QColor kBoxBorder(0xc9d3df);

constexpr qreal kBarChartHeight = pt(185);
constexpr qreal kLineChartHeight = pt(165);
constexpr qreal kHeatMapHeight = pt(215);
// A paragraph of this many lines or a list of this many items is not split, nor parted from the
// signatures after it; a table of this many rows is not parted from them.
constexpr qsizetype kShortLines = 4;
constexpr std::size_t kShortTableRows = 5;

} // namespace

ReportLayout::ReportLayout(const ReportDocument& document) : m_document(document)
{
    m_pages.emplace_back();
    titleBlock();
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const Block& block = document.blocks[i];
        // The signatures never stand alone on a page: the end of the block before them goes along.
        const auto* next =
            i + 1 < document.blocks.size() ? std::get_if<Signatures>(&document.blocks[i + 1]) : nullptr;
        m_keepWithLast = next ? signatureHeight(*next) : 0;
        // A paragraph that introduces a list or a table ("fördelad så här:") keeps its end with
        // their start.
        if (!next && leadsInto(i))
            m_keepWithLast = leadHeight(i + 1);
        // A note under a table (a muted paragraph: how its figures are counted) stays with its end.
        if (!next && notedTable(i))
            m_keepWithLast = leadHeight(i + 1);
        if (m_keepWithLast > 0)
            m_keepWithLast += gapAfter(block);
        if (const auto* h = std::get_if<Heading>(&block))
            place(*h, i);
        else if (const auto* p = std::get_if<Paragraph>(&block))
            place(*p);
        else if (const auto* l = std::get_if<BulletList>(&block))
            place(*l);
        else if (const auto* k = std::get_if<KeyFigures>(&block))
            place(*k);
        else if (const auto* t = std::get_if<Table>(&block))
            place(*t);
        else if (const auto* s = std::get_if<Signatures>(&block))
            place(*s);
        else if (std::holds_alternative<BarChart>(block))
            placeChart(block, kBarChartHeight);
        else if (std::holds_alternative<LineChart>(block))
            placeChart(block, kLineChartHeight);
        else if (std::holds_alternative<HeatMapChart>(block))
            placeChart(block, kHeatMapHeight);
        else if (std::holds_alternative<PageBreak>(block) && !m_atTop)
            newPage();
    }
}

void ReportLayout::newPage()
{
    m_pages.emplace_back();
    m_y = kTop;
    m_atTop = true;
}

void ReportLayout::ensure(qreal height)
{
    if (!fits(height) && !m_atTop)
        newPage();
}

void ReportLayout::text(qreal x, qreal top, Style s, const QString& t)
{
    if (!t.isEmpty())
        page().texts.push_back({QPointF(x, top + m_fonts.ascent(s)), s, t});
}

void ReportLayout::textRight(qreal right, qreal top, Style s, const QString& t)
{
    text(right - m_fonts.width(s, t), top, s, t);
}

void ReportLayout::titleBlock()
{
    const TitleBlock& tb = m_document.title;
    const qreal cw = contentWidth();
    qreal left = pt(46);
    for (const QString& line : m_fonts.wrap(Style::Organisation, tb.organisation, cw * 0.55)) {
        text(kLeft, left, Style::Organisation, line);
        left += m_fonts.lineHeight(Style::Organisation);
    }
    for (const QString& line : m_fonts.wrap(Style::Issuer, tb.issuer, cw * 0.55)) {
        text(kLeft, left, Style::Issuer, line);
        left += m_fonts.lineHeight(Style::Issuer);
    }

    const qreal rx = kLeft + cw * 0.62;
    const qreal rw = kRight - rx;
    qreal right = pt(46);
    text(rx, right, Style::DocType, tb.documentType.toUpper());
    right += m_fonts.lineHeight(Style::DocType) + pt(2);
    qreal labelWidth = 0;
    for (const auto& [label, value] : tb.meta)
        labelWidth = std::max(labelWidth, m_fonts.width(Style::Meta, label));
    for (const auto& [label, value] : tb.meta) {
        text(rx, right, Style::Meta, label);
        const QStringList lines = m_fonts.wrap(Style::MetaBold, value, rw - labelWidth - pt(8), 2);
        for (const QString& line : lines) {
            text(rx + labelWidth + pt(8), right, Style::MetaBold, line);
            right += m_fonts.lineHeight(Style::Meta);
        }
    }
    if (!tb.recipient.isEmpty()) {
        right += pt(10);
        for (const QString& line : m_fonts.wrap(Style::Bold, tb.recipient, rw)) {
            text(rx, right, Style::Bold, line);
            right += m_fonts.lineHeight(Style::Bold);
        }
    }

    m_y = std::max(left, right) + pt(30);
    for (const QString& line : m_fonts.wrap(Style::Title, tb.title, cw)) {
        text(kLeft, m_y, Style::Title, line);
        m_y += m_fonts.lineHeight(Style::Title);
    }
    m_y += pt(2);
    for (const QString& line : m_fonts.wrap(Style::Subtitle, tb.subtitle, cw)) {
        text(kLeft, m_y, Style::Subtitle, line);
        m_y += m_fonts.lineHeight(Style::Subtitle);
    }
    m_y += pt(7);
    page().lines.push_back({QLineF(kLeft, m_y, kRight, m_y), kRule, pt(0.8)});
    m_y += pt(6);
    m_atTop = true; // the title block does not count: a page break right after it is pointless
}

qreal ReportLayout::gapAfter(const Block& block)
{
    // The space each place() leaves below its block, after the last line, row or box.
    if (std::holds_alternative<Paragraph>(block))
        return pt(6);
    if (std::holds_alternative<BulletList>(block))
        return pt(6); // pt(2) after the item, pt(4) after the list
    if (std::holds_alternative<KeyFigures>(block))
        return pt(10);
    if (std::holds_alternative<Table>(block) || std::holds_alternative<BarChart>(block) ||
        std::holds_alternative<LineChart>(block) || std::holds_alternative<HeatMapChart>(block))
        return pt(10);
    return 0;
}

bool ReportLayout::leadsInto(std::size_t index) const
{
    return index + 1 < m_document.blocks.size() &&
           std::holds_alternative<Paragraph>(m_document.blocks[index]) &&
           (std::holds_alternative<BulletList>(m_document.blocks[index + 1]) ||
            std::holds_alternative<Table>(m_document.blocks[index + 1]));
}

bool ReportLayout::notedTable(std::size_t index) const
{
    if (index + 1 >= m_document.blocks.size() || !std::holds_alternative<Table>(m_document.blocks[index]))
        return false;
    const auto* note = std::get_if<Paragraph>(&m_document.blocks[index + 1]);
    return note && note->muted;
}

qreal ReportLayout::leadHeight(std::size_t index)
{
    if (index >= m_document.blocks.size())
        return 0;
    const Block& block = m_document.blocks[index];
    // What must follow the block on its page: the signatures after it, or (for a short paragraph
    // that introduces a list or a table) the start of what it introduces.
    const auto* signatures = index + 1 < m_document.blocks.size()
                                 ? std::get_if<Signatures>(&m_document.blocks[index + 1])
                                 : nullptr;
    const qreal after = signatures ? gapAfter(block) + signatureHeight(*signatures)
                        : leadsInto(index) || notedTable(index) ? gapAfter(block) + leadHeight(index + 1)
                                                                : -1;
    if (const auto* p = std::get_if<Paragraph>(&block)) {
        const Style s = p->emphasis ? Style::Bold : p->muted ? Style::Muted : Style::Body;
        const qsizetype n = m_fonts.wrap(s, p->text, contentWidth()).size();
        if (after >= 0 && n <= kShortLines)
            return qreal(n) * m_fonts.lineHeight(s) + after;
        return qreal(std::min<qsizetype>(2, n)) * m_fonts.lineHeight(s);
    }
    if (const auto* l = std::get_if<BulletList>(&block)) {
        // A short list is placed whole; a longer one needs room for its first item.
        const qreal body = m_fonts.lineHeight(Style::Body);
        qreal height = 0;
        for (qsizetype i = 0; i < l->items.size() && (i == 0 || l->items.size() <= kShortLines); ++i)
            height +=
                qreal(m_fonts.wrap(Style::Body, l->items.at(i), contentWidth() - pt(13)).size()) * body +
                pt(2);
        return height + (signatures && l->items.size() <= kShortLines ? after : 0);
    }
    if (const auto* t = std::get_if<Table>(&block)) {
        const TableGeometry g(m_fonts, *t, kLeft, kRight);
        if (after >= 0 && t->rows.size() <= kShortTableRows)
            return g.height() + after;
        // What place(Table) puts on the page first: the head with the first row (a group row with
        // its first row too), however many lines that row has.
        qreal start = g.head().height;
        const auto& rows = g.rows();
        const std::size_t first = !t->rows.empty() && t->rows.front().kind == TableRow::Kind::Group ? 2 : 1;
        for (std::size_t i = 0; i < rows.size() && i < first; ++i)
            start += rows[i].height;
        return start;
    }
    if (std::holds_alternative<KeyFigures>(block))
        return pt(54);
    if (std::holds_alternative<BarChart>(block))
        return kBarChartHeight;
    if (std::holds_alternative<LineChart>(block))
        return kLineChartHeight;
    if (std::holds_alternative<HeatMapChart>(block))
        return kHeatMapHeight;
    if (const auto* s = std::get_if<Signatures>(&block))
        return signatureHeight(*s);
    return 0;
}

void ReportLayout::place(const Heading& h, std::size_t index)
{
    const Style s = h.level <= 1 ? Style::H1 : h.level == 2 ? Style::H2 : Style::H3;
    const qreal before = m_atTop ? 0 : h.level <= 1 ? pt(15) : h.level == 2 ? pt(10) : pt(7);
    const QStringList lines = m_fonts.wrap(s, h.text, contentWidth());
    const qreal height = lines.size() * m_fonts.lineHeight(s) + pt(3);
    ensure(before + height + leadHeight(index + 1));
    if (!m_atTop)
        m_y += before;
    for (const QString& line : lines) {
        text(kLeft, m_y, s, line);
        m_y += m_fonts.lineHeight(s);
    }
    m_y += pt(3);
    m_atTop = false;
}

void ReportLayout::place(const Paragraph& p)
{
    const Style s = p.emphasis ? Style::Bold : p.muted ? Style::Muted : Style::Body;
    const qreal lh = m_fonts.lineHeight(s);
    const QStringList lines = m_fonts.wrap(s, p.text, contentWidth());
    const qsizetype n = lines.size();
    // A short paragraph is not split; a long one keeps two lines together at either end, and its
    // last two lines with what must follow it.
    if (m_keepWithLast > 0 && n <= kShortLines)
        ensure(qreal(n) * lh + m_keepWithLast);
    else
        ensure(qreal(std::min<qsizetype>(2, n)) * lh);
    for (qsizetype i = 0; i < n; ++i) {
        ensure(i == std::max<qsizetype>(0, n - 2) ? qreal(n - i) * lh + m_keepWithLast : lh);
        text(kLeft, m_y, s, lines.at(i));
        m_y += lh;
        m_atTop = false;
    }
    m_y += pt(6);
}

void ReportLayout::place(const BulletList& l)
{
    const qreal lh = m_fonts.lineHeight(Style::Body);
    const qreal indent = pt(13);
    std::vector<QStringList> items;
    qreal all = 0;
    for (const QString& item : l.items) {
        items.push_back(m_fonts.wrap(Style::Body, item, contentWidth() - indent));
        all += qreal(items.back().size()) * lh + pt(2);
    }
    // A short list is not split, nor parted from what must follow it on the same page.
    if (items.size() <= std::size_t(kShortLines))
        ensure(all + m_keepWithLast);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const qreal height = qreal(items[i].size()) * lh;
        ensure(i + 1 == items.size() ? height + m_keepWithLast : lh);
        text(kLeft + pt(3), m_y, Style::Body, QString(QChar(0x2022)));
        for (const QString& line : items[i]) {
            ensure(lh);
            text(kLeft + indent, m_y, Style::Body, line);
            m_y += lh;
            m_atTop = false;
        }
        m_y += pt(2);
    }
    m_y += pt(4);
}

void ReportLayout::place(const KeyFigures& k)
{
    constexpr int kPerRow = 4;
    const qreal gap = pt(8);
    const qreal boxHeight = pt(50);
    const std::size_t n = k.figures.size();
    for (std::size_t start = 0; start < n; start += kPerRow) {
        const std::size_t count = std::min<std::size_t>(kPerRow, n - start);
        const qreal boxWidth = (contentWidth() - gap * (kPerRow - 1)) / kPerRow;
        ensure(start + kPerRow >= n ? boxHeight + m_keepWithLast : boxHeight);
        for (std::size_t i = 0; i < count; ++i) {
            const KeyFigure& f = k.figures[start + i];
            const qreal x = kLeft + qreal(i) * (boxWidth + gap);
            page().rects.push_back({QRectF(x, m_y, boxWidth, boxHeight), kBoxFill, kBoxBorder});
            text(x + pt(7), m_y + pt(6), f.warning ? Style::FigureWarning : Style::FigureValue, f.value);
            qreal ly = m_y + pt(8) + m_fonts.lineHeight(Style::FigureValue);
            for (const QString& line : m_fonts.wrap(Style::FigureLabel, f.label, boxWidth - pt(14), 2)) {
                text(x + pt(7), ly, Style::FigureLabel, line);
                ly += m_fonts.lineHeight(Style::FigureLabel);
            }
        }
        m_y += boxHeight + gap;
        m_atTop = false;
    }
    m_y += pt(2);
}

void ReportLayout::place(const Table& t)
{
    if (t.columns.empty())
        return;
    const TableGeometry g(m_fonts, t, kLeft, kRight);
    const std::vector<qreal>& xs = g.edges();
    const std::vector<TableGeometry::Row>& rows = g.rows();

    auto placeCells = [&](const TableGeometry::Row& r, TableRow::Kind kind) {
        for (std::size_t c = 0; c < r.cells.size(); ++c) {
            const Style s = r.styles[c];
            qreal y = m_y + TableGeometry::kPadY;
            for (const QString& line : r.cells[c]) {
                if (kind == TableRow::Kind::Group)
                    text(kLeft + TableGeometry::kPadX, y, s, line);
                else if (kind == TableRow::Kind::Note)
                    text(kLeft + TableGeometry::kPadX + TableGeometry::kNoteIndent, y, s, line);
                else if (t.columns[c].numeric)
                    textRight(xs[c + 1] - TableGeometry::kPadX, y, s, line);
                else
                    text(xs[c] + TableGeometry::kPadX, y, s, line);
                y += m_fonts.lineHeight(s);
            }
        }
    };
    auto placeHead = [&]() {
        page().rects.push_back({QRectF(kLeft, m_y, contentWidth(), g.head().height), kHeadFill, QColor()});
        placeCells(g.head(), TableRow::Kind::Normal);
        m_y += g.head().height;
        page().lines.push_back({QLineF(kLeft, m_y, kRight, m_y), kRule, pt(0.7)});
        m_atTop = false;
    };

    // The head with the first row (a group row with its first row too); a short table whole when
    // something must follow it on the same page.
    qreal start = g.head().height;
    for (std::size_t i = 0; i < rows.size() && i < (t.rows.front().kind == TableRow::Kind::Group ? 2u : 1u);
         ++i)
        start += rows[i].height;
    if (m_keepWithLast > 0 && rows.size() <= kShortTableRows)
        start = g.height() + m_keepWithLast;
    ensure(start);
    placeHead();
    int zebra = 0;
    bool shaded = false; // the last ordinary row's shading, which its note rows share
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const TableRow& row = t.rows[i];
        const TableGeometry::Row& r = rows[i];
        auto isNote = [&](std::size_t k) {
            return k < rows.size() && t.rows[k].kind == TableRow::Kind::Note;
        };
        qreal needed = r.height;
        if (row.kind == TableRow::Kind::Group && i + 1 < rows.size())
            needed += rows[i + 1].height; // never alone at the foot of a page
        for (std::size_t k = i + 1; row.kind != TableRow::Kind::Note && isNote(k); ++k)
            needed += rows[k].height; // nor a row parted from its notes
        // The last two rows of the table go with what must follow them on the same page.
        if (i + 1 == rows.size())
            needed += m_keepWithLast;
        else if (i + 2 == rows.size() && m_keepWithLast > 0)
            needed += rows[i + 1].height + m_keepWithLast;
        if (!fits(needed)) {
            newPage();
            placeHead();
        }
        if (row.kind == TableRow::Kind::Group) {
            page().rects.push_back({QRectF(kLeft, m_y, contentWidth(), r.height), kGroupFill, QColor()});
            zebra = 0;
        } else if (row.kind == TableRow::Kind::Total) {
            page().lines.push_back({QLineF(kLeft, m_y, kRight, m_y), QColor(kInk), pt(0.8)});
        } else {
            if (row.kind == TableRow::Kind::Normal)
                shaded = zebra++ % 2 == 1;
            if (shaded)
                page().rects.push_back({QRectF(kLeft, m_y, contentWidth(), r.height), kZebra, QColor()});
        }
        placeCells(r, row.kind);
        m_y += r.height;
        if (!isNote(i + 1)) // a row and its notes read as one
            page().lines.push_back({QLineF(kLeft, m_y, kRight, m_y), kHairline, pt(0.4)});
    }
    m_y += pt(10);
}

qreal ReportLayout::signatureHeight(const Signatures& s) const
{
    const qreal lh = m_fonts.lineHeight(Style::Body);
    const qsizetype rows = std::max<qsizetype>(1, (qsizetype(s.people.size()) + 1) / 2);
    return pt(16) + lh + pt(26) + qreal(rows) * 2 * lh + qreal(rows - 1) * pt(20) + pt(10);
}

void ReportLayout::place(const Signatures& s)
{
    const qreal lh = m_fonts.lineHeight(Style::Body);
    ensure(signatureHeight(s));
    m_y += pt(16);
    text(kLeft, m_y, Style::Body, s.place);
    m_y += lh + pt(26);
    const qreal columnWidth = contentWidth() / 2;
    for (std::size_t i = 0; i < s.people.size(); ++i) {
        const qreal x = kLeft + qreal(i % 2) * columnWidth;
        if (i > 0 && i % 2 == 0)
            m_y += 2 * lh + pt(20);
        text(x, m_y, Style::Bold, s.people[i].name);
        text(x, m_y + lh, Style::Body, s.people[i].title);
    }
    m_y += 2 * lh + pt(10);
    m_atTop = false;
}

void ReportLayout::placeChart(const Block& block, qreal height)
{
    ensure(height + m_keepWithLast);
    page().charts.push_back({QRectF(kLeft, m_y, contentWidth(), height), &block});
    m_y += height + pt(10);
    m_atTop = false;
}

} // namespace sakra::report
