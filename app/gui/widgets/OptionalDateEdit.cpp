#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace sakra::gui {

OptionalDateEdit::OptionalDateEdit(const QString& checkText, QWidget* parent)
    : QWidget(parent), m_check(new QCheckBox(checkText, this)), m_date(new QDateEdit(this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDate::currentDate());
    m_date->setEnabled(false);
    m_date->setAccessibleName(checkText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_date, 1);
    setFocusProxy(m_check);

    connect(m_check, &QCheckBox::toggled, this, &OptionalDateEdit::onToggled);
    connect(m_date, &QDateEdit::dateChanged, this, [this] { Q_EMIT dateChanged(date()); });
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_date->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate& date)
{
    const QSignalBlocker blockCheck(m_check);
    const QSignalBlocker blockDate(m_date);
    m_check->setChecked(date.isValid());
    m_date->setDate(date.isValid() ? date : QDate::currentDate().addYears(m_yearsAhead));
    m_date->setEnabled(date.isValid());
}

void OptionalDateEdit::onToggled(bool on)
{
    m_date->setEnabled(on);
    if (on)
        m_date->setFocus(Qt::OtherFocusReason);
    Q_EMIT dateChanged(date());
}

} // namespace sakra::gui
