#include "SiteRepository.h"

#include "storage/Query.h"

#include <QRegularExpression>

namespace sakra {

namespace {

std::vector<Site> readSites(Query& q)
{
    std::vector<Site> out;
    while (q.next()) {
        Site s;
        s.id = q.value(0).toLongLong();
        s.uuid = q.value(1).toString();
        s.rowVersion = q.value(2).toInt();
        s.name = q.value(3).toString();
        s.street = q.value(4).toString();
        s.postalCode = q.value(5).toString();
        s.city = q.value(6).toString();
        s.note = q.value(7).toString();
        out.push_back(s);
    }
    return out;
}
} // namespace

std::vector<Site> SiteRepository::all() const
{
    Query q(m_db,
            QStringLiteral("SELECT id, uuid, row_version, name, street, postal_code, city, note FROM site "
                           "WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id"));
    q.exec();
    return readSites(q);
}

std::vector<Site> SiteRepository::ofUnit(qint64 unitId) const
{
    Query q(m_db, QStringLiteral(
                      "SELECT s.id, s.uuid, s.row_version, s.name, s.street, s.postal_code, s.city, s.note "
                      "FROM site s JOIN unit_site l ON l.site_id = s.id WHERE l.unit_id = ? "
                      "AND l.deleted_at IS NULL AND s.deleted_at IS NULL ORDER BY s.name COLLATE NOCASE"));
    q.bind(unitId).exec();
    return readSites(q);
}

void SiteRepository::validate(const Site& site) const
{
    if (site.name.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("name"), tr("Ge lokalen ett namn."));
    if (site.name.trimmed().size() > 200)
        throw ValidationError(QStringLiteral("name"), tr("Namnet är för långt (högst 200 tecken)."));
    const QString postal = site.postalCode.trimmed();
    static const QRegularExpression postalFormat(QStringLiteral("^\\d{3} ?\\d{2}$"));
    if (!postal.isEmpty() && !postalFormat.match(postal).hasMatch())
        throw ValidationError(QStringLiteral("postal_code"),
                              tr("Ett postnummer har fem siffror, till exempel 123 45."));
}

void SiteRepository::checkRemovable(qint64 id) const
{
    struct Dependant
    {
        const char* table;
        const char* message;
    };
    static const Dependant dependants[] = {
        {"unit_site",
         QT_TRANSLATE_NOOP("sakra::SiteRepository", "%n enhet(er) finns i lokalen; koppla bort dem först.")},
        {"risk", QT_TRANSLATE_NOOP("sakra::SiteRepository", "%n risk(er) gäller lokalen; ändra dem först.")},
        {"action",
         QT_TRANSLATE_NOOP("sakra::SiteRepository", "%n åtgärd(er) gäller lokalen; ändra dem först.")},
        {"security_walk", QT_TRANSLATE_NOOP("sakra::SiteRepository",
                                            "Lokalen har %n säkerhetsvandring(ar); ta bort dem först.")},
        {"premises_inventory", QT_TRANSLATE_NOOP("sakra::SiteRepository",
                                                 "Lokalen har %n lokalinventering(ar); ta bort dem först.")},
    };
    for (const Dependant& d : dependants) {
        const int n = int(liveRowsWhere(d.table, "site_id", id));
        if (n > 0)
            throw ValidationError(QStringLiteral("id"), tr(d.message, nullptr, n));
    }
}

} // namespace sakra
