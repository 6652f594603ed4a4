#pragma once

#include <QWidget>

class QPainter;
#include <vector>

namespace sakra::gui {

// A chart of counts, each with the same count for a period a year earlier when it is known. The
// figures are written out for screen readers and in a tooltip at each mark, so nothing rests on
// the picture alone; subclasses draw it with QPainter.
class ComparisonChart : public QWidget
{
    Q_OBJECT

public:
    struct Figure
    {
        QString label;
        qint64 value = 0;
        qint64 previous = -1; // the comparison figure; -1: none
    };

    // currentName and previousName label the legend and the comparison figures.
    void setFigures(std::vector<Figure> figures, const QString& currentName = QString(),
                    const QString& previousName = QString());
    const std::vector<Figure>& figures() const { return m_figures; }

protected:
    explicit ComparisonChart(QWidget* parent);

    bool event(QEvent* event) override;
    // The index of the figure drawn at position; -1: none.
    virtual int figureAt(const QPoint& position) const = 0;
    // What a screen reader is told when there are no figures.
    virtual QString emptyDescription() const { return {}; }

    bool hasComparison() const;
    // The largest value or comparison figure, at least 1.
    qint64 maximum() const;
    const QString& currentName() const { return m_currentName; }
    const QString& previousName() const { return m_previousName; }
    // With no figures: writes what a screen reader is told in the chart's top left, and says so.
    bool paintEmpty(QPainter& painter, int margin);
    // Puts the description for screen readers right after a change that bears on it.
    void describe();

private:
    std::vector<Figure> m_figures;
    QString m_currentName;
    QString m_previousName;
};

} // namespace sakra::gui
