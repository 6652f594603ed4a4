#include "HeatMapWidget.h"

#include "ColourContrast.h"
#include "HeatMapModel.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QToolTip>
#include <algorithm>

namespace sakra::gui {

namespace {
constexpr int kMargin = 4;

// A faded cell colour: the level still shows, but a chosen cell stands out against it.
QColor faded(const QColor& colour, const QColor& base)
{
    return QColor::fromRgbF(0.35f * colour.redF() + 0.65f * base.redF(),
                            0.35f * colour.greenF() + 0.65f * base.greenF(),
                            0.35f * colour.blueF() + 0.65f * base.blueF());
}
} // namespace

HeatMapWidget::HeatMapWidget(QWidget* parent)
    : QWidget(parent), m_likelihoodTitle(tr("Sannolikhet")), m_consequenceTitle(tr("Konsekvens"))
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Riskmatris"));
}

void HeatMapWidget::setModel(HeatMapModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &HeatMapModel::modelReset, this, &HeatMapWidget::onModelReset);
        connect(m_model, &HeatMapModel::dataChanged, this, [this] {
            updateAccessibleText();
            update();
        });
    }
    onModelReset();
}

int HeatMapWidget::count(int likelihood, int consequence) const
{
    return m_model ? m_model->count(likelihood, consequence) : 0;
}

bool HeatMapWidget::hasCells() const
{
    return m_model && m_model->likelihoodSize() > 0 && m_model->consequenceSize() > 0;
}

void HeatMapWidget::selectCell(int likelihood, int consequence)
{
    if (!hasCells() || likelihood < 1 || consequence < 1 || likelihood > m_model->likelihoodSize() ||
        consequence > m_model->consequenceSize())
        likelihood = consequence = 0;
    if (likelihood == m_selectedLikelihood && consequence == m_selectedConsequence)
        return;
    m_selectedLikelihood = likelihood;
    m_selectedConsequence = consequence;
    if (likelihood > 0)
        setCurrentCell(likelihood, consequence);
    updateAccessibleText();
    update();
    Q_EMIT selectionChanged(likelihood, consequence);
}

void HeatMapWidget::setCurrentCell(int likelihood, int consequence)
{
    if (!hasCells())
        return;
    m_currentLikelihood = std::clamp(likelihood, 1, m_model->likelihoodSize());
    m_currentConsequence = std::clamp(consequence, 1, m_model->consequenceSize());
    updateAccessibleText();
    update();
}

void HeatMapWidget::setInteractive(bool interactive)
{
    m_interactive = interactive;
    setFocusPolicy(interactive ? Qt::StrongFocus : Qt::NoFocus);
    if (!interactive)
        clearSelection();
    update();
}

void HeatMapWidget::setCellText(CellText text)
{
    m_cellText = text;
    update();
}

void HeatMapWidget::setAxisTitles(const QString& likelihood, const QString& consequence)
{
    m_likelihoodTitle = likelihood;
    m_consequenceTitle = consequence;
    update();
}

void HeatMapWidget::onModelReset()
{
    // Another matrix or none: a chosen cell may no longer exist or mean the same.
    if (!hasCells() || m_currentLikelihood == 0) {
        // The keyboard starts at the top left once the widget has focus.
        m_currentLikelihood = m_currentConsequence = 0;
    } else {
        m_currentLikelihood = std::clamp(m_currentLikelihood, 1, m_model->likelihoodSize());
        m_currentConsequence = std::clamp(m_currentConsequence, 1, m_model->consequenceSize());
    }
    if (hasSelection() && (!hasCells() || m_selectedLikelihood > m_model->likelihoodSize() ||
                           m_selectedConsequence > m_model->consequenceSize()))
        clearSelection();
    updateGeometry();
    updateAccessibleText();
    update();
}

HeatMapWidget::Geometry HeatMapWidget::geometry() const
{
    Geometry g;
    if (!hasCells())
        return g;
    const QFontMetrics fm(font());
    g.axisWidth = fm.height() + 4;
    int widest = 0;
    for (int l = 1; l <= m_model->likelihoodSize(); ++l)
        widest = std::max(widest, fm.horizontalAdvance(m_model->likelihoodText(l)));
    g.labelWidth =
        std::clamp(widest + 8, fm.horizontalAdvance(QStringLiteral("0000")), std::max(60, width() * 3 / 10));
    g.labelLeft = kMargin + g.axisWidth;
    g.bottomLabels = fm.lineSpacing() * 3 + 6;
    const int left = g.labelLeft + g.labelWidth + 4;
    const int bottom = height() - kMargin - fm.height() - 4 - g.bottomLabels;
    g.grid = QRect(left, kMargin, std::max(0, width() - kMargin - left), std::max(0, bottom - kMargin));
    g.cellWidth = double(g.grid.width()) / m_model->consequenceSize();
    g.cellHeight = double(g.grid.height()) / m_model->likelihoodSize();
    return g;
}

QRect HeatMapWidget::cellRect(const Geometry& g, int likelihood, int consequence) const
{
    const int row = m_model->likelihoodSize() - likelihood;
    const int column = consequence - 1;
    const int x0 = g.grid.left() + int(column * g.cellWidth);
    const int x1 = g.grid.left() + int((column + 1) * g.cellWidth);
    const int y0 = g.grid.top() + int(row * g.cellHeight);
    const int y1 = g.grid.top() + int((row + 1) * g.cellHeight);
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

QRect HeatMapWidget::cellGeometry(int likelihood, int consequence) const
{
    if (!hasCells() || likelihood < 1 || consequence < 1 || likelihood > m_model->likelihoodSize() ||
        consequence > m_model->consequenceSize())
        return {};
    return cellRect(geometry(), likelihood, consequence);
}

QPoint HeatMapWidget::cellAt(const QPoint& position) const
{
    const Geometry g = geometry();
    if (!hasCells() || !g.grid.contains(position) || g.cellWidth <= 0 || g.cellHeight <= 0)
        return {};
    const int column =
        std::min(int((position.x() - g.grid.left()) / g.cellWidth), m_model->consequenceSize() - 1);
    const int row =
        std::min(int((position.y() - g.grid.top()) / g.cellHeight), m_model->likelihoodSize() - 1);
    return QPoint(column + 1, m_model->likelihoodSize() - row);
}

QSize HeatMapWidget::sizeHint() const
{
    const QFontMetrics fm(font());
    const int cells = hasCells() ? m_model->consequenceSize() : 5;
    const int rows = hasCells() ? m_model->likelihoodSize() : 5;
    return {kMargin * 2 + fm.height() + 4 + fm.horizontalAdvance(QStringLiteral("5 – Mycket sannolik")) + 12 +
                cells * 72,
            kMargin * 2 + rows * (fm.height() * 2 + 8) + fm.lineSpacing() * 3 + 6 + fm.height() + 4};
}

QSize HeatMapWidget::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    const int cells = hasCells() ? m_model->consequenceSize() : 5;
    const int rows = hasCells() ? m_model->likelihoodSize() : 5;
    return {kMargin * 2 + fm.height() + 4 + fm.horizontalAdvance(QStringLiteral("0000")) + 12 + cells * 34,
            // A row keeps room for a scale's name on two lines ("1 – Mycket / osannolik").
            kMargin * 2 + rows * (fm.height() * 2 + 2) + fm.lineSpacing() * 3 + 6 + fm.height() + 4};
}

void HeatMapWidget::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QStylePainter painter(this);
    if (!hasCells())
        return;
    const Geometry g = geometry();
    const QFontMetrics fm(font());
    const QColor base = palette().color(QPalette::Base);
    const QColor text =
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText);

    // Axis titles: likelihood written upwards along the left edge, consequence under the labels.
    painter.setPen(text);
    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.save();
    painter.translate(kMargin, g.grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRect(-g.grid.height() / 2, 0, g.grid.height(), g.axisWidth), Qt::AlignCenter,
                     m_likelihoodTitle);
    painter.restore();
    painter.drawText(
        QRect(g.grid.left(), g.grid.bottom() + 1 + g.bottomLabels, g.grid.width(), fm.height() + 4),
        Qt::AlignCenter, m_consequenceTitle);
    painter.setFont(font());

    for (int l = 1; l <= m_model->likelihoodSize(); ++l) {
        const QRect row = cellRect(g, l, 1);
        painter.drawText(QRect(g.labelLeft, row.top(), g.labelWidth, row.height()),
                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, m_model->likelihoodText(l));
    }
    // Consequence names go under narrow columns: a smaller font first, then cut words that
    // still do not fit (the tool tip and the accessible text have them whole).
    const int available = std::max(8, int(g.cellWidth) - 4);
    int widestWord = 0;
    for (const RiskMatrix::Label& label : m_model->matrix().consequenceLabels())
        for (const QString& word : label.text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widestWord = std::max(widestWord, fm.horizontalAdvance(word));
    QFont labelFont = font();
    if (widestWord > available)
        labelFont.setPointSizeF(std::max(0.75, double(available) / widestWord) * font().pointSizeF());
    painter.setFont(labelFont);
    const QFontMetrics labelMetrics(labelFont);
    for (int c = 1; c <= m_model->consequenceSize(); ++c) {
        const QRect column = cellRect(g, 1, c);
        QStringList words =
            m_model->matrix().consequenceLabels()[std::size_t(c - 1)].text().split(QLatin1Char(' '));
        for (QString& word : words)
            word = labelMetrics.elidedText(word, Qt::ElideRight, available);
        painter.drawText(
            QRect(column.left() + 2, g.grid.bottom() + 4, column.width() - 4, g.bottomLabels - 4),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
            QStringLiteral("%1\n%2").arg(c).arg(words.join(QLatin1Char(' '))));
    }
    painter.setFont(font());

    QFont countFont = font();
    countFont.setPointSizeF(countFont.pointSizeF() * 1.25);
    for (int l = 1; l <= m_model->likelihoodSize(); ++l) {
        for (int c = 1; c <= m_model->consequenceSize(); ++c) {
            const QRect cell = cellRect(g, l, c);
            const QModelIndex index = m_model->cellIndex(l, c);
            QColor fill = index.data(Qt::BackgroundRole).value<QColor>();
            if (!fill.isValid())
                fill = base;
            const bool chosen = l == m_selectedLikelihood && c == m_selectedConsequence;
            if (hasSelection() && !chosen)
                fill = faded(fill, base);
            painter.fillRect(cell, fill);
            painter.setPen(QPen(base, 1));
            painter.drawRect(cell.adjusted(0, 0, 0, 0));
            const int n = m_cellText == CellText::Count ? m_model->count(l, c) : l * c;
            countFont.setBold(m_cellText == CellText::Count && n > 0);
            painter.setFont(countFont);
            painter.setPen(ColourContrast::textOn(fill));
            painter.drawText(cell, Qt::AlignCenter, QString::number(n));
            if (chosen) {
                painter.setPen(QPen(text, 3));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(cell.adjusted(2, 2, -2, -2));
            }
        }
    }
    painter.setFont(font());

    if (m_interactive && hasFocus() && m_currentLikelihood > 0) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = cellRect(g, m_currentLikelihood, m_currentConsequence).adjusted(5, 5, -5, -5);
        option.backgroundColor = base;
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
        // The style's dotted frame is faint on strong colours; a solid one underneath keeps it seen.
        painter.setPen(
            QPen(ColourContrast::textOn(m_model->cellIndex(m_currentLikelihood, m_currentConsequence)
                                            .data(Qt::BackgroundRole)
                                            .value<QColor>()),
                 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(option.rect);
    }
}

bool HeatMapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && hasCells()) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() > 0)
            QToolTip::showText(help->globalPos(), m_model->describe(cell.y(), cell.x()), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void HeatMapWidget::mousePressEvent(QMouseEvent* event)
{
    if (!m_interactive || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() == 0)
        return;
    setCurrentCell(cell.y(), cell.x());
    // Clicking the chosen cell again lets go of it.
    if (cell.y() == m_selectedLikelihood && cell.x() == m_selectedConsequence)
        clearSelection();
    else
        selectCell(cell.y(), cell.x());
}

void HeatMapWidget::keyPressEvent(QKeyEvent* event)
{
    if (!m_interactive || !hasCells()) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (m_currentLikelihood == 0)
        setCurrentCell(m_model->likelihoodSize(), 1);
    switch (event->key()) {
    case Qt::Key_Up: setCurrentCell(m_currentLikelihood + 1, m_currentConsequence); break;
    case Qt::Key_Down: setCurrentCell(m_currentLikelihood - 1, m_currentConsequence); break;
    case Qt::Key_Left: setCurrentCell(m_currentLikelihood, m_currentConsequence - 1); break;
    case Qt::Key_Right: setCurrentCell(m_currentLikelihood, m_currentConsequence + 1); break;
    case Qt::Key_Home: setCurrentCell(m_currentLikelihood, 1); break;
    case Qt::Key_End: setCurrentCell(m_currentLikelihood, m_model->consequenceSize()); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_currentLikelihood == m_selectedLikelihood && m_currentConsequence == m_selectedConsequence)
            clearSelection();
        else
            selectCell(m_currentLikelihood, m_currentConsequence);
        break;
    case Qt::Key_Escape:
        // Only when there is something to let go of; otherwise Escape is the dialog's or window's.
        if (!hasSelection()) {
            event->ignore();
            return;
        }
        clearSelection();
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void HeatMapWidget::focusInEvent(QFocusEvent* event)
{
    if (hasCells() && m_currentLikelihood == 0)
        setCurrentCell(m_model->likelihoodSize(), 1);
    QWidget::focusInEvent(event);
    update();
}

void HeatMapWidget::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void HeatMapWidget::updateAccessibleText()
{
    // Screen readers get the cell under the keyboard and what is chosen, in words.
    QString description;
    if (hasCells()) {
        if (m_currentLikelihood > 0)
            description = m_model->describe(m_currentLikelihood, m_currentConsequence) + QStringLiteral(". ");
        if (hasSelection())
            description += tr("Listan visar rutan sannolikhet %1, konsekvens %2. ")
                               .arg(m_selectedLikelihood)
                               .arg(m_selectedConsequence);
        description += m_interactive
                           ? tr("Piltangenterna flyttar mellan rutorna, Enter väljer eller släpper en ruta.")
                           : QString();
    }
    setAccessibleDescription(description);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

} // namespace sakra::gui
