#include "ComparisonChart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <algorithm>

namespace sakra::gui {

ComparisonChart::ComparisonChart(QWidget* parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::TabFocus);
}

void ComparisonChart::setFigures(std::vector<Figure> figures, const QString& currentName,
                                 const QString& previousName)
{
    m_figures = std::move(figures);
    m_currentName = currentName;
    m_previousName = previousName;
    describe();
    updateGeometry();
    update();
}

void ComparisonChart::describe()
{
    // The figures in words for screen readers: the chart itself is only a picture.
    QStringList parts;
    for (const Figure& f : m_figures) {
        QString part = tr("%1: %2").arg(f.label, QLocale().toString(f.value));
        if (f.previous >= 0)
            part += tr(" (%1: %2)").arg(m_previousName, QLocale().toString(f.previous));
        parts << part;
    }
    setAccessibleDescription(parts.isEmpty() ? emptyDescription() : parts.join(QStringLiteral("; ")));
}

bool ComparisonChart::paintEmpty(QPainter& painter, int margin)
{
    if (!m_figures.empty())
        return false;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignLeft | Qt::AlignTop,
                     emptyDescription());
    return true;
}

bool ComparisonChart::hasComparison() const
{
    return std::any_of(m_figures.begin(), m_figures.end(), [](const Figure& f) { return f.previous >= 0; });
}

qint64 ComparisonChart::maximum() const
{
    qint64 top = 1;
    for (const Figure& f : m_figures)
        top = std::max({top, f.value, f.previous});
    return top;
}

bool ComparisonChart::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const int index = figureAt(help->pos());
    if (index < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const Figure& f = m_figures[size_t(index)];
    QString text = tr("%1: %2").arg(f.label, QLocale().toString(f.value));
    if (f.previous >= 0)
        text += QLatin1Char('\n') + tr("%1: %2").arg(m_previousName, QLocale().toString(f.previous));
    QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace sakra::gui
