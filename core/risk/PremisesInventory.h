#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>

namespace sakra {

// A premises inventory (lokalinventering) of a site: exits, rooms for lockdown, alarm and
// access systems, camera surveillance and its permit, guards.
struct PremisesInventory : StoredEntity<PremisesInventory>
{
    qint64 siteId = 0;
    QDate inventoriedOn;
    QString exits;
    QString lockdownRooms;
    QString alarmSystems;
    QString accessControl;
    bool cameras = false;
    QString cameraPermitRef;
    QDate cameraPermitExpires;
    QString guards;
    QString note;

    static const TableSpec& spec() { return Tables::premisesInventory(); }
    static const Fields<PremisesInventory>& fields();
};

} // namespace sakra
