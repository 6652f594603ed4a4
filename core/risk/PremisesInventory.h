#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>

namespace sakra {

// A premises inventory (lokalinventering) of a site: exits, rooms for lockdown, alarm and
// access systems, locks, perimeter protection, camera surveillance and its permit, guards.
struct PremisesInventory : StoredEntity<PremisesInventory, Tables::premisesInventory>
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
    QString locks;     // locks and lockable doors beyond the rooms for lockdown
    QString perimeter; // perimeter protection: fences, gates, shutters, reinforced glass
    QString note;

    static const Fields<PremisesInventory>& fields();
};

} // namespace sakra
