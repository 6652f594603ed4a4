#pragma once

#include "ReportDocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLineF>
#include <QRectF>
#include <array>
#include <vector>

namespace sakra::report {

// Layout unit: a twentieth of a point (1440 to the inch), fine enough that text positions need no
// rounding and coarse enough for integer font pixel sizes.
constexpr qreal kUnitsPerPoint = 20.0;
constexpr qreal pt(qreal points)
{
    return points * kUnitsPerPoint;
}

enum class Style : quint8
{
    Body,
    Bold,
    Muted,
    H1,
    H2,
    H3,
    Title,
    Subtitle,
    Organisation,
    Issuer,
    DocType,
    Meta,
    MetaBold,
    TableHead,
    Cell,
    CellBold,
    FigureValue,
    FigureLabel,
    Header,
    Classification,
    ChartLabel,
    ChartTitle,
    FigureWarning,
    Count
};

// The document's fonts, each measured once; word widths are cached, so measuring a long document
// costs a hash lookup per word.
class FontSet
{
public:
    FontSet();

    const QFont& font(Style s) const { return entry(s).font; }
    const QColor& colour(Style s) const { return entry(s).colour; }
    qreal ascent(Style s) const { return entry(s).ascent; }
    qreal lineHeight(Style s) const { return entry(s).line; }
    qreal width(Style s, const QString& text);
    // Lines of text no wider than width, broken between words (inside a word only when the word
    // alone is too wide); at most maxLines (0: no limit), the last one ending in an ellipsis.
    QStringList wrap(Style s, const QString& text, qreal width, int maxLines = 0);

private:
    struct Entry
    {
        QFont font;
        QColor colour;
        qreal ascent = 0;
        qreal line = 0;
        qreal space = 0;
        QFontMetricsF metrics{QFont()};
        QHash<QString, qreal> widths;
    };
    const Entry& entry(Style s) const { return m_entries[std::size_t(s)]; }
    Entry& entry(Style s) { return m_entries[std::size_t(s)]; }
    qreal wordWidth(Entry& e, const QString& word);
    void breakLongWord(Entry& e, const QString& word, qreal width, QStringList& lines, QString& line,
                       qreal& lineWidth);

    std::array<Entry, std::size_t(Style::Count)> m_entries;
};

struct TextItem
{
    QPointF baseline;
    Style style;
    QString text;
};

struct RectItem
{
    QRectF rect;
    QColor fill;   // invalid: none
    QColor border; // invalid: none
};

struct LineItem
{
    QLineF line;
    QColor colour;
    qreal width;
};

struct ChartItem
{
    QRectF rect;
    const Block* block;
};

struct LaidOutPage
{
    std::vector<RectItem> rects;
    std::vector<LineItem> lines;
    std::vector<TextItem> texts;
    std::vector<ChartItem> charts;
};

// The pages of one document: where every line of text, rule, shading and chart goes.
class ReportLayout
{
public:
    explicit ReportLayout(const ReportDocument& document);

    const std::vector<LaidOutPage>& pages() const { return m_pages; }
    FontSet& fonts() { return m_fonts; }
    const ReportDocument& document() const { return m_document; }

    static constexpr qreal kPageWidth = 11906;  // A4, 210 mm
    static constexpr qreal kPageHeight = 16838; // A4, 297 mm
    static constexpr qreal kLeft = pt(68);
    static constexpr qreal kRight = kPageWidth - pt(56);
    static constexpr qreal kTop = pt(66);
    static constexpr qreal kBottom = kPageHeight - pt(62);
    static constexpr qreal contentWidth() { return kRight - kLeft; }

private:
    LaidOutPage& page() { return m_pages.back(); }
    void newPage();
    bool fits(qreal height) const { return m_y + height <= kBottom; }
    void ensure(qreal height);
    void text(qreal x, qreal top, Style s, const QString& t);
    void textRight(qreal right, qreal top, Style s, const QString& t);
    // The height the start of block needs, so that a heading is never left alone at a page's foot.
    qreal leadHeight(std::size_t index);

    void titleBlock();
    void place(const Heading& h, std::size_t index);
    void place(const Paragraph& p);
    void place(const BulletList& l);
    void place(const KeyFigures& k);
    void place(const Table& t);
    void place(const Signatures& s);
    void placeChart(const Block& block, qreal height);

    const ReportDocument& m_document;
    FontSet m_fonts;
    std::vector<LaidOutPage> m_pages;
    qreal m_y = 0;
    bool m_atTop = true; // nothing placed yet on this page below its head
};

} // namespace sakra::report
