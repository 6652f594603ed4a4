#include "Today.h"

#include <QDateTime>

namespace sakra::Today {

QDate date()
{
    // Per thread: a worker's checks need no lock. from and until: the day's first and the next
    // day's first millisecond since the epoch, in UTC.
    thread_local QDate today;
    thread_local qint64 from = 0;
    thread_local qint64 until = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!today.isValid() || now < from || now >= until) {
        today = QDate::currentDate();
        from = today.startOfDay().toMSecsSinceEpoch();
        until = today.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    return today;
}

} // namespace sakra::Today
