#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

namespace sakra {

// One focus area in an administration's requirement profile.
struct ProfileArea : EntityBase
{
    qint64 unitId = 0;
    qint64 focusAreaId = 0;

    static const TableSpec& spec() { return Tables::profileArea(); }
    static ProfileArea fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
