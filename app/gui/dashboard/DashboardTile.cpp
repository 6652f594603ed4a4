#include "DashboardTile.h"

#include "widgets/Palette.h"

#include <QLocale>
#include <QPainter>
#include <QStyleOptionButton>

namespace sakra::gui {

DashboardTile::DashboardTile(QWidget* parent) : QPushButton(parent)
{
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DashboardTile::setCount(qint64 count, const QString& title, const QString& detailWhenAny,
                             const QString& detailWhenNone)
{
    setFigure(QLocale().toString(count), title, count > 0 ? detailWhenAny : detailWhenNone, count > 0);
}

void DashboardTile::setFigure(const QString& number, const QString& title, const QString& detail,
                              bool warning)
{
    m_number = number;
    m_title = title;
    m_detail = detail;
    m_warning = warning;
    // The button's own text is what screen readers and tests read; the painting shows the same.
    setText(tr("%1 %2").arg(number, title));
    setAccessibleDescription(detail);
    setToolTip(detail);
    update();
}

QSize DashboardTile::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {260, metrics.height() * 2 * 2 + metrics.height() * 3 + 24};
}

void DashboardTile::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.setPen(QPen(m_warning ? palette::lateBorder : palette::calmBorder, hasFocus() ? 2.5 : 1));
    painter.setBrush(m_warning ? palette::lateBackground
                               : (underMouse() ? palette().color(QPalette::AlternateBase)
                                               : palette().color(QPalette::Base)));
    painter.drawRoundedRect(frame, 6, 6);

    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 2.2);
    big.setBold(true);
    QFont bold = font();
    bold.setBold(true);
    const int pad = 12;
    QRect area = rect().adjusted(pad, pad / 2 + 2, -pad, -pad / 2);
    painter.setFont(big);
    painter.setPen(m_warning ? palette::lateText : palette::text);
    const int bigHeight = QFontMetrics(big).height();
    painter.drawText(QRect(area.left(), area.top(), area.width(), bigHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, m_number);
    painter.setFont(bold);
    const int line = QFontMetrics(bold).height();
    painter.drawText(QRect(area.left(), area.top() + bigHeight, area.width(), line),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, area.width()));
    painter.setFont(font());
    painter.setPen(palette::detail);
    painter.drawText(QRect(area.left(), area.top() + bigHeight + line + 2, area.width(),
                           area.bottom() - (area.top() + bigHeight + line + 2)),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_detail);
}

} // namespace sakra::gui
