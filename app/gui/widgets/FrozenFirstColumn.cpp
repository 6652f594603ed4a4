#include "FrozenFirstColumn.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTableView>
#include <QWheelEvent>

namespace sakra::gui {

FrozenFirstColumn::FrozenFirstColumn(QTableView* view)
    : QObject(view), m_view(view), m_frozen(new QTableView(view))
{
    m_frozen->setObjectName(QStringLiteral("frozenFirstColumn"));
    m_frozen->setModel(view->model());
    m_frozen->setSelectionModel(view->selectionModel());
    m_frozen->setItemDelegate(view->itemDelegate());
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setSelectionBehavior(view->selectionBehavior());
    m_frozen->setAlternatingRowColors(view->alternatingRowColors());
    m_frozen->setWordWrap(view->wordWrap());
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollMode(view->verticalScrollMode());
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setDefaultSectionSize(view->verticalHeader()->defaultSectionSize());
    m_frozen->horizontalHeader()->setHighlightSections(false);
    m_frozen->horizontalHeader()->setSortIndicatorShown(view->horizontalHeader()->isSortIndicatorShown());
    m_frozen->horizontalHeader()->setSectionsClickable(view->horizontalHeader()->sectionsClickable());
    m_frozen->horizontalHeader()->setSortIndicator(view->horizontalHeader()->sortIndicatorSection(),
                                                   view->horizontalHeader()->sortIndicatorOrder());
    m_frozen->setFrameShape(QFrame::NoFrame);
    // A line on its right edge tells the frozen column from the ones scrolling under it.
    m_frozen->setStyleSheet(
        QStringLiteral("QTableView#frozenFirstColumn { border-right: 1px solid palette(mid); }"));
    // The rows are the table's: clicks, double clicks, the wheel and the context menu go to it.
    m_frozen->viewport()->installEventFilter(this);
    m_frozen->hide();
    m_frozen->setAccessibleName(view->accessibleName());
    hideOtherColumns();

    connect(view->model(), &QAbstractItemModel::modelReset, this, &FrozenFirstColumn::hideOtherColumns);
    connect(view->model(), &QAbstractItemModel::columnsInserted, this, &FrozenFirstColumn::hideOtherColumns);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, &FrozenFirstColumn::place);
    connect(view->horizontalScrollBar(), &QScrollBar::rangeChanged, this, &FrozenFirstColumn::place);
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column == 0) {
            m_frozen->setColumnWidth(0, size);
            place();
        }
    });
    connect(view->verticalHeader(), &QHeaderView::sectionResized, m_frozen,
            [this](int row, int, int size) { m_frozen->setRowHeight(row, size); });
    connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_frozen->horizontalHeader(),
            &QHeaderView::setSortIndicator);
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this,
            &FrozenFirstColumn::sortByFirstColumn);
    view->installEventFilter(this);
}

bool FrozenFirstColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    if (watched == m_frozen->viewport())
        return forward(event);
    return QObject::eventFilter(watched, event);
}

bool FrozenFirstColumn::forward(QEvent* event)
{
    QWidget* target = m_view->viewport();
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        QMouseEvent copy(mouse->type(), target->mapFromGlobal(mouse->globalPosition()),
                         mouse->globalPosition(), mouse->button(), mouse->buttons(), mouse->modifiers());
        QCoreApplication::sendEvent(target, &copy);
        return true;
    }
    case QEvent::Wheel: {
        const auto* wheel = static_cast<QWheelEvent*>(event);
        QWheelEvent copy(target->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                         wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                         wheel->phase(), wheel->inverted());
        QCoreApplication::sendEvent(target, &copy);
        return true;
    }
    case QEvent::ContextMenu: {
        const auto* menu = static_cast<QContextMenuEvent*>(event);
        QContextMenuEvent copy(menu->reason(), target->mapFromGlobal(menu->globalPos()), menu->globalPos(),
                               menu->modifiers());
        QCoreApplication::sendEvent(target, &copy);
        return true;
    }
    default: return false;
    }
}

void FrozenFirstColumn::hideOtherColumns()
{
    const int columns = m_view->model()->columnCount();
    for (int column = 1; column < columns; ++column)
        m_frozen->setColumnHidden(column, true);
    m_frozen->setColumnWidth(0, m_view->columnWidth(0));
    place();
}

void FrozenFirstColumn::place()
{
    // Only while the first column has scrolled away: at rest the table shows it itself.
    const bool scrolled = m_view->horizontalScrollBar()->value() > 0 && m_view->model()->columnCount() > 1;
    m_frozen->setVisible(scrolled);
    if (!scrolled)
        return;
    const int left = m_view->frameWidth() +
                     (m_view->verticalHeader()->isVisible() ? m_view->verticalHeader()->width() : 0);
    m_frozen->setGeometry(left, m_view->frameWidth(), m_view->columnWidth(0) + 1,
                          m_view->viewport()->height() + m_view->horizontalHeader()->height());
    m_frozen->horizontalHeader()->setFixedHeight(m_view->horizontalHeader()->height());
    m_frozen->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value());
    m_frozen->raise();
}

void FrozenFirstColumn::sortByFirstColumn()
{
    QHeaderView* header = m_view->horizontalHeader();
    if (!header->sectionsClickable())
        return;
    const Qt::SortOrder order =
        header->sortIndicatorSection() == 0 && header->sortIndicatorOrder() == Qt::AscendingOrder
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
    header->setSortIndicator(0, order);
}

} // namespace sakra::gui
