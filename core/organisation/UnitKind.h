#pragma once

#include "storage/CodeTable.h"

#include <QString>
#include <optional>

namespace sakra {

enum class UnitKind
{
    Municipality,
    Board,
    Administration,
    Company,
    Department,
    Unit
};

// Each kind's code in the register ("municipality", "board", ...) and its Swedish label.
extern const CodeTable<UnitKind, 6> kUnitKinds;
// Whether a unit of kind child may sit directly under a unit of kind parent.
bool unitKindAllowedUnder(UnitKind child, UnitKind parent);
// Administrations and companies carry planned posts, requirement profiles and a board.
inline bool isAdministrationLike(UnitKind kind)
{
    return kind == UnitKind::Administration || kind == UnitKind::Company;
}

} // namespace sakra
