#pragma once

#include "organisation/UnitKind.h"

#include <QComboBox>
#include <QList>

namespace sakra {
class Register;
}

namespace sakra::gui {

// Chooses a unit of the organisation by typing part of its name; a register may hold thousands.
// Each entry names the unit's parent too, since units in different branches share names.
class UnitComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit UnitComboBox(QWidget* parent = nullptr);

    // Lists the live units of the given kinds (all kinds if empty). noneText, when given, is a
    // first entry meaning "no unit". Keeps the current choice when it is still there.
    void load(Register& reg, const QList<UnitKind>& kinds = {}, const QString& noneText = QString());
    // Lists exactly these units (already filtered by the caller).
    void setUnits(const QList<QPair<qint64, QString>>& units, const QString& noneText = QString());

    // 0 for "none" or text that names no unit.
    qint64 unitId() const;
    void setUnitId(qint64 id);
};

} // namespace sakra::gui
