#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>

namespace sakra {

// A person holding a security role at a unit for a period, with a share of full time.
struct Assignment : StoredEntity<Assignment>
{
    qint64 personId = 0;
    qint64 roleId = 0;
    qint64 unitId = 0;
    QDate startDate;
    QDate endDate; // invalid: open-ended
    int ftePercent = 100;

    bool isActiveOn(const QDate& day) const
    {
        return startDate <= day && (!endDate.isValid() || endDate >= day);
    }
    static const TableSpec& spec() { return Tables::assignment(); }
    static const Fields<Assignment>& fields();
};

} // namespace sakra
