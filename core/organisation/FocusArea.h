#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

namespace sakra {

// A focus area of a requirement profile (catalogue, editable).
struct FocusArea : EntityBase
{
    QString name;
    QString description;
    int sortOrder = 0;

    static const TableSpec& spec() { return Tables::focusArea(); }
    static FocusArea fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
