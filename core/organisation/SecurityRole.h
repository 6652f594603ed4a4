#pragma once

#include "SecurityLevel.h"
#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// A role in the security organisation (catalogue): head of security, strategist, coordinator,
// security representative, or a related role.
struct SecurityRole : StoredEntity<SecurityRole>
{
    QString code;
    QString nameSv;
    QString nameEn;
    SecurityLevel level = SecurityLevel::Related;

    QString displayName() const;
    static const TableSpec& spec() { return Tables::securityRole(); }
    static const Fields<SecurityRole>& fields();
};

} // namespace sakra
