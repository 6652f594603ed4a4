#include "PremisesInventoryRepository.h"

#include "storage/Query.h"

namespace sakra {

PremisesInventoryRepository::PremisesInventoryRepository(Database& db)
    : DatedRecordRepository(
          db, {"sakra::PremisesInventoryRepository",
               {"site_id", &PremisesInventory::siteId},
               "inventoried_on",
               &PremisesInventory::inventoriedOn,
               QT_TRANSLATE_NOOP("sakra::PremisesInventoryRepository", "Välj den lokal som inventerades."),
               QT_TRANSLATE_NOOP("sakra::PremisesInventoryRepository",
                                 "Ange datum för lokalinventeringen (ÅÅÅÅ-MM-DD).")})
{
}

std::vector<PremisesInventory>
PremisesInventoryRepository::cameraPermitsExpiringBefore(const QDate& day) const
{
    return rowsWhere(
        ListFilter().where(QStringLiteral("cameras = 1 AND camera_permit_expires IS NOT NULL AND "
                                          "camera_permit_expires < ?"),
                           {day.toString(Qt::ISODate)}),
        "camera_permit_expires");
}

void PremisesInventoryRepository::validate(const PremisesInventory& p) const
{
    DatedRecordRepository::validate(p);
    if (p.cameras && p.cameraPermitRef.trimmed().isEmpty())
        throw ValidationError(
            QStringLiteral("camera_permit_ref"),
            tr("Kameraövervakning kräver tillstånd; ange tillståndets diarienummer eller referens."));
    if (!p.cameras && p.cameraPermitExpires.isValid())
        throw ValidationError(QStringLiteral("camera_permit_expires"),
                              tr("Ett tillstånds slutdatum anges bara när lokalen har kameraövervakning."));
}

} // namespace sakra
