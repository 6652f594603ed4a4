#include "StaffingLine.h"

#include <QLocale>

namespace sakra {

QString StaffingLine::postsText(int percent)
{
    const QLocale locale;
    if (percent % 100 == 0)
        return locale.toString(percent / 100);
    return locale.toString(percent / 100.0, 'f', percent % 10 == 0 ? 1 : 2);
}

QString StaffingLine::postText() const
{
    return title.isEmpty() ? kSecurityLevels.label(level) : title;
}

} // namespace sakra
