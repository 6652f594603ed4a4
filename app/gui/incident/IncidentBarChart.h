#pragma once

#include <QWidget>
#include <vector>

namespace sakra::gui {

// Horizontal bars, one per row (a kind of incident, a unit), with the count written at the end of
// each bar, and when given a thin grey bar under it for the same period a year earlier. The
// numbers are written out, so nothing rests on bar length or colour alone. Drawn with QPainter.
class IncidentBarChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        qint64 value = 0;
        qint64 previous = -1; // the comparison figure; -1: none
    };

    explicit IncidentBarChart(QWidget* parent = nullptr);

    // currentName and previousName label the legend when any bar has a comparison figure.
    void setBars(std::vector<Bar> bars, const QString& currentName = QString(),
                 const QString& previousName = QString());
    const std::vector<Bar>& bars() const { return m_bars; }
    // Shown instead of the bars when there are none.
    void setEmptyText(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    bool hasComparison() const;
    int rowHeight() const;
    int legendHeight() const;
    int labelWidth() const;
    int rowAt(const QPoint& position) const;
    qint64 maximum() const;

    std::vector<Bar> m_bars;
    QString m_currentName;
    QString m_previousName;
    QString m_emptyText;
};

} // namespace sakra::gui
