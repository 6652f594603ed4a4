#pragma once

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

QString unitKindCode(UnitKind kind);
std::optional<UnitKind> unitKindFromCode(const QString& code);
QString unitKindLabel(UnitKind kind);
// Whether a unit of kind child may sit directly under a unit of kind parent.
bool unitKindAllowedUnder(UnitKind child, UnitKind parent);
// Administrations and companies carry planned posts, requirement profiles and a board.
inline bool isAdministrationLike(UnitKind kind)
{
    return kind == UnitKind::Administration || kind == UnitKind::Company;
}

} // namespace sakra
