#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>

namespace sakra {

// A risk inventory as an occasion: when, where, who took part and how; the risks it found
// point back to it.
struct RiskInventory : StoredEntity<RiskInventory>
{
    qint64 unitId = 0;
    QDate heldOn;
    QString participants;
    QString method;
    QString note;

    static const TableSpec& spec() { return Tables::riskInventory(); }
    static const Fields<RiskInventory>& fields();
};

} // namespace sakra
