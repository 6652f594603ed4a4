#include "PremisesInventoryRepository.h"

#include "storage/Query.h"

namespace sakra {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::PremisesInventoryRepository", text);
}
} // namespace

std::vector<PremisesInventory> PremisesInventoryRepository::list(qint64 siteId) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT %1 FROM premises_inventory WHERE deleted_at IS NULL AND (? = 0 OR site_id = ?) "
                      "ORDER BY inventoried_on DESC, id DESC")
                      .arg(wholeRows()));
    q.bind(siteId).bind(siteId).exec();
    return readAll(q);
}

std::vector<PremisesInventory>
PremisesInventoryRepository::cameraPermitsExpiringBefore(const QDate& day) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM premises_inventory WHERE deleted_at IS NULL AND cameras = 1 "
                                 "AND camera_permit_expires IS NOT NULL AND camera_permit_expires < ? ORDER "
                                 "BY camera_permit_expires")
                      .arg(wholeRows()));
    q.bind(day.toString(Qt::ISODate)).exec();
    return readAll(q);
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
