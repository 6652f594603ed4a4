#include "IncidentBarChart.h"

#include "widgets/Palette.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <utility>

namespace sakra::gui {

namespace {
constexpr int kMargin = 8;
} // namespace

IncidentBarChart::IncidentBarChart(QWidget* parent)
    : ComparisonChart(parent), m_emptyText(tr("Inga händelser under perioden."))
{
}

void IncidentBarChart::setEmptyText(const QString& text)
{
    m_emptyText = text;
    describe();
    update();
}

int IncidentBarChart::rowHeight() const
{
    return hasComparison() ? fontMetrics().height() + 12 : fontMetrics().height() + 6;
}

int IncidentBarChart::legendHeight() const
{
    return hasComparison() ? fontMetrics().height() + 8 : 0;
}

int IncidentBarChart::labelWidth() const
{
    int widest = 0;
    for (const Figure& b : figures())
        widest = std::max(widest, fontMetrics().horizontalAdvance(b.label));
    return std::clamp(widest + 8, 60, std::max(60, width() * 2 / 5));
}

QSize IncidentBarChart::sizeHint() const
{
    const int rows = std::max(1, int(figures().size()));
    return {420, kMargin * 2 + legendHeight() + rows * rowHeight()};
}

QSize IncidentBarChart::minimumSizeHint() const
{
    return {240, sizeHint().height()};
}

int IncidentBarChart::figureAt(const QPoint& position) const
{
    const int y = position.y() - kMargin - legendHeight();
    if (y < 0)
        return -1;
    const int row = y / rowHeight();
    return row < int(figures().size()) ? row : -1;
}

void IncidentBarChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    if (paintEmpty(painter, kMargin))
        return;
    const bool comparison = hasComparison();
    int top = kMargin;
    if (comparison) {
        // Legend: a swatch and a name for each series.
        int x = kMargin;
        const int swatch = metrics.height() - 4;
        for (const auto& [colour, name] : {std::pair{palette::series, currentName()},
                                           std::pair{palette::previousSeries, previousName()}}) {
            painter.fillRect(QRect(x, top + 2, swatch, swatch), colour);
            x += swatch + 4;
            painter.setPen(palette::text);
            painter.drawText(QRect(x, top, metrics.horizontalAdvance(name) + 2, metrics.height()),
                             Qt::AlignVCenter, name);
            x += metrics.horizontalAdvance(name) + 16;
        }
        top += legendHeight();
    }
    const int labels = labelWidth();
    const int numberSpace = metrics.horizontalAdvance(QLocale().toString(maximum())) + 12;
    const int barLeft = kMargin + labels;
    const int barSpace = std::max(20, width() - barLeft - numberSpace - kMargin);
    const double scale = double(barSpace) / double(maximum());
    const int row = rowHeight();

    painter.setPen(palette::grid);
    painter.drawLine(barLeft, top, barLeft, top + row * int(figures().size()));
    for (int i = 0; i < int(figures().size()); ++i) {
        const Figure& b = figures()[size_t(i)];
        const int y = top + i * row;
        painter.setPen(palette::text);
        const QString label = metrics.elidedText(b.label, Qt::ElideRight, labels - 6);
        painter.drawText(QRect(kMargin, y, labels - 6, row), Qt::AlignVCenter | Qt::AlignRight, label);
        const int mainHeight = comparison ? (row - 4) * 2 / 3 : row - 6;
        const int mainWidth = int(double(b.value) * scale + 0.5);
        const QRect bar(barLeft, y + 2, std::max(b.value > 0 ? 2 : 0, mainWidth), mainHeight);
        painter.fillRect(bar, palette::series);
        QString number = QLocale().toString(b.value);
        if (b.previous >= 0) {
            const int previousWidth = int(double(b.previous) * scale + 0.5);
            painter.fillRect(QRect(barLeft, bar.bottom() + 1, std::max(b.previous > 0 ? 2 : 0, previousWidth),
                                   std::max(3, row - 4 - mainHeight - 1)),
                             palette::previousSeries);
        }
        painter.setPen(palette::text);
        painter.drawText(QRect(bar.right() + 5, y, numberSpace + barSpace, row),
                         Qt::AlignVCenter | Qt::AlignLeft, number);
    }
}

} // namespace sakra::gui
