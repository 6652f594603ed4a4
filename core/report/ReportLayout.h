#pragma once

#include "FontSet.h"
#include "ReportDocument.h"

#include <QLineF>
#include <QRectF>
#include <array>
#include <vector>

namespace sakra::report {

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
    // Block index is a paragraph followed by a list or a table that it introduces.
    bool leadsInto(std::size_t index) const;
    // Block index is a table with a note under it (a muted paragraph) that goes with its end.
    bool notedTable(std::size_t index) const;
    static qreal gapAfter(const Block& block);

    void titleBlock();
    void place(const Heading& h, std::size_t index);
    void place(const Paragraph& p);
    void place(const BulletList& l);
    void place(const KeyFigures& k);
    void place(const Table& t);
    void place(const Signatures& s);
    qreal signatureHeight(const Signatures& s) const;
    void placeChart(const Block& block, qreal height);

    const ReportDocument& m_document;
    FontSet m_fonts;
    std::vector<LaidOutPage> m_pages;
    qreal m_y = 0;
    bool m_atTop = true; // nothing placed yet on this page below its head
    // What must follow the end of the block being placed on the same page (the signatures).
    qreal m_keepWithLast = 0;
};

} // namespace sakra::report
