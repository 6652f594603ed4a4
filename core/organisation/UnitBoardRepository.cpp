#include "UnitBoardRepository.h"

#include "OrgUnitRepository.h"
#include "storage/Query.h"

namespace sakra {

namespace {

QList<qint64> ids(Query& q)
{
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace

UnitBoardRepository::UnitBoardRepository(Database& db)
    : LinkRepository(db,
                     {"sakra::UnitBoardRepository",
                      QT_TRANSLATE_NOOP("sakra::UnitBoardRepository", "Välj en förvaltning eller ett bolag."),
                      QT_TRANSLATE_NOOP("sakra::UnitBoardRepository", "Välj en nämnd."),
                      QT_TRANSLATE_NOOP("sakra::UnitBoardRepository",
                                        "Förvaltningen rapporterar redan till den nämnden.")})
{
}

QList<qint64> UnitBoardRepository::boardsOf(qint64 unitId) const
{
    Query q(m_db, QStringLiteral("SELECT b.id FROM unit_board l JOIN org_unit b ON b.id = l.board_id WHERE "
                                 "l.unit_id = ? AND l.deleted_at IS NULL AND b.deleted_at IS NULL ORDER BY "
                                 "b.name COLLATE NOCASE, b.id"));
    q.bind(unitId).exec();
    return ids(q);
}

QList<qint64> UnitBoardRepository::unitsAlsoUnder(qint64 boardId) const
{
    Query q(m_db, QStringLiteral("SELECT u.id FROM unit_board l JOIN org_unit u ON u.id = l.unit_id WHERE "
                                 "l.board_id = ? AND l.deleted_at IS NULL AND u.deleted_at IS NULL ORDER BY "
                                 "u.name COLLATE NOCASE, u.id"));
    q.bind(boardId).exec();
    return ids(q);
}

QMultiHash<qint64, qint64> UnitBoardRepository::links() const
{
    Query q(m_db, QStringLiteral(
                      "SELECT l.unit_id, l.board_id FROM unit_board l JOIN org_unit u ON u.id = l.unit_id "
                      "JOIN org_unit b ON b.id = l.board_id WHERE l.deleted_at IS NULL AND u.deleted_at "
                      "IS NULL AND b.deleted_at IS NULL"));
    q.exec();
    QMultiHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

void UnitBoardRepository::setBoards(qint64 unitId, const QList<qint64>& boardIds)
{
    for (const UnitBoard& link : ofFirst(unitId))
        if (!boardIds.contains(link.secondId))
            remove(link.id);
    for (qint64 board : boardIds)
        if (linkId(unitId, board) == 0)
            this->link(unitId, board);
}

void UnitBoardRepository::validate(const UnitBoard& link) const
{
    LinkRepository::validate(link);
    const OrgUnitRepository units(m_db);
    const auto unit = units.find(link.firstId);
    if (!unit || !isAdministrationLike(unit->kind))
        throw ValidationError(QStringLiteral("unit_id"),
                              tr("Bara förvaltningar och bolag rapporterar till en nämnd."));
    const auto board = units.find(link.secondId);
    if (!board || board->kind != UnitKind::Board)
        throw ValidationError(QStringLiteral("board_id"),
                              tr("%1 är ingen nämnd.").arg(board ? board->name : QString()));
    if (board->id == unit->boardId)
        throw ValidationError(QStringLiteral("board_id"),
                              tr("%1 är redan förvaltningens egen nämnd.").arg(board->name));
}

} // namespace sakra
