#include "SiteRepository.h"

#include "storage/Query.h"

#include <QRegularExpression>

namespace sakra {

std::vector<Site> SiteRepository::all() const
{
    return rowsWhere(ListFilter(), "name COLLATE NOCASE, id");
}

std::vector<Site> SiteRepository::ofUnit(qint64 unitId) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM site s JOIN unit_site l ON l.site_id = s.id WHERE l.unit_id = ? "
                           "AND l.deleted_at IS NULL AND s.deleted_at IS NULL ORDER BY s.name COLLATE NOCASE")
                .arg(wholeRows(QStringLiteral("s"))));
    q.bind(unitId).exec();
    return readAll(q);
}

void SiteRepository::validate(const Site& site) const
{
    requireText("name", site.name, tr("Ge lokalen ett namn."));
    requireAtMost("name", site.name, 200, tr("Namnet är för långt (högst 200 tecken)."));
    const QString postal = site.postalCode.trimmed();
    static const QRegularExpression postalFormat(QStringLiteral("^\\d{3} ?\\d{2}$"));
    if (!postal.isEmpty() && !postalFormat.match(postal).hasMatch())
        throw ValidationError(QStringLiteral("postal_code"),
                              tr("Ett postnummer har fem siffror, till exempel 123 45."));
}

void SiteRepository::checkRemovable(qint64 id) const
{
    static const Dependant dependants[] = {
        {"unit_site", "site_id",
         QT_TRANSLATE_N_NOOP("sakra::SiteRepository",
                             "%n enhet(er) finns i lokalen; koppla bort dem först.")},
        {"risk", "site_id",
         QT_TRANSLATE_N_NOOP("sakra::SiteRepository", "%n risk(er) gäller lokalen; ändra dem först.")},
        {"action", "site_id",
         QT_TRANSLATE_N_NOOP("sakra::SiteRepository", "%n åtgärd(er) gäller lokalen; ändra dem först.")},
        {"security_walk", "site_id",
         QT_TRANSLATE_N_NOOP("sakra::SiteRepository",
                             "Lokalen har %n säkerhetsvandring(ar); ta bort dem först.")},
        {"premises_inventory", "site_id",
         QT_TRANSLATE_N_NOOP("sakra::SiteRepository",
                             "Lokalen har %n lokalinventering(ar); ta bort dem först.")},
    };
    requireNoDependants(id, "sakra::SiteRepository", dependants);
}

} // namespace sakra
