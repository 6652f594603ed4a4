#include "BudgetRepository.h"

#include "OrgUnitRepository.h"
#include "storage/Query.h"

namespace sakra {

std::vector<BudgetRow> BudgetRepository::all() const
{
    Query q(m_db, QStringLiteral("SELECT %1, u.name FROM budget_line b JOIN org_unit u ON u.id = b.board_id "
                                 "WHERE b.deleted_at IS NULL ORDER BY b.year, u.name COLLATE NOCASE")
                      .arg(wholeRows(QStringLiteral("b"))));
    q.exec();
    const int boardName = m_store.selectListSize();
    std::vector<BudgetRow> out;
    while (q.next())
        out.push_back({entityAt(q), q.value(boardName).toString()});
    return out;
}

qint64 BudgetRepository::totalForYear(int year) const
{
    return Query(m_db, QStringLiteral("SELECT coalesce(sum(amount_kr), 0) FROM budget_line WHERE year = ? "
                                      "AND deleted_at IS NULL"))
        .bind(year)
        .scalar()
        .toLongLong();
}

void BudgetRepository::validate(const BudgetLine& line) const
{
    const auto board = OrgUnitRepository(m_db).find(line.boardId);
    if (!board || board->kind != UnitKind::Board)
        throw ValidationError(QStringLiteral("board_id"),
                              tr("Budgetramar läggs på en nämnd; välj en nämnd."));
    if (line.year < 1900 || line.year > 2200)
        throw ValidationError(QStringLiteral("year"),
                              tr("Ange året med fyra siffror, mellan 1900 och 2200."));
    if (line.amountKr < 0)
        throw ValidationError(QStringLiteral("amount_kr"), tr("Beloppet kan inte vara negativt."));
    if (line.amountKr > kMaxAmountKr)
        throw ValidationError(QStringLiteral("amount_kr"),
                              tr("Beloppet är större än någon kommunal budget; kontrollera det."));
    const qint64 other =
        Query(m_db, QStringLiteral("SELECT id FROM budget_line WHERE board_id = ? AND year = ? "
                                   "AND deleted_at IS NULL AND id <> ?"))
            .bind(line.boardId)
            .bind(line.year)
            .bind(line.id)
            .scalar()
            .toLongLong();
    if (other != 0)
        throw ValidationError(
            QStringLiteral("year"),
            tr("%1 har redan en budgetram för %2; ändra den i stället.").arg(board->name).arg(line.year));
}

} // namespace sakra
