#include "PremisesInventory.h"

namespace sakra {

const Fields<PremisesInventory>& PremisesInventory::fields()
{
    using R = PremisesInventory;
    static const Fields<R> kFields(
        {bind::id("site_id", &R::siteId), bind::date("inventoried_on", &R::inventoriedOn),
         bind::trimmed("exits", &R::exits), bind::trimmed("lockdown_rooms", &R::lockdownRooms),
         bind::trimmed("alarm_systems", &R::alarmSystems), bind::trimmed("access_control", &R::accessControl),
         bind::flag("cameras", &R::cameras), bind::trimmed("camera_permit_ref", &R::cameraPermitRef),
         bind::date("camera_permit_expires", &R::cameraPermitExpires), bind::trimmed("guards", &R::guards),
         bind::text("note", &R::note), bind::trimmed("locks", &R::locks),
         bind::trimmed("perimeter", &R::perimeter)});
    return kFields;
}

} // namespace sakra
