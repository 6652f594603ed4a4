#pragma once

#include "ComparisonChart.h"

namespace sakra::gui {

// Horizontal bars, one per row (a kind of incident, a unit), with the count written at the end of
// each bar, and when given a thin grey bar under it for the same period a year earlier. The
// numbers are written out, so nothing rests on bar length or colour alone. Drawn with QPainter.
class IncidentBarChart : public ComparisonChart
{
    Q_OBJECT

public:
    explicit IncidentBarChart(QWidget* parent = nullptr);

    // Shown instead of the bars when there are none.
    void setEmptyText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    int figureAt(const QPoint& position) const override;
    QString emptyDescription() const override { return m_emptyText; }

private:
    int rowHeight() const;
    int legendHeight() const;
    int labelWidth() const;

    QString m_emptyText;
};

} // namespace sakra::gui
