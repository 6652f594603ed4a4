#include "BudgetLine.h"

#include "storage/Tables.h"

namespace sakra {

const Fields<BudgetLine>& BudgetLine::fields()
{
    using R = BudgetLine;
    static const Fields<R> kFields({bind::id("board_id", &R::boardId), bind::integer("year", &R::year),
                                    bind::integer("amount_kr", &R::amountKr), bind::text("note", &R::note)});
    return kFields;
}

} // namespace sakra
