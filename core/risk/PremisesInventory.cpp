#include "PremisesInventory.h"

namespace sakra {

PremisesInventory PremisesInventory::fromValues(const QVariantMap& v)
{
    PremisesInventory p;
    p.readBase(v);
    p.siteId = v.value(QStringLiteral("site_id")).toLongLong();
    p.inventoriedOn = QDate::fromString(v.value(QStringLiteral("inventoried_on")).toString(), Qt::ISODate);
    p.exits = v.value(QStringLiteral("exits")).toString();
    p.lockdownRooms = v.value(QStringLiteral("lockdown_rooms")).toString();
    p.alarmSystems = v.value(QStringLiteral("alarm_systems")).toString();
    p.accessControl = v.value(QStringLiteral("access_control")).toString();
    p.cameras = v.value(QStringLiteral("cameras")).toInt() != 0;
    p.cameraPermitRef = v.value(QStringLiteral("camera_permit_ref")).toString();
    p.cameraPermitExpires =
        QDate::fromString(v.value(QStringLiteral("camera_permit_expires")).toString(), Qt::ISODate);
    p.guards = v.value(QStringLiteral("guards")).toString();
    p.note = v.value(QStringLiteral("note")).toString();
    return p;
}

QVariantMap PremisesInventory::toValues() const
{
    return {{QStringLiteral("site_id"), siteId},
            {QStringLiteral("inventoried_on"),
             inventoriedOn.isValid() ? inventoriedOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("exits"), exits.trimmed()},
            {QStringLiteral("lockdown_rooms"), lockdownRooms.trimmed()},
            {QStringLiteral("alarm_systems"), alarmSystems.trimmed()},
            {QStringLiteral("access_control"), accessControl.trimmed()},
            {QStringLiteral("cameras"), cameras ? 1 : 0},
            {QStringLiteral("camera_permit_ref"), cameraPermitRef.trimmed()},
            {QStringLiteral("camera_permit_expires"),
             cameraPermitExpires.isValid() ? cameraPermitExpires.toString(Qt::ISODate) : QString()},
            {QStringLiteral("guards"), guards.trimmed()},
            {QStringLiteral("note"), note}};
}

} // namespace sakra
