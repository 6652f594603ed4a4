#include "Site.h"

#include "storage/Tables.h"

namespace sakra {

const Fields<Site>& Site::fields()
{
    using R = Site;
    static const Fields<R> kFields({bind::trimmed("name", &R::name), bind::trimmed("street", &R::street),
                                    bind::trimmed("postal_code", &R::postalCode),
                                    bind::trimmed("city", &R::city), bind::text("note", &R::note)});
    return kFields;
}

} // namespace sakra
