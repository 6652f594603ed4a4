#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

namespace sakra {

// The money a board is allocated for security work in one year, in whole kronor.
struct BudgetLine : StoredEntity<BudgetLine>
{
    qint64 boardId = 0;
    int year = 0;
    qint64 amountKr = 0;
    QString note;

    static const TableSpec& spec() { return Tables::budgetLine(); }
    static const Fields<BudgetLine>& fields();
};

} // namespace sakra
