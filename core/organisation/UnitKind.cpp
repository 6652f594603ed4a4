#include "UnitKind.h"

#include "storage/CodeTable.h"

namespace sakra {

namespace {
constexpr const char* kCodes[] = {"municipality", "board", "administration", "company", "department", "unit"};
constexpr const char* kLabels[] = {
    QT_TRANSLATE_NOOP("sakra::UnitKind", "Kommun"),      QT_TRANSLATE_NOOP("sakra::UnitKind", "Nämnd"),
    QT_TRANSLATE_NOOP("sakra::UnitKind", "Förvaltning"), QT_TRANSLATE_NOOP("sakra::UnitKind", "Bolag"),
    QT_TRANSLATE_NOOP("sakra::UnitKind", "Avdelning"),   QT_TRANSLATE_NOOP("sakra::UnitKind", "Enhet")};
} // namespace

const CodeTable<UnitKind, 6> kUnitKinds{"sakra::UnitKind", kCodes, kLabels};

bool unitKindAllowedUnder(UnitKind child, UnitKind parent)
{
    switch (child) {
    case UnitKind::Municipality: return false;
    case UnitKind::Board: return parent == UnitKind::Municipality;
    case UnitKind::Administration:
    case UnitKind::Company:
        // Placed under the municipality or the board it reports to.
        return parent == UnitKind::Municipality || parent == UnitKind::Board;
    case UnitKind::Department: return isAdministrationLike(parent) || parent == UnitKind::Department;
    case UnitKind::Unit:
        return isAdministrationLike(parent) || parent == UnitKind::Department || parent == UnitKind::Unit;
    }
    return false;
}

} // namespace sakra
