#pragma once

#include <QColor>
#include <QString>
#include <functional>
#include <optional>

namespace sakra::gui {

// The sort of a list whose order its page chooses: no column sorts it.
struct NoSort
{
};

// One column of a table model, described once: its header, how a row reads in it and, where the
// list can be sorted by it, the query's sort. The model's base answers the header, the display
// and tool tip texts, the alignment and sorting from it (see ColumnTableModel).
template <typename Row, typename Sort = NoSort> struct TableColumn
{
    using Text = std::function<QString(const Row&)>;

    QString header;
    Text display;
    // Empty: the display text, so a narrow column can be read in full.
    Text toolTip;
    // Empty: the list cannot be sorted by this column.
    std::optional<Sort> sort;
    Qt::Alignment alignment;
    // Empty, or an invalid colour: the view's text colour.
    std::function<QColor(const Row&)> foreground;
    QString headerToolTip;
    // The column's starting width in pixels; 0: the view's default.
    int width = 0;

    TableColumn& sortedBy(Sort by)
    {
        sort = by;
        return *this;
    }
    TableColumn& withToolTip(Text text)
    {
        toolTip = std::move(text);
        return *this;
    }
    // Numbers and amounts, so their digits line up.
    TableColumn& alignedRight()
    {
        alignment = Qt::AlignRight | Qt::AlignVCenter;
        return *this;
    }
    TableColumn& withForeground(std::function<QColor(const Row&)> colour)
    {
        foreground = std::move(colour);
        return *this;
    }
    TableColumn& wide(int pixels)
    {
        width = pixels;
        return *this;
    }
    TableColumn& withHeaderToolTip(QString text)
    {
        headerToolTip = std::move(text);
        return *this;
    }
};

} // namespace sakra::gui
