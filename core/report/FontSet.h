#pragma once

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QStringList>
#include <array>

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
    // Smaller cuts of the table and chart styles, for a word that is wider than its column.
    TableHeadSmall,
    CellSmall,
    CellBoldSmall,
    ChartLabelSmall,
    CellNote, // a table's note row: under the row it belongs to, in grey
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
    // Lines of text no wider than width, broken between words. A word wider than width breaks
    // after a hyphen of its own or at a soft hyphen (U+00AD, shown as a hyphen where it breaks and
    // not at all elsewhere); only a word that has neither breaks between letters. At most maxLines
    // (0: no limit), the last one ending in an ellipsis. With elideLongWords such a word is cut
    // short with an ellipsis instead (a chart's label, whose full text stands in a table).
    QStringList wrap(Style s, const QString& text, qreal width, int maxLines = 0,
                     bool elideLongWords = false);

    // The width the widest word of text needs: the narrowest a column can be for it to wrap only
    // between words (a word with hyphens or soft hyphens by its widest piece).
    qreal widestWord(Style s, const QString& text);
    // s when every word of text fits width, else its smaller cut (when it has one).
    Style fitting(Style s, const QString& text, qreal width);
    static Style smaller(Style s);

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
    void breakLongWord(Entry& e, const QString& word, qreal width, bool elide, QStringList& lines,
                       QString& line, qreal& lineWidth);

    std::array<Entry, std::size_t(Style::Count)> m_entries;
};

} // namespace sakra::report
