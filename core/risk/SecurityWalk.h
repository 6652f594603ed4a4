#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>

namespace sakra {

// A security walk (säkerhetsvandring) through a site; its findings may become risks.
struct SecurityWalk : StoredEntity<SecurityWalk>
{
    qint64 siteId = 0;
    QDate walkedOn;
    QString participants;
    QString note;

    static const TableSpec& spec() { return Tables::securityWalk(); }
    static const Fields<SecurityWalk>& fields();
};

} // namespace sakra
