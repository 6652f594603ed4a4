#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

#include <QDate>

namespace sakra {

// A risk inventory as an occasion: when, where, who took part and how; the risks it found
// point back to it.
struct RiskInventory : EntityBase
{
    qint64 unitId = 0;
    QDate heldOn;
    QString participants;
    QString method;
    QString note;

    static const TableSpec& spec() { return Tables::riskInventory(); }
    static RiskInventory fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
