#include "Person.h"

#include "storage/Tables.h"

namespace sakra {

const Fields<Person>& Person::fields()
{
    using R = Person;
    static const Fields<R> kFields({bind::trimmed("name", &R::name), bind::trimmed("title", &R::title),
                                    bind::trimmed("phone", &R::phone), bind::trimmed("email", &R::email),
                                    bind::id("unit_id", &R::unitId),
                                    bind::date("cleared_on", &R::clearedOn)});
    return kFields;
}

} // namespace sakra
