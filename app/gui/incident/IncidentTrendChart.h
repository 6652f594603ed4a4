#pragma once

#include "ComparisonChart.h"

namespace sakra::gui {

// Incidents per quarter as a line, with a dashed grey line for the same quarters a year earlier,
// every point's count written above it and the quarters named below. Drawn with QPainter.
class IncidentTrendChart : public ComparisonChart
{
    Q_OBJECT

public:
    explicit IncidentTrendChart(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    int figureAt(const QPoint& position) const override;
    QString emptyDescription() const override { return tr("Inga kvartal att visa."); }

private:
    QRect plotRect() const;
    double xOf(int index, const QRect& plot) const;
};

} // namespace sakra::gui
