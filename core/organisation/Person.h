#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

namespace sakra {

struct Person : EntityBase
{
    QString name;
    QString title;
    QString phone;
    QString email;
    qint64 unitId = 0;

    static const TableSpec& spec() { return Tables::person(); }
    static Person fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
