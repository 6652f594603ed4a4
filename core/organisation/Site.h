#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// Premises: a building or place where one or more units work.
struct Site : StoredEntity<Site>
{
    QString name;
    QString street;
    QString postalCode;
    QString city;
    QString note;

    static const TableSpec& spec() { return Tables::site(); }
    static const Fields<Site>& fields();
};

} // namespace sakra
