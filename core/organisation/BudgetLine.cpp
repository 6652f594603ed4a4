#include "BudgetLine.h"

#include "storage/Tables.h"

namespace sakra {

BudgetLine BudgetLine::fromValues(const QVariantMap& v)
{
    BudgetLine b;
    b.readBase(v);
    b.boardId = v.value(QStringLiteral("board_id")).toLongLong();
    b.year = v.value(QStringLiteral("year")).toInt();
    b.amountKr = v.value(QStringLiteral("amount_kr")).toLongLong();
    b.note = v.value(QStringLiteral("note")).toString();
    return b;
}

QVariantMap BudgetLine::toValues() const
{
    return {{QStringLiteral("board_id"), boardId},
            {QStringLiteral("year"), year},
            {QStringLiteral("amount_kr"), amountKr},
            {QStringLiteral("note"), note}};
}

} // namespace sakra
