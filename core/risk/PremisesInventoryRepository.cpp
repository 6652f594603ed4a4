#include "PremisesInventoryRepository.h"

#include "storage/Query.h"

namespace sakra {

std::vector<PremisesInventory> PremisesInventoryRepository::list(qint64 siteId) const
{
    ListFilter f;
    if (siteId != 0)
        f.equals("site_id", siteId);
    return rowsWhere(f, "inventoried_on DESC, id DESC");
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
    if (!RecordStore(m_db, Tables::site()).isLive(p.siteId))
        throw ValidationError(QStringLiteral("site_id"), tr("Välj den lokal som inventerades."));
    if (!p.inventoriedOn.isValid())
        throw ValidationError(QStringLiteral("inventoried_on"),
                              tr("Ange datum för lokalinventeringen (ÅÅÅÅ-MM-DD)."));
    if (p.cameras && p.cameraPermitRef.trimmed().isEmpty())
        throw ValidationError(
            QStringLiteral("camera_permit_ref"),
            tr("Kameraövervakning kräver tillstånd; ange tillståndets diarienummer eller referens."));
    if (!p.cameras && p.cameraPermitExpires.isValid())
        throw ValidationError(QStringLiteral("camera_permit_expires"),
                              tr("Ett tillstånds slutdatum anges bara när lokalen har kameraövervakning."));
}

} // namespace sakra
