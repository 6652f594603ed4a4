#pragma once

#include <QObject>

class QTableView;

namespace sakra::gui {

// Keeps the first column of a wide table in view when the table is scrolled sideways (the name of
// the risk, the unit, the person): a second view of the same model and selection lies over the
// table's left edge while it is scrolled. Clicks, the wheel and keys go to the table itself; a click
// on the frozen header sorts by the first column as the table's own would. Attach once the table
// has its model; the helper belongs to the table.
class FrozenFirstColumn : public QObject
{
    Q_OBJECT

public:
    explicit FrozenFirstColumn(QTableView* view);

    QTableView* overlay() const { return m_frozen; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void hideOtherColumns();
    void place();
    void sortByFirstColumn();
    // Hands a mouse, wheel or context-menu event on the overlay's rows to the table; true if it did.
    bool forward(QEvent* event);

    QTableView* m_view;
    QTableView* m_frozen;
};

} // namespace sakra::gui
