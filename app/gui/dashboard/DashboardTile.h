#pragma once

#include <QPushButton>

namespace sakra::gui {

// One figure of the start page as a large button: the number, what it counts and a line of
// detail. Late work is said in words ("försenade") as well as drawn in red. Enter, space or a
// click opens the area behind it.
class DashboardTile : public QPushButton
{
    Q_OBJECT

public:
    explicit DashboardTile(QWidget* parent = nullptr);

    // warning: draw it as needing attention (the words must say why too).
    void setFigure(const QString& number, const QString& title, const QString& detail, bool warning);
    // A count of late or open work: drawn as needing attention when there is any, with the
    // detail that says what they are, or the one that says there is nothing.
    void setCount(qint64 count, const QString& title, const QString& detailWhenAny,
                  const QString& detailWhenNone);
    QString number() const { return m_number; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_number;
    QString m_title;
    QString m_detail;
    bool m_warning = false;
};

} // namespace sakra::gui
