#include "ActionTimeline.h"

#include "widgets/Formatting.h"
#include "widgets/Palette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

namespace sakra::gui {

namespace {

QColor colourOf(const ActionTimeline::Entry& e)
{
    if (e.overdue)
        return palette::overdue;
    switch (e.status) {
    case Action::Status::Planned: return palette::planned;
    case Action::Status::InProgress:
    case Action::Status::Ongoing: return palette::series;
    case Action::Status::Done: return palette::done;
    case Action::Status::Postponed:
    case Action::Status::Cancelled: return palette::postponed;
    }
    return palette::planned;
}
} // namespace

ActionTimeline::ActionTimeline(QWidget* parent) : QWidget(parent), m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("actionTimeline"));
    setAccessibleName(tr("Tidslinje för åtgärdsplanen"));
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ActionTimeline::setEntries(std::vector<Entry> entries, const QDate& today)
{
    m_entries = std::move(entries);
    m_today = today;
    m_current = m_entries.empty() ? -1 : std::min(std::max(m_current, 0), int(m_entries.size()) - 1);
    QDate first = today;
    QDate last = today;
    for (const Entry& e : m_entries) {
        for (const QDate& d : {e.start, e.due, e.done}) {
            if (!d.isValid())
                continue;
            first = std::min(first, d);
            last = std::max(last, d);
        }
    }
    // Whole months either side, so the axis starts and ends on a month line.
    m_first = QDate(first.year(), first.month(), 1);
    const QDate next = last.addMonths(1);
    m_last = QDate(next.year(), next.month(), 1);
    setAccessibleDescription(tr("%n åtgärder från %1 till %2", nullptr, int(m_entries.size()))
                                 .arg(Formatting::date(m_first), Formatting::date(m_last)));
    updateGeometry();
    update();
}

int ActionTimeline::rowHeight() const
{
    return fontMetrics().height() + 8;
}

int ActionTimeline::headerHeight() const
{
    return fontMetrics().height() * 2 + 10;
}

int ActionTimeline::labelWidth() const
{
    return std::clamp(width() * 3 / 10, 160, 340);
}

QSize ActionTimeline::sizeHint() const
{
    return {900, headerHeight() + rowHeight() * std::max<int>(3, int(m_entries.size())) + 4};
}

QSize ActionTimeline::minimumSizeHint() const
{
    return {480, sizeHint().height()};
}

QRect ActionTimeline::chartRect() const
{
    const int left = labelWidth() + 8;
    return QRect(left, headerHeight(), std::max(40, width() - left - 12),
                 rowHeight() * int(m_entries.size()));
}

double ActionTimeline::xOf(const QDate& day, const QRect& chart) const
{
    const double span = std::max<qint64>(1, m_first.daysTo(m_last));
    return chart.left() + chart.width() * double(m_first.daysTo(day)) / span;
}

int ActionTimeline::rowAt(const QPoint& position) const
{
    if (position.y() < headerHeight())
        return -1;
    const int row = (position.y() - headerHeight()) / rowHeight();
    return row < int(m_entries.size()) ? row : -1;
}

QString ActionTimeline::stateText(const Entry& e) const
{
    if (e.overdue)
        return tr("Försenad");
    return Action::kStatuses.label(e.status);
}

QString ActionTimeline::describe(const Entry& e) const
{
    QString text = e.title + QLatin1Char('\n') + stateText(e);
    if (e.start.isValid())
        text += QLatin1Char('\n') + tr("Start %1").arg(Formatting::date(e.start));
    text += QLatin1Char('\n') + tr("Klar senast %1").arg(Formatting::date(e.due));
    if (e.done.isValid())
        text += QLatin1Char('\n') + tr("Genomförd %1").arg(Formatting::date(e.done));
    if (e.overdue)
        text += QLatin1Char('\n') + tr("%n dagar försenad", nullptr, int(e.due.daysTo(m_today)));
    return text;
}

void ActionTimeline::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (m_entries.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("Inga åtgärder med slutdatum inom omfattningen."));
        return;
    }
    const QRect chart = chartRect();
    paintAxis(painter, chart);
    for (int row = 0; row < int(m_entries.size()); ++row)
        paintRow(painter, chart, row);

    // Today over everything, so no bar hides it.
    const double x = xOf(m_today, chart);
    QPen todayPen(palette::lateText, 2, Qt::DashLine);
    painter.setPen(todayPen);
    painter.drawLine(QPointF(x, headerHeight() - 4), QPointF(x, chart.bottom()));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette::lateText);
    const QString label = tr("I dag");
    const int labelWidth = QFontMetrics(bold).horizontalAdvance(label);
    painter.drawText(QRectF(x - labelWidth / 2.0 - 2, 2, labelWidth + 4, fontMetrics().height()),
                     Qt::AlignCenter, label);
}

void ActionTimeline::paintAxis(QPainter& painter, const QRect& chart)
{
    const QLocale locale;
    const double span = std::max<qint64>(1, m_first.daysTo(m_last));
    const double perMonth = chart.width() * 30.4 / span;
    // Month lines while there is room for a label, else quarters, else years.
    const int step = perMonth >= 34 ? 1 : perMonth * 3 >= 34 ? 3 : 12;
    const int textY = fontMetrics().height() + 4;
    double labelsEnd = -1;
    for (QDate d = m_first; d <= m_last; d = d.addMonths(1)) {
        if ((d.month() - 1) % step != 0)
            continue;
        const double x = xOf(d, chart);
        const bool yearStart = d.month() == 1;
        painter.setPen(QPen(yearStart ? palette().color(QPalette::Mid) : palette::grid, 1));
        painter.drawLine(QPointF(x, textY), QPointF(x, chart.bottom()));
        painter.setPen(palette().color(QPalette::Text));
        QString text;
        if (step == 12)
            text = QString::number(d.year());
        else if (yearStart || d == m_first)
            text =
                QStringLiteral("%1 %2").arg(locale.monthName(d.month(), QLocale::ShortFormat)).arg(d.year());
        else
            text = locale.monthName(d.month(), QLocale::ShortFormat);
        // A label that would run into the one before it or off the right edge is left out rather
        // than overprinted or cut; the line still marks its month.
        const double textEnd = x + 3 + fontMetrics().horizontalAdvance(text);
        if (x + 3 > labelsEnd + 4 && textEnd <= width()) {
            painter.drawText(QPointF(x + 3, textY + fontMetrics().ascent() + 2), text);
            labelsEnd = textEnd;
        }
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(QPointF(0, headerHeight() - 1), QPointF(width(), headerHeight() - 1));
}

void ActionTimeline::paintRow(QPainter& painter, const QRect& chart, int row)
{
    const Entry& e = m_entries[std::size_t(row)];
    const int top = headerHeight() + row * rowHeight();
    const QRect rowRect(0, top, width(), rowHeight());
    if (row == m_current && hasFocus())
        painter.fillRect(rowRect, palette().color(QPalette::Highlight).lighter(185));
    else if (row % 2 == 1)
        painter.fillRect(rowRect, palette().color(QPalette::AlternateBase));

    // The title and, right-aligned beside it, the state in words.
    const QFontMetrics fm = fontMetrics();
    const QString state = stateText(e);
    QFont stateFont = font();
    stateFont.setBold(e.overdue);
    const int stateWidth = QFontMetrics(stateFont).horizontalAdvance(state) + 6;
    const QRect titleRect(6, top, labelWidth() - stateWidth - 8, rowHeight());
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                     fm.elidedText(e.title, Qt::ElideRight, titleRect.width()));
    painter.setFont(stateFont);
    painter.setPen(e.overdue ? palette::lateText : palette().color(QPalette::PlaceholderText).darker(130));
    painter.drawText(QRect(labelWidth() - stateWidth, top, stateWidth, rowHeight()),
                     Qt::AlignVCenter | Qt::AlignRight, state);
    painter.setFont(font());

    const QColor colour = colourOf(e);
    const double barTop = top + 4;
    const double barHeight = rowHeight() - 8;
    const double dueX = xOf(e.due, chart);
    if (e.start.isValid() && e.start < e.due) {
        const double startX = xOf(e.start, chart);
        painter.setPen(QPen(colour.darker(130), 1));
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(startX, barTop, std::max(3.0, dueX - startX), barHeight), 3, 3);
    } else {
        // No start date: a diamond on the due date.
        QPainterPath diamond;
        const double cy = barTop + barHeight / 2;
        const double r = barHeight / 2;
        diamond.moveTo(dueX, cy - r);
        diamond.lineTo(dueX + r, cy);
        diamond.lineTo(dueX, cy + r);
        diamond.lineTo(dueX - r, cy);
        diamond.closeSubpath();
        painter.setPen(QPen(colour.darker(130), 1));
        painter.setBrush(colour);
        painter.drawPath(diamond);
    }
    if (e.overdue && e.due < m_today) {
        // The time it has run over, hatched from the due date to today.
        const double todayX = xOf(m_today, chart);
        painter.setPen(QPen(palette::overdue, 1, Qt::DashLine));
        painter.setBrush(QBrush(palette::overdue, Qt::BDiagPattern));
        painter.drawRect(QRectF(dueX, barTop + 2, std::max(2.0, todayX - dueX), barHeight - 4));
        painter.setPen(palette::lateText);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRectF(todayX + 3, top, 16, rowHeight()), Qt::AlignVCenter | Qt::AlignLeft,
                         QStringLiteral("!"));
        painter.setFont(font());
    }
    if (e.status == Action::Status::Done && e.done.isValid()) {
        const double doneX = xOf(e.done, chart);
        painter.setPen(QPen(palette::done.darker(140), 2));
        painter.drawLine(QPointF(doneX, barTop - 2), QPointF(doneX, barTop + barHeight + 2));
        painter.drawText(QRectF(doneX + 3, top, 16, rowHeight()), Qt::AlignVCenter | Qt::AlignLeft,
                         QStringLiteral("✓"));
    }
}

bool ActionTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), describe(m_entries[std::size_t(row)]), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ActionTimeline::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        setCurrentRow(row);
    QWidget::mousePressEvent(event);
}

void ActionTimeline::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0)
        Q_EMIT actionActivated(m_entries[std::size_t(row)].id);
}

void ActionTimeline::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up: setCurrentRow(std::max(0, m_current - 1)); return;
    case Qt::Key_Down: setCurrentRow(std::min(int(m_entries.size()) - 1, m_current + 1)); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0 && m_current < int(m_entries.size()))
            Q_EMIT actionActivated(m_entries[std::size_t(m_current)].id);
        return;
    default: QWidget::keyPressEvent(event);
    }
}

void ActionTimeline::setCurrentRow(int row)
{
    if (row < 0 || row >= int(m_entries.size()))
        return;
    m_current = row;
    setToolTip(QString());
    setAccessibleDescription(describe(m_entries[std::size_t(row)]));
    update();
}

} // namespace sakra::gui
