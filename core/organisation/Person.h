#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

struct Person : StoredEntity<Person, Tables::person>
{
    QString name;
    QString title;
    QString phone;
    QString email;
    qint64 unitId = 0;
    QDate clearedOn; // when retention cleared the person's details (RetentionRun); none: not cleared

    static const Fields<Person>& fields();
};

} // namespace sakra
