#include "IncidentTrendChart.h"

#include "widgets/Palette.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace sakra::gui {

namespace {
constexpr int kMargin = 8;

// A round step for the value axis: 1, 2 or 5 times a power of ten, about four lines in all.
qint64 niceStep(qint64 top)
{
    const double raw = std::max(1.0, double(top) / 4.0);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= raw)
            return std::max<qint64>(1, qint64(m * power));
    return qint64(10 * power);
}
} // namespace

IncidentTrendChart::IncidentTrendChart(QWidget* parent) : ComparisonChart(parent) {}

QSize IncidentTrendChart::sizeHint() const
{
    return {640, fontMetrics().height() * 14};
}

QSize IncidentTrendChart::minimumSizeHint() const
{
    return {320, fontMetrics().height() * 12};
}

QRect IncidentTrendChart::plotRect() const
{
    const QFontMetrics metrics = fontMetrics();
    const qint64 step = niceStep(maximum());
    const qint64 top = ((maximum() + step - 1) / step) * step;
    const int axis = metrics.horizontalAdvance(QLocale().toString(top)) + 10;
    const int legend = metrics.height() + 8;
    // Room for the value over the highest point, and two lines of quarter labels below.
    return QRect(
        kMargin + axis, kMargin + legend + metrics.height(),
        std::max(40, width() - 2 * kMargin - axis - metrics.horizontalAdvance(QStringLiteral("0000"))),
        std::max(40, height() - 2 * kMargin - legend - metrics.height() * 4));
}

double IncidentTrendChart::xOf(int index, const QRect& plot) const
{
    const int n = int(figures().size());
    if (n <= 1)
        return plot.center().x();
    return plot.left() + plot.width() * (index + 0.5) / n;
}

int IncidentTrendChart::figureAt(const QPoint& position) const
{
    const QRect plot = plotRect();
    if (figures().empty() || position.x() < plot.left() || position.x() > plot.right())
        return -1;
    const int index = int(double(position.x() - plot.left()) * int(figures().size()) / plot.width());
    return std::clamp(index, 0, int(figures().size()) - 1);
}

void IncidentTrendChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    if (paintEmpty(painter, kMargin))
        return;
    const QRect plot = plotRect();
    const qint64 step = niceStep(maximum());
    const qint64 top = ((maximum() + step - 1) / step) * step;
    auto yOf = [&](qint64 value) {
        return plot.bottom() - double(plot.height()) * double(value) / double(top);
    };

    // Legend.
    int x = plot.left();
    const int y0 = kMargin;
    for (const auto& [colour, name, dashed] : {std::tuple{palette::series, currentName(), false},
                                               std::tuple{palette::previousSeries, previousName(), true}}) {
        QPen pen(colour, 2.5, dashed ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, y0 + metrics.height() / 2.0),
                         QPointF(x + 24, y0 + metrics.height() / 2.0));
        x += 30;
        painter.setPen(palette::text);
        painter.drawText(QRect(x, y0, metrics.horizontalAdvance(name) + 2, metrics.height()),
                         Qt::AlignVCenter, name);
        x += metrics.horizontalAdvance(name) + 20;
    }

    // Value axis and grid.
    for (qint64 v = 0; v <= top; v += step) {
        const double y = yOf(v);
        painter.setPen(palette::grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(palette::text);
        const QString text = QLocale().toString(v);
        painter.drawText(
            QRectF(kMargin, y - metrics.height() / 2.0, plot.left() - kMargin - 6, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, text);
    }

    // Quarter labels: "2025" over "kv. 1" when the label has a space to break at.
    const int n = int(figures().size());
    const double slot = double(plot.width()) / std::max(1, n);
    for (int i = 0; i < n; ++i) {
        const QString label = figures()[size_t(i)].label;
        const int space = int(label.indexOf(QLatin1Char(' ')));
        const QString first = space > 0 ? label.left(space) : label;
        const QString second = space > 0 ? label.mid(space + 1) : QString();
        const QRectF cell(xOf(i, plot) - slot / 2, plot.bottom() + 4, slot, metrics.height());
        painter.setPen(palette::text);
        painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop, first);
        painter.drawText(cell.translated(0, metrics.height()), Qt::AlignHCenter | Qt::AlignTop, second);
    }

    // Last year first, so this year's line is drawn over it.
    QPainterPath previous;
    bool started = false;
    for (int i = 0; i < n; ++i) {
        const Figure& p = figures()[size_t(i)];
        if (p.previous < 0) {
            started = false;
            continue;
        }
        const QPointF at(xOf(i, plot), yOf(p.previous));
        if (started)
            previous.lineTo(at);
        else
            previous.moveTo(at);
        started = true;
    }
    painter.setPen(QPen(palette::previousSeries, 2, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(previous);

    QPainterPath current;
    for (int i = 0; i < n; ++i) {
        const QPointF at(xOf(i, plot), yOf(figures()[size_t(i)].value));
        if (i == 0)
            current.moveTo(at);
        else
            current.lineTo(at);
    }
    painter.setPen(QPen(palette::series, 2.5));
    painter.drawPath(current);
    for (int i = 0; i < n; ++i) {
        const Figure& p = figures()[size_t(i)];
        const QPointF at(xOf(i, plot), yOf(p.value));
        painter.setPen(QPen(palette::series, 2));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawEllipse(at, 3.5, 3.5);
        painter.setPen(palette::text);
        painter.drawText(QRectF(at.x() - slot / 2, at.y() - metrics.height() - 5, slot, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignBottom, QLocale().toString(p.value));
    }
}

} // namespace sakra::gui
