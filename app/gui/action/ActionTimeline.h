#pragma once

#include "action/Action.h"

#include <QDate>
#include <QWidget>
#include <vector>

namespace sakra::gui {

// The action plan on a time line: one row per action with a bar from its start to its due date,
// the day it was done marked with a tick, an overdue action's bar red with a hatched stretch from
// its due date to today, and a line for today. Each row also says its state in words beside the
// title, so nothing rests on colour alone. Double-click or Enter opens the action.
class ActionTimeline : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        qint64 id = 0;
        QString title;
        QDate start;
        QDate due;
        QDate done;
        Action::Status status = Action::Status::Planned;
        bool overdue = false;
    };

    explicit ActionTimeline(QWidget* parent = nullptr);

    // Rows in the order given.
    void setEntries(std::vector<Entry> entries, const QDate& today);
    const std::vector<Entry>& entries() const { return m_entries; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    int currentRow() const { return m_current; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void actionActivated(qint64 id);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int rowHeight() const;
    int headerHeight() const;
    int labelWidth() const;
    QRect chartRect() const;
    double xOf(const QDate& day, const QRect& chart) const;
    // -1 outside the rows.
    int rowAt(const QPoint& position) const;
    QString stateText(const Entry& entry) const;
    QString describe(const Entry& entry) const;
    void paintAxis(QPainter& painter, const QRect& chart);
    void paintRow(QPainter& painter, const QRect& chart, int row);
    void setCurrentRow(int row);

    std::vector<Entry> m_entries;
    QDate m_today;
    QDate m_first;
    QDate m_last;
    int m_current = -1;
};

} // namespace sakra::gui
