#include "FocusAreaRepository.h"

#include "storage/Query.h"

namespace sakra {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("sakra::FocusAreaRepository", text, nullptr, n);
}
} // namespace

std::vector<FocusArea> FocusAreaRepository::all() const
{
    Query q(m_db,
            QStringLiteral(
                "SELECT %1 FROM focus_area WHERE deleted_at IS NULL ORDER BY sort_order, name COLLATE NOCASE")
                .arg(wholeRows()));
    q.exec();
    return readAll(q);
}

void FocusAreaRepository::validate(const FocusArea& area) const
{
    const QString name = area.name.trimmed();
    if (name.isEmpty())
        throw ValidationError(QStringLiteral("name"), tr("Ge sakområdet ett namn."));
    const qint64 other =
        Query(m_db,
              QStringLiteral("SELECT id FROM focus_area WHERE name = ? AND deleted_at IS NULL AND id <> ?"))
            .bind(name)
            .bind(area.id)
            .scalar()
            .toLongLong();
    if (other != 0)
        throw ValidationError(QStringLiteral("name"),
                              tr("Katalogen har redan ett sakområde som heter %1.").arg(name));
}

void FocusAreaRepository::checkRemovable(qint64 id) const
{
    const int n = int(liveRowsWhere("profile_area", "focus_area_id", id));
    if (n > 0)
        throw ValidationError(QStringLiteral("id"),
                              tr("%n kravprofil(er) har sakområdet; ta bort det ur dem först.", n));
}

} // namespace sakra
