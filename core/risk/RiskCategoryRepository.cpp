#include "RiskCategoryRepository.h"

#include "storage/Query.h"

namespace sakra {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("sakra::RiskCategoryRepository", text, nullptr, n);
}
} // namespace

std::vector<RiskCategory> RiskCategoryRepository::all() const
{
    Query q(
        m_db,
        QStringLiteral(
            "SELECT %1 FROM risk_category WHERE deleted_at IS NULL ORDER BY sort_order, name COLLATE NOCASE")
            .arg(wholeRows()));
    q.exec();
    return readAll(q);
}

void RiskCategoryRepository::validate(const RiskCategory& category) const
{
    const QString name = category.name.trimmed();
    if (name.isEmpty())
        throw ValidationError(QStringLiteral("name"), tr("Ge kategorin ett namn."));
    const qint64 other =
        Query(m_db, QStringLiteral(
                        "SELECT id FROM risk_category WHERE name = ? AND deleted_at IS NULL AND id <> ?"))
            .bind(name)
            .bind(category.id)
            .scalar()
            .toLongLong();
    if (other != 0)
        throw ValidationError(QStringLiteral("name"),
                              tr("Det finns redan en kategori som heter %1.").arg(name));
}

void RiskCategoryRepository::checkRemovable(qint64 id) const
{
    const int n = int(liveRowsWhere("risk", "category_id", id));
    if (n > 0)
        throw ValidationError(QStringLiteral("id"),
                              tr("%n risk(er) har kategorin; byt kategori på dem först.", n));
}

} // namespace sakra
