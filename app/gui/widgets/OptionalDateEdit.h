#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace sakra::gui {

// A date that may be left out (an action without a start date): a check box saying whether there
// is a date, and the date beside it. A date edit alone cannot say "none".
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    // checkText labels the check box, e.g. "Har startdatum"; it is also the accessible name.
    explicit OptionalDateEdit(const QString& checkText, QWidget* parent = nullptr);

    // Invalid when there is no date.
    QDate date() const;
    // An invalid date clears the check box; the date shown then is today, ready to be chosen.
    void setDate(const QDate& date);
    QDateEdit* dateEdit() const { return m_date; }
    QCheckBox* checkBox() const { return m_check; }
    // The date offered when there is none lies this many years from today (0 unless set).
    void setYearsAhead(int years) { m_yearsAhead = years; }

Q_SIGNALS:
    void dateChanged(const QDate& date);

private:
    void onToggled(bool on);

    QCheckBox* m_check;
    QDateEdit* m_date;
    int m_yearsAhead = 0;
};

} // namespace sakra::gui
