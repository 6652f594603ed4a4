#include "ActionKindRepository.h"

#include "storage/Query.h"

namespace sakra {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("sakra::ActionKindRepository", text, nullptr, n);
}
} // namespace

std::vector<ActionKind> ActionKindRepository::all() const
{
    Query q(
        m_db,
        QStringLiteral(
            "SELECT %1 FROM action_kind WHERE deleted_at IS NULL ORDER BY sort_order, name COLLATE NOCASE")
            .arg(wholeRows()));
    q.exec();
    return readAll(q);
}

void ActionKindRepository::validate(const ActionKind& kind) const
{
    const QString name = kind.name.trimmed();
    if (name.isEmpty())
        throw ValidationError(QStringLiteral("name"), tr("Ge åtgärdstypen ett namn."));
    const qint64 other =
        Query(m_db,
              QStringLiteral("SELECT id FROM action_kind WHERE name = ? AND deleted_at IS NULL AND id <> ?"))
            .bind(name)
            .bind(kind.id)
            .scalar()
            .toLongLong();
    if (other != 0)
        throw ValidationError(QStringLiteral("name"),
                              tr("Det finns redan en åtgärdstyp som heter %1.").arg(name));
}

void ActionKindRepository::checkRemovable(qint64 id) const
{
    const int n = int(liveRowsWhere("action", "kind_id", id));
    if (n > 0)
        throw ValidationError(QStringLiteral("id"), tr("%n åtgärd(er) har typen; byt typ på dem först.", n));
}

} // namespace sakra
