#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

namespace sakra {

// A kind of action (catalogue, editable): camera surveillance, guards, locks, training ...
struct ActionKind : EntityBase
{
    QString name;
    int sortOrder = 0;

    static const TableSpec& spec() { return Tables::actionKind(); }
    static ActionKind fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
