#include "ReportLayout.h"

#include "ReportRenderer.h"

#include <algorithm>
#include <optional>

namespace sakra::report {

namespace {

struct StyleSpec
{
    Style style;
    qreal points;
    bool bold;
    QRgb colour;
    qreal leading; // line height as a multiple of the font's own line spacing
};

constexpr QRgb kInk = 0x1a1a1a;
constexpr QRgb kNavy = 0x1f3a5f;

const StyleSpec kStyles[] = {
    {Style::Body, 9.5, false, kInk, 1.22},
    {Style::Bold, 9.5, true, kInk, 1.22},
    {Style::Muted, 8.0, false, 0x555555, 1.2},
    {Style::H1, 13.0, true, kNavy, 1.1},
    {Style::H2, 11.0, true, kNavy, 1.1},
    {Style::H3, 9.5, true, 0x222222, 1.1},
    {Style::Title, 16.5, true, 0x111111, 1.08},
    {Style::Subtitle, 10.0, false, 0x444444, 1.2},
    {Style::Organisation, 15.0, true, kNavy, 1.1},
    {Style::Issuer, 9.0, false, 0x333333, 1.2},
    {Style::DocType, 10.5, true, 0x111111, 1.2},
    {Style::Meta, 8.5, false, 0x333333, 1.25},
    {Style::MetaBold, 8.5, true, 0x111111, 1.25},
    {Style::TableHead, 7.8, true, kInk, 1.1},
    {Style::Cell, 7.8, false, kInk, 1.1},
    {Style::CellBold, 7.8, true, kInk, 1.1},
    {Style::FigureValue, 14.0, true, kNavy, 1.05},
    {Style::FigureLabel, 7.5, false, 0x444444, 1.1},
    {Style::Header, 7.5, false, 0x666666, 1.1},
    {Style::Classification, 8.0, true, 0x9b1c1c, 1.1},
    {Style::ChartLabel, 7.0, false, 0x333333, 1.1},
    {Style::ChartTitle, 8.5, true, 0x222222, 1.1},
    {Style::FigureWarning, 14.0, true, 0xa61b1b, 1.05},
};

const QColor kRule(0x8a9bb0);
const QColor kHairline(0xd5dbe3);
const QColor kHeadFill(0xdde5ee);
const QColor kZebra(0xf4f6f9);
const QColor kGroupFill(0xe9eef4);
const QColor kBoxFill(0xf2f5f9);
const QColor kBoxBorder(0xc9d3df);

constexpr qreal kCellPadX = pt(4);
constexpr qreal kCellPadY = pt(2.6);
constexpr qreal kBarChartHeight = pt(185);
constexpr qreal kLineChartHeight = pt(165);
constexpr qreal kHeatMapHeight = pt(215);

} // namespace

FontSet::FontSet()
{
    const QString family = ReportRenderer::fontFamily();
    for (const StyleSpec& spec : kStyles) {
        Entry& e = entry(spec.style);
        e.font = QFont(family);
        e.font.setPixelSize(qRound(pt(spec.points)));
        e.font.setBold(spec.bold);
        e.font.setHintingPreference(QFont::PreferNoHinting);
        // No ligatures: "fi" stays two letters, so the archived text is searchable as written
        // (pdftotext, screen readers); skipping the shaper also makes measuring cheaper.
        e.font.setStyleStrategy(QFont::PreferNoShaping);
        e.colour = QColor(spec.colour);
        e.metrics = QFontMetricsF(e.font);
        e.line = e.metrics.lineSpacing() * spec.leading;
        // Baseline of a line box: the font's own height centred in the line.
        e.ascent = (e.line - e.metrics.ascent() - e.metrics.descent()) / 2 + e.metrics.ascent();
        e.space = e.metrics.horizontalAdvance(QLatin1Char(' '));
    }
}

qreal FontSet::wordWidth(Entry& e, const QString& word)
{
    const auto it = e.widths.constFind(word);
    if (it != e.widths.constEnd())
        return *it;
    const qreal w = e.metrics.horizontalAdvance(word);
    e.widths.insert(word, w);
    return w;
}

qreal FontSet::width(Style s, const QString& text)
{
    return wordWidth(entry(s), text);
}

void FontSet::breakLongWord(Entry& e, const QString& word, qreal width, QStringList& lines, QString& line,
                            qreal& lineWidth)
{
    if (!line.isEmpty()) {
        lines.append(line);
        line.clear();
        lineWidth = 0;
    }
    // A compound with hyphens breaks after a hyphen where it can ("Socialtjänst-" / "ekonomiskt").
    QString rest = word;
    for (qsizetype cut = rest.lastIndexOf(QLatin1Char('-'), -2); cut > 0;
         cut = rest.lastIndexOf(QLatin1Char('-'), cut - 1)) {
        const QString head = rest.left(cut + 1);
        if (e.metrics.horizontalAdvance(head) <= width) {
            lines.append(head);
            rest = rest.mid(cut + 1);
            cut = rest.size();
            if (e.metrics.horizontalAdvance(rest) <= width)
                break;
        }
    }
    if (e.metrics.horizontalAdvance(rest) <= width) {
        line = rest;
        lineWidth = e.metrics.horizontalAdvance(rest);
        return;
    }
    // Inside a word, break with a hyphen, as a typesetter would.
    QString part;
    for (const QChar c : rest) {
        const QString next = part + c;
        if (part.size() > 1 && e.metrics.horizontalAdvance(next + QLatin1Char('-')) > width) {
            lines.append(part + QLatin1Char('-'));
            part = c;
        } else {
            part = next;
        }
    }
    line = part;
    lineWidth = e.metrics.horizontalAdvance(part);
}

QStringList FontSet::wrap(Style s, const QString& text, qreal width, int maxLines)
{
    Entry& e = entry(s);
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        QString line;
        qreal lineWidth = 0;
        const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& word : words) {
            const qreal w = wordWidth(e, word);
            if (line.isEmpty() && w <= width) {
                line = word;
                lineWidth = w;
            } else if (!line.isEmpty() && lineWidth + e.space + w <= width) {
                line += QLatin1Char(' ') + word;
                lineWidth += e.space + w;
            } else if (w <= width) {
                lines.append(line);
                line = word;
                lineWidth = w;
            } else {
                breakLongWord(e, word, width, lines, line, lineWidth);
            }
        }
        lines.append(line); // an empty paragraph is an empty line
        if (maxLines > 0 && lines.size() > maxLines)
            break;
    }
    if (maxLines > 0 && lines.size() > maxLines) {
        lines.resize(maxLines);
        QString& last = lines.last();
        const QString ellipsis(QChar(0x2026));
        while (!last.isEmpty() && e.metrics.horizontalAdvance(last + ellipsis) > width)
            last.chop(1);
        last = last.trimmed() + ellipsis;
    }
    return lines;
}

ReportLayout::ReportLayout(const ReportDocument& document) : m_document(document)
{
    m_pages.emplace_back();
    titleBlock();
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const Block& block = document.blocks[i];
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

qreal ReportLayout::leadHeight(std::size_t index)
{
    if (index >= m_document.blocks.size())
        return 0;
    const Block& block = m_document.blocks[index];
    const qreal body = m_fonts.lineHeight(Style::Body);
    if (const auto* p = std::get_if<Paragraph>(&block))
        return std::min<qreal>(2, m_fonts.wrap(Style::Body, p->text, contentWidth()).size()) * body;
    if (std::holds_alternative<BulletList>(block))
        return body;
    if (std::holds_alternative<KeyFigures>(block))
        return pt(54);
    if (std::holds_alternative<Table>(block))
        return 2 * m_fonts.lineHeight(Style::TableHead) + 2 * m_fonts.lineHeight(Style::Cell) + 4 * kCellPadY;
    if (std::holds_alternative<BarChart>(block))
        return kBarChartHeight;
    if (std::holds_alternative<LineChart>(block))
        return kLineChartHeight;
    if (std::holds_alternative<HeatMapChart>(block))
        return kHeatMapHeight;
    if (std::holds_alternative<Signatures>(block))
        return pt(70);
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
    ensure(std::min<qreal>(2, lines.size()) * lh);
    for (const QString& line : lines) {
        ensure(lh);
        text(kLeft, m_y, s, line);
        m_y += lh;
        m_atTop = false;
    }
    m_y += pt(6);
}

void ReportLayout::place(const BulletList& l)
{
    const qreal lh = m_fonts.lineHeight(Style::Body);
    const qreal indent = pt(13);
    for (const QString& item : l.items) {
        const QStringList lines = m_fonts.wrap(Style::Body, item, contentWidth() - indent);
        ensure(lh);
        text(kLeft + pt(3), m_y, Style::Body, QString(QChar(0x2022)));
        for (const QString& line : lines) {
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
        ensure(boxHeight);
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

namespace {

struct RowLines
{
    std::vector<QStringList> cells;
    qreal height = 0;
};

} // namespace

void ReportLayout::place(const Table& t)
{
    const std::size_t ncols = t.columns.size();
    if (ncols == 0)
        return;
    qreal totalWeight = 0;
    for (const TableColumn& c : t.columns)
        totalWeight += c.weight;
    std::vector<qreal> xs{kLeft};
    for (const TableColumn& c : t.columns)
        xs.push_back(xs.back() + contentWidth() * c.weight / totalWeight);
    auto cellWidth = [&](std::size_t c) { return xs[c + 1] - xs[c] - 2 * kCellPadX; };

    RowLines head;
    for (std::size_t c = 0; c < ncols; ++c)
        head.cells.push_back(m_fonts.wrap(Style::TableHead, t.columns[c].header, cellWidth(c), 3));
    qsizetype headLines = 1;
    for (const QStringList& l : head.cells)
        headLines = std::max(headLines, l.size());
    head.height = qreal(headLines) * m_fonts.lineHeight(Style::TableHead) + 2 * kCellPadY;

    auto measure = [&](const TableRow& row) {
        RowLines r;
        const Style s = row.kind == TableRow::Kind::Normal ? Style::Cell : Style::CellBold;
        qsizetype lines = 1;
        if (row.kind == TableRow::Kind::Group) {
            r.cells.push_back(m_fonts.wrap(s, row.cells.value(0), contentWidth() - 2 * kCellPadX, 2));
            lines = r.cells.back().size();
        } else {
            for (std::size_t c = 0; c < ncols; ++c) {
                const QString cell = row.cells.value(qsizetype(c));
                if (t.columns[c].numeric)
                    r.cells.push_back({cell});
                else
                    r.cells.push_back(m_fonts.wrap(s, cell, cellWidth(c), t.maxLinesPerCell));
                lines = std::max(lines, r.cells.back().size());
            }
        }
        r.height = qreal(lines) * m_fonts.lineHeight(s) + 2 * kCellPadY;
        return r;
    };

    auto placeHead = [&]() {
        page().rects.push_back({QRectF(kLeft, m_y, contentWidth(), head.height), kHeadFill, QColor()});
        for (std::size_t c = 0; c < ncols; ++c) {
            qreal y = m_y + kCellPadY;
            for (const QString& line : head.cells[c]) {
                if (t.columns[c].numeric)
                    textRight(xs[c + 1] - kCellPadX, y, Style::TableHead, line);
                else
                    text(xs[c] + kCellPadX, y, Style::TableHead, line);
                y += m_fonts.lineHeight(Style::TableHead);
            }
        }
        m_y += head.height;
        page().lines.push_back({QLineF(kLeft, m_y, kRight, m_y), kRule, pt(0.7)});
        m_atTop = false;
    };

    RowLines first = t.rows.empty() ? RowLines{} : measure(t.rows.front());
    qreal start = head.height + first.height;
    if (t.rows.size() > 1 && t.rows.front().kind == TableRow::Kind::Group)
        start += measure(t.rows[1]).height; // a group row keeps its first row
    ensure(start);
    placeHead();
    int zebra = 0;
    std::optional<RowLines> pending = std::move(first);
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const TableRow& row = t.rows[i];
        RowLines r = pending ? std::move(*pending) : measure(row);
        pending.reset();
        qreal needed = r.height;
        if (row.kind == TableRow::Kind::Group && i + 1 < t.rows.size()) {
            pending = measure(t.rows[i + 1]);
            needed += pending->height;
        }
        if (!fits(needed)) {
            newPage();
            placeHead();
        }
        const Style s = row.kind == TableRow::Kind::Normal ? Style::Cell : Style::CellBold;
        const qreal lh = m_fonts.lineHeight(s);
        if (row.kind == TableRow::Kind::Group) {
            page().rects.push_back({QRectF(kLeft, m_y, contentWidth(), r.height), kGroupFill, QColor()});
            qreal y = m_y + kCellPadY;
            for (const QString& line : r.cells.front()) {
                text(kLeft + kCellPadX, y, s, line);
                y += lh;
            }
            zebra = 0;
        } else {
            if (row.kind == TableRow::Kind::Total)
                page().lines.push_back({QLineF(kLeft, m_y, kRight, m_y), QColor(kInk), pt(0.8)});
            else if (zebra++ % 2 == 1)
                page().rects.push_back({QRectF(kLeft, m_y, contentWidth(), r.height), kZebra, QColor()});
            for (std::size_t c = 0; c < ncols; ++c) {
                qreal y = m_y + kCellPadY;
                for (const QString& line : r.cells[c]) {
                    if (t.columns[c].numeric)
                        textRight(xs[c + 1] - kCellPadX, y, s, line);
                    else
                        text(xs[c] + kCellPadX, y, s, line);
                    y += lh;
                }
            }
        }
        m_y += r.height;
        page().lines.push_back({QLineF(kLeft, m_y, kRight, m_y), kHairline, pt(0.4)});
    }
    m_y += pt(10);
}

void ReportLayout::place(const Signatures& s)
{
    const qreal lh = m_fonts.lineHeight(Style::Body);
    const qreal height = pt(16) + lh * 3 + pt(26);
    ensure(height);
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
    ensure(height);
    page().charts.push_back({QRectF(kLeft, m_y, contentWidth(), height), &block});
    m_y += height + pt(10);
    m_atTop = false;
}

} // namespace sakra::report
