#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

struct Person : StoredEntity<Person>
{
    QString name;
    QString title;
    QString phone;
    QString email;
    qint64 unitId = 0;

    static const TableSpec& spec() { return Tables::person(); }
    static const Fields<Person>& fields();
};

} // namespace sakra
