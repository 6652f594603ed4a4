#include "UnitKind.h"

#include <QCoreApplication>

namespace sakra {

namespace {
struct KindInfo
{
    UnitKind kind;
    const char* code;
    const char* label;
};
constexpr KindInfo kKinds[] = {
    {UnitKind::Municipality, "municipality", QT_TRANSLATE_NOOP("sakra::UnitKind", "Kommun")},
    {UnitKind::Board, "board", QT_TRANSLATE_NOOP("sakra::UnitKind", "Nämnd")},
    {UnitKind::Administration, "administration", QT_TRANSLATE_NOOP("sakra::UnitKind", "Förvaltning")},
    {UnitKind::Company, "company", QT_TRANSLATE_NOOP("sakra::UnitKind", "Bolag")},
    {UnitKind::Department, "department", QT_TRANSLATE_NOOP("sakra::UnitKind", "Avdelning")},
    {UnitKind::Unit, "unit", QT_TRANSLATE_NOOP("sakra::UnitKind", "Enhet")},
};
} // namespace

QString unitKindCode(UnitKind kind)
{
    return QLatin1String(kKinds[int(kind)].code);
}

std::optional<UnitKind> unitKindFromCode(const QString& code)
{
    for (const KindInfo& k : kKinds)
        if (code == QLatin1String(k.code))
            return k.kind;
    return std::nullopt;
}

QString unitKindLabel(UnitKind kind)
{
    return QCoreApplication::translate("sakra::UnitKind", kKinds[int(kind)].label);
}

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
