#pragma once

#include "UnitBoard.h"
#include "storage/LinkRepository.h"

#include <QList>
#include <QMultiHash>

namespace sakra {

// The boards an administration or company reports to besides its own.
class UnitBoardRepository : public LinkRepository<UnitBoard>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::UnitBoardRepository)

public:
    explicit UnitBoardRepository(Database& db);

    // The live further boards of an administration or company, by name.
    QList<qint64> boardsOf(qint64 unitId) const;
    // The live administrations and companies that also report to a board, by name.
    QList<qint64> unitsAlsoUnder(qint64 boardId) const;
    // Every live link between live rows: administration or company to each further board.
    QMultiHash<qint64, qint64> links() const;
    // Makes the further boards of a unit exactly these: links the new ones, removes the others.
    void setBoards(qint64 unitId, const QList<qint64>& boardIds);

protected:
    void validate(const UnitBoard& link) const override;
};

} // namespace sakra
