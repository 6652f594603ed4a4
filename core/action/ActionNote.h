#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>

namespace sakra {

// A dated progress note on an action ("awaiting the permit"); the latest one is the action's
// current state and is what reports quote.
struct ActionNote : StoredEntity<ActionNote>
{
    qint64 actionId = 0;
    QDate notedOn;
    QString text;
    QString author;

    static const TableSpec& spec() { return Tables::actionNote(); }
    static const Fields<ActionNote>& fields();
};

} // namespace sakra
