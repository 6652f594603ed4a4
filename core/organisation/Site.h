#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

namespace sakra {

// Premises: a building or place where one or more units work.
struct Site : EntityBase
{
    QString name;
    QString street;
    QString postalCode;
    QString city;
    QString note;

    static const TableSpec& spec() { return Tables::site(); }
    static Site fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
