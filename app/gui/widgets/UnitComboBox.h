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
//
// With setDeferred(true) the full list is read only when someone opens it or types in it:
// showing a unit's details must not cost a list of every unit each time the selection moves.
class UnitComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit UnitComboBox(QWidget* parent = nullptr);

    // Read the list on first use instead of in load(). Until then the box holds only the chosen
    // unit, so callers that pick entries by index must leave this off.
    void setDeferred(bool deferred) { m_deferred = deferred; }

    // Lists the live units of the given kinds (all kinds if empty).
    // noneText, when given, is a first entry meaning "no unit". Keeps the current choice.
    void load(Register& reg, const QList<UnitKind>& kinds = {}, const QString& noneText = QString());
    // Lists exactly these units (already filtered by the caller), at once.
    void setUnits(const QList<QPair<qint64, QString>>& units, const QString& noneText = QString());

    // 0 for "none" or text that names no unit.
    qint64 unitId() const;
    void setUnitId(qint64 id);

    void showPopup() override;

protected:
    void focusInEvent(QFocusEvent* event) override;

private:
    void populate();
    void showStart();
    void fill(const QList<QPair<qint64, QString>>& units, qint64 current);
    QString label(qint64 id) const;

    Register* m_register = nullptr;
    QList<UnitKind> m_kinds;
    QString m_noneText;
    bool m_deferred = false;
    bool m_populated = false;
    qint64 m_pendingId = 0; // the choice while the list is not read
};

} // namespace sakra::gui
