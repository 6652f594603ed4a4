#pragma once

#include <QWidget>
#include <vector>

namespace sakra::gui {

// Incidents per quarter as a line, with a dashed grey line for the same quarters a year earlier,
// every point's count written above it and the quarters named below. Drawn with QPainter.
class IncidentTrendChart : public QWidget
{
    Q_OBJECT

public:
    struct Point
    {
        QString label; // "2025 kv. 1"
        qint64 value = 0;
        qint64 previous = -1; // the same quarter a year earlier; -1: not known
    };

    explicit IncidentTrendChart(QWidget* parent = nullptr);

    void setPoints(std::vector<Point> points, const QString& currentName, const QString& previousName);
    const std::vector<Point>& points() const { return m_points; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRect plotRect() const;
    double xOf(int index, const QRect& plot) const;
    int indexAt(const QPoint& position) const;
    qint64 maximum() const;

    std::vector<Point> m_points;
    QString m_currentName;
    QString m_previousName;
};

} // namespace sakra::gui
