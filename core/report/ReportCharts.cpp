#include "ReportCharts.h"

#include "ReportLayout.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace sakra::report {

namespace {

const QColor kAxis(0x6b7785);
const QColor kGrid(0xe1e6ec);

// A round upper bound for the value axis and its step: 1, 2 or 5 times a power of ten.
std::pair<double, double> niceScale(double maximum, int ticks)
{
    if (maximum <= 0)
        return {double(ticks), 1.0};
    const double raw = maximum / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    if (step < 1)
        step = 1; // counts and kronor: no fractional ticks
    return {step * std::ceil(maximum / step), step};
}

QString tickText(double value)
{
    if (value >= 1e6 && std::fmod(value, 1e5) == 0)
        return QString::number(value / 1e6, 'g', 3) + QStringLiteral(" M");
    if (value >= 1e4 && std::fmod(value, 1e3) == 0)
        return QString::number(value / 1e3, 'g', 4) + QStringLiteral(" k");
    return QString::number(qint64(value));
}

void label(QPainter& p, FontSet& fonts, Style s, const QRectF& r, int flags, const QString& text)
{
    p.setFont(fonts.font(s));
    p.setPen(fonts.colour(s));
    p.drawText(r, flags, text);
}

// Title on the left, legend on the right; returns the height used.
qreal titleAndLegend(QPainter& p, FontSet& fonts, const QRectF& rect, const QString& title,
                     const std::vector<ChartSeries>& series)
{
    const qreal lh = fonts.lineHeight(Style::ChartTitle);
    // The title has the width the legend leaves; one too long for it takes the chart labels' size.
    qreal legend = 0;
    for (const ChartSeries& s : series)
        legend += fonts.width(Style::ChartLabel, s.name) + pt(22);
    const qreal room = rect.width() - legend - pt(10);
    label(p, fonts, fonts.width(Style::ChartTitle, title) <= room ? Style::ChartTitle : Style::ChartLabel,
          QRectF(rect.left(), rect.top(), room, lh), Qt::AlignLeft | Qt::AlignVCenter, title);
    qreal x = rect.right();
    for (auto it = series.rbegin(); it != series.rend(); ++it) {
        const qreal w = fonts.width(Style::ChartLabel, it->name);
        x -= w;
        label(p, fonts, Style::ChartLabel, QRectF(x, rect.top(), w + pt(2), lh),
              Qt::AlignLeft | Qt::AlignVCenter, it->name);
        x -= pt(10);
        p.fillRect(QRectF(x, rect.top() + lh / 2 - pt(3.5), pt(7), pt(7)), it->colour);
        x -= pt(12);
    }
    return lh + pt(8);
}

struct Plot
{
    QRectF area;
    double top = 1;
};

Plot valueAxis(QPainter& p, FontSet& fonts, const QRectF& rect, double maximum, qreal bottomLabels)
{
    const auto [top, step] = niceScale(maximum, 4);
    qreal axisWidth = 0;
    for (double v = 0; v <= top + step / 2; v += step)
        axisWidth = std::max(axisWidth, fonts.width(Style::ChartLabel, tickText(v)));
    Plot plot{QRectF(rect.left() + axisWidth + pt(6), rect.top() + pt(4), rect.width() - axisWidth - pt(6),
                     rect.height() - bottomLabels - pt(4)),
              top};
    const qreal lh = fonts.lineHeight(Style::ChartLabel);
    for (double v = 0; v <= top + step / 2; v += step) {
        const qreal y = plot.area.bottom() - plot.area.height() * v / top;
        p.setPen(QPen(v == 0 ? kAxis : kGrid, pt(v == 0 ? 0.8 : 0.5)));
        p.drawLine(QLineF(plot.area.left(), y, plot.area.right(), y));
        label(p, fonts, Style::ChartLabel, QRectF(rect.left(), y - lh / 2, axisWidth, lh),
              Qt::AlignRight | Qt::AlignVCenter, tickText(v));
    }
    return plot;
}

// The title and legend of a chart of series, then its value axis up to the largest value, with
// bottomLabels of room under the plot for the category labels.
Plot seriesPlot(QPainter& p, FontSet& fonts, const QRectF& rect, const QString& title,
                const std::vector<ChartSeries>& series, qreal bottomLabels)
{
    const qreal head = titleAndLegend(p, fonts, rect, title, series);
    double maximum = 0;
    for (const ChartSeries& s : series)
        for (const double v : s.values)
            maximum = std::max(maximum, v);
    const QRectF body(rect.left(), rect.top() + head, rect.width(), rect.height() - head);
    return valueAxis(p, fonts, body, maximum, bottomLabels);
}

void paintBars(QPainter& p, const QRectF& rect, const BarChart& chart, FontSet& fonts)
{
    const qreal lh = fonts.lineHeight(Style::ChartLabel);
    const Plot plot = seriesPlot(p, fonts, rect, chart.title, chart.series, 2 * lh + pt(4));
    const qsizetype n = chart.categories.size();
    if (n == 0)
        return;
    const qreal slot = plot.area.width() / qreal(n);
    const qsizetype ns = qsizetype(chart.series.size());
    const qreal barWidth = std::min(slot * 0.75 / qreal(std::max<qsizetype>(1, ns)), pt(28));
    for (qsizetype c = 0; c < n; ++c) {
        const qreal groupLeft = plot.area.left() + slot * qreal(c) + (slot - barWidth * qreal(ns)) / 2;
        for (qsizetype s = 0; s < ns; ++s) {
            const double v = chart.series[std::size_t(s)].values.value(c);
            const qreal h = plot.area.height() * v / plot.top;
            const QRectF bar(groupLeft + barWidth * qreal(s), plot.area.bottom() - h, barWidth * 0.92, h);
            p.fillRect(bar, chart.series[std::size_t(s)].colour);
            if (v > 0)
                label(p, fonts, Style::ChartLabel,
                      QRectF(bar.left() - pt(10), bar.top() - lh, bar.width() + pt(20), lh),
                      Qt::AlignHCenter | Qt::AlignBottom, tickText(v));
        }
        // A name too long for its slot takes the smaller cut, then is cut short: never broken
        // between letters.
        const QString& name = chart.categories.at(c);
        const Style s = fonts.fitting(Style::ChartLabel, name, slot - pt(2));
        const QStringList lines = fonts.wrap(s, name, slot - pt(2), 2, true);
        qreal y = plot.area.bottom() + pt(3);
        for (const QString& line : lines) {
            label(p, fonts, s, QRectF(plot.area.left() + slot * qreal(c), y, slot, lh), Qt::AlignHCenter,
                  line);
            y += fonts.lineHeight(s);
        }
    }
}

void paintLines(QPainter& p, const QRectF& rect, const LineChart& chart, FontSet& fonts)
{
    const qreal lh = fonts.lineHeight(Style::ChartLabel);
    const Plot plot = seriesPlot(p, fonts, rect, chart.title, chart.series, lh + pt(4));
    const qsizetype n = chart.points.size();
    if (n == 0)
        return;
    const qreal slot = plot.area.width() / qreal(n);
    auto xAt = [&](qsizetype i) { return plot.area.left() + slot * (qreal(i) + 0.5); };
    // Label every point when there is room, else every few.
    const qreal widest = fonts.width(Style::ChartLabel, chart.points.value(0)) + pt(6);
    const qsizetype every = std::max<qsizetype>(1, qsizetype(std::ceil(widest / slot)));
    for (qsizetype i = 0; i < n; i += every)
        label(p, fonts, Style::ChartLabel,
              QRectF(xAt(i) - slot * qreal(every) / 2, plot.area.bottom() + pt(3), slot * qreal(every), lh),
              Qt::AlignHCenter, chart.points.at(i));
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const ChartSeries& s : chart.series) {
        QPainterPath path;
        for (qsizetype i = 0; i < n; ++i) {
            const QPointF pt_(xAt(i), plot.area.bottom() - plot.area.height() * s.values.value(i) / plot.top);
            if (i == 0)
                path.moveTo(pt_);
            else
                path.lineTo(pt_);
        }
        p.setPen(QPen(s.colour, pt(1.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(s.colour);
        p.setPen(Qt::NoPen);
        for (qsizetype i = 0; i < n; ++i)
            p.drawEllipse(
                QPointF(xAt(i), plot.area.bottom() - plot.area.height() * s.values.value(i) / plot.top),
                pt(2), pt(2));
    }
    p.setBrush(Qt::NoBrush);
}

void paintHeatMap(QPainter& p, const QRectF& rect, const HeatMapChart& chart, FontSet& fonts)
{
    const qreal lh = fonts.lineHeight(Style::ChartLabel);
    label(p, fonts, Style::ChartTitle,
          QRectF(rect.left(), rect.top(), rect.width(), fonts.lineHeight(Style::ChartTitle)),
          Qt::AlignLeft | Qt::AlignVCenter, chart.title);
    const qreal top = rect.top() + fonts.lineHeight(Style::ChartTitle) + pt(8);
    const int L = std::max(1, chart.likelihoodSteps);
    const int C = std::max(1, chart.consequenceSteps);
    const qreal axisLabel = lh + pt(16);
    const qreal cell = std::min((rect.bottom() - top - 2 * lh - pt(8)) / L, pt(44));
    const qreal left = rect.left() + axisLabel;
    // Likelihood upwards, consequence to the right, as on the risk area's screen.
    for (int l = 1; l <= L; ++l) {
        const qreal y = top + qreal(L - l) * cell;
        label(p, fonts, Style::ChartLabel, QRectF(left - pt(14), y, pt(12), cell),
              Qt::AlignRight | Qt::AlignVCenter, QString::number(l));
        for (int c = 1; c <= C; ++c) {
            const std::size_t i = std::size_t((l - 1) * C + (c - 1));
            const QRectF r(left + qreal(c - 1) * cell, y, cell, cell);
            p.fillRect(r, i < chart.colours.size() ? chart.colours[i] : QColor(0xeeeeee));
            p.setPen(QPen(Qt::white, pt(1.5)));
            p.drawRect(r);
            const int count = i < chart.counts.size() ? chart.counts[i] : 0;
            if (count > 0)
                label(p, fonts, Style::Bold, r, Qt::AlignCenter, QString::number(count));
        }
    }
    const qreal gridBottom = top + qreal(L) * cell;
    for (int c = 1; c <= C; ++c)
        label(p, fonts, Style::ChartLabel, QRectF(left + qreal(c - 1) * cell, gridBottom + pt(2), cell, lh),
              Qt::AlignHCenter, QString::number(c));
    label(p, fonts, Style::ChartLabel, QRectF(left, gridBottom + lh + pt(4), cell * C, lh), Qt::AlignHCenter,
          chart.consequenceLabel);
    p.save();
    p.translate(rect.left() + lh, top + qreal(L) * cell / 2);
    p.rotate(-90);
    label(p, fonts, Style::ChartLabel, QRectF(-qreal(L) * cell / 2, -lh, qreal(L) * cell, lh),
          Qt::AlignHCenter | Qt::AlignBottom, chart.likelihoodLabel);
    p.restore();
}

} // namespace

void paintChart(QPainter& painter, const QRectF& rect, const Block& block, FontSet& fonts)
{
    painter.save();
    if (const auto* b = std::get_if<BarChart>(&block))
        paintBars(painter, rect, *b, fonts);
    else if (const auto* l = std::get_if<LineChart>(&block))
        paintLines(painter, rect, *l, fonts);
    else if (const auto* h = std::get_if<HeatMapChart>(&block))
        paintHeatMap(painter, rect, *h, fonts);
    painter.restore();
}

} // namespace sakra::report
