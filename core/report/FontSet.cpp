#include "FontSet.h"

#include "ReportRenderer.h"

#include <algorithm>

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
    {Style::TableHeadSmall, 6.4, true, kInk, 1.1},
    {Style::CellSmall, 6.4, false, kInk, 1.1},
    {Style::CellBoldSmall, 6.4, true, kInk, 1.1},
    {Style::ChartLabelSmall, 5.8, false, 0x333333, 1.1},
    {Style::CellNote, 7.4, false, 0x444444, 1.1},
};

constexpr QChar kSoftHyphen(0x00AD);

QString withoutSoftHyphens(const QString& word)
{
    return word.contains(kSoftHyphen) ? QString(word).remove(kSoftHyphen) : word;
}

// A hyphen at i joins the parts of a compound ("Socialtjänst-ekonomiskt"), where a line may break,
// when letters stand on both sides; in a date or a number ("2026-02-28") it does not.
bool compoundHyphen(const QString& word, qsizetype i)
{
    return word.at(i) == QLatin1Char('-') && i > 0 && i + 1 < word.size() && word.at(i - 1).isLetter() &&
           word.at(i + 1).isLetter();
}

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

void FontSet::breakLongWord(Entry& e, const QString& word, qreal width, bool elide, QStringList& lines,
                            QString& line, qreal& lineWidth)
{
    if (!line.isEmpty()) {
        lines.append(line);
        line.clear();
        lineWidth = 0;
    }
    // Where the word itself allows a break: after a hyphen of a compound ("Socialtjänst-" /
    // "ekonomiskt") or at a soft hyphen, which then shows as a hyphen. Each line takes as much as fits.
    QString rest = word;
    while (wordWidth(e, withoutSoftHyphens(rest)) > width) {
        QString head, tail;
        for (qsizetype i = rest.size() - 2; i > 0 && head.isEmpty(); --i) {
            QString candidate;
            if (compoundHyphen(rest, i))
                candidate = withoutSoftHyphens(rest.left(i + 1));
            else if (rest.at(i) == kSoftHyphen)
                candidate = withoutSoftHyphens(rest.left(i)) + QLatin1Char('-');
            if (!candidate.isEmpty() && wordWidth(e, candidate) <= width) {
                head = candidate;
                tail = rest.mid(i + 1);
            }
        }
        if (head.isEmpty())
            break;
        lines.append(head);
        rest = tail;
    }
    rest = withoutSoftHyphens(rest);
    if (wordWidth(e, rest) <= width) {
        line = rest;
        lineWidth = wordWidth(e, rest);
        return;
    }
    if (elide) {
        const QString ellipsis(QChar(0x2026));
        while (rest.size() > 1 && e.metrics.horizontalAdvance(rest + ellipsis) > width)
            rest.chop(1);
        line = rest + ellipsis;
        lineWidth = e.metrics.horizontalAdvance(line);
        return;
    }
    // A word with no place of its own to break that is wider than any line can be: between letters,
    // with a hyphen, rather than past the edge. Tables and charts avoid this by widening the column
    // or taking a smaller cut of the font first.
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

qreal FontSet::widestWord(Style s, const QString& text)
{
    Entry& e = entry(s);
    qreal widest = 0;
    QString piece;
    auto close = [&](const QString& shown) {
        if (!shown.isEmpty())
            widest = std::max(widest, wordWidth(e, shown));
        piece.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\n')) {
            close(piece);
        } else if (c == kSoftHyphen) {
            close(piece + QLatin1Char('-'));
        } else {
            piece += c;
            if (compoundHyphen(text, i))
                close(piece);
        }
    }
    close(piece);
    return widest;
}

Style FontSet::smaller(Style s)
{
    switch (s) {
    case Style::TableHead: return Style::TableHeadSmall;
    case Style::Cell: return Style::CellSmall;
    case Style::CellBold: return Style::CellBoldSmall;
    case Style::ChartLabel: return Style::ChartLabelSmall;
    case Style::CellNote: return Style::CellSmall;
    default: return s;
    }
}

Style FontSet::fitting(Style s, const QString& text, qreal width)
{
    return widestWord(s, text) <= width ? s : smaller(s);
}

QStringList FontSet::wrap(Style s, const QString& text, qreal width, int maxLines, bool elideLongWords)
{
    Entry& e = entry(s);
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        QString line;
        qreal lineWidth = 0;
        const QStringList words = paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& raw : words) {
            const QString word = withoutSoftHyphens(raw);
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
                breakLongWord(e, raw, width, elideLongWords, lines, line, lineWidth);
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

} // namespace sakra::report
