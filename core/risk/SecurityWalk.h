#pragma once

#include "storage/EntityBase.h"
#include "storage/Tables.h"

#include <QDate>

namespace sakra {

// A security walk (säkerhetsvandring) through a site; its findings may become risks.
struct SecurityWalk : EntityBase
{
    qint64 siteId = 0;
    QDate walkedOn;
    QString participants;
    QString note;

    static const TableSpec& spec() { return Tables::securityWalk(); }
    static SecurityWalk fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
