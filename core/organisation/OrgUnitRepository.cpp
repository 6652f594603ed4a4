#include "OrgUnitRepository.h"

#include "storage/Query.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <functional>

namespace sakra {

namespace {

const QString kColumns =
    QStringLiteral("id, uuid, row_version, deleted_at, parent_id, kind, name, board_id, note");

// kColumns are the meta columns and then the table's in its spec's order: read by position.
template <typename Row> OrgUnit readUnit(const Row& q)
{
    return OrgUnit::fromColumns(q);
}

// Every live unit below the one bound to the first placeholder, and that unit itself.
const QString kSubtreeCte = QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT id FROM org_unit WHERE id = ? "
                                           "AND deleted_at IS NULL UNION ALL SELECT c.id FROM org_unit c "
                                           "JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at IS NULL) ");
} // namespace

std::optional<OrgUnit> OrgUnitRepository::root() const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM org_unit WHERE kind = 'municipality' AND deleted_at IS NULL "
                                 "ORDER BY id LIMIT 1")
                      .arg(kColumns));
    q.exec();
    if (!q.next())
        return std::nullopt;
    return readUnit(q);
}

std::vector<OrgUnitNode> OrgUnitRepository::children(qint64 parentId) const
{
    const QString where =
        parentId > 0 ? QStringLiteral("u.parent_id = ?") : QStringLiteral("u.parent_id IS NULL");
    const QString sql =
        QStringLiteral("SELECT %1, EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id "
                       "AND c.deleted_at IS NULL) FROM org_unit u WHERE %2 AND u.deleted_at IS NULL "
                       "ORDER BY u.name COLLATE NOCASE, u.id")
            .arg(QStringLiteral("u.id, u.uuid, u.row_version, u.deleted_at, u.parent_id, u.kind, "
                                "u.name, u.board_id, u.note"),
                 where);
    Query q(m_db, sql);
    if (parentId > 0)
        q.bind(parentId);
    q.exec();
    std::vector<OrgUnitNode> out;
    while (q.next())
        out.push_back({readUnit(q), q.value(9).toBool()});
    return out;
}

QList<qint64> OrgUnitRepository::subtreeIds(qint64 rootId) const
{
    Query q(m_db, kSubtreeCte + QStringLiteral("SELECT id FROM sub"));
    q.bind(rootId).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

std::vector<OrgUnit> OrgUnitRepository::ofKinds(const QList<UnitKind>& kinds) const
{
    std::vector<OrgUnit> out;
    Query q(m_db, QStringLiteral("SELECT %1 FROM org_unit WHERE kind = ? AND deleted_at IS NULL "
                                 "ORDER BY name COLLATE NOCASE")
                      .arg(kColumns));
    for (UnitKind kind : kinds) {
        q.bind(kUnitKinds.code(kind)).exec();
        while (q.next())
            out.push_back(readUnit(q));
    }
    return out;
}

QList<qint64> OrgUnitRepository::idsNamed(const QString& name) const
{
    QList<qint64> ids;
    for (const auto& [unit, depth] : scopeCandidates())
        if (unit.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            ids << unit.id;
    return ids;
}

std::vector<std::pair<OrgUnit, int>> OrgUnitRepository::scopeCandidates() const
{
    // One walk down the tree. Siblings sort as children() sorts them (by name without regard to
    // ASCII case, then id): each row's key is its parent's key, then its lower-cased name and id,
    // with separators below every printable character so that a parent comes before its children.
    SqliteStatement q(
        m_db, QStringLiteral("WITH RECURSIVE tree(id, depth, sort_key) AS ("
                             "SELECT id, 0, lower(name) || char(30) || printf('%020d', id) FROM org_unit "
                             "WHERE parent_id IS NULL AND deleted_at IS NULL "
                             "UNION ALL SELECT c.id, tree.depth + 1, tree.sort_key || char(31) || "
                             "lower(c.name) || char(30) || printf('%020d', c.id) FROM org_unit c "
                             "JOIN tree ON c.parent_id = tree.id WHERE c.deleted_at IS NULL) "
                             "SELECT %1, tree.depth FROM tree JOIN org_unit u ON u.id = tree.id "
                             "ORDER BY tree.sort_key")
                  .arg(QStringLiteral("u.id, u.uuid, u.row_version, u.deleted_at, u.parent_id, u.kind, "
                                      "u.name, u.board_id, u.note")));
    std::vector<std::pair<OrgUnit, int>> out;
    while (q.next())
        out.emplace_back(readUnit(q), q.value(9).toInt());
    return out;
}

QHash<qint64, QString> OrgUnitRepository::names() const
{
    Query q(m_db, QStringLiteral("SELECT id, name FROM org_unit WHERE deleted_at IS NULL"));
    q.exec();
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

QString OrgUnitRepository::path(qint64 id) const
{
    QStringList names;
    Query q(m_db, QStringLiteral(
                      "WITH RECURSIVE up(id, parent_id, name, depth) AS (SELECT id, parent_id, name, 0 "
                      "FROM org_unit WHERE id = ? UNION ALL SELECT p.id, p.parent_id, p.name, up.depth + 1 "
                      "FROM org_unit p JOIN up ON p.id = up.parent_id WHERE up.depth < 64) "
                      "SELECT name FROM up ORDER BY depth DESC"));
    q.bind(id).exec();
    while (q.next())
        names << q.value(0).toString();
    return names.join(QStringLiteral(" › "));
}

void OrgUnitRepository::validate(const OrgUnit& unit) const
{
    requireText("name", unit.name, tr("Ge enheten ett namn."));
    requireAtMost("name", unit.name, 200, tr("Namnet är för långt (högst 200 tecken)."));

    if (unit.kind == UnitKind::Municipality) {
        if (unit.parentId != 0)
            throw ValidationError(
                QStringLiteral("parent_id"),
                tr("Kommunen ligger överst i trädet och kan inte ligga under något annat."));
        const qint64 others =
            Query(m_db, QStringLiteral("SELECT count(*) FROM org_unit WHERE kind = 'municipality' "
                                       "AND deleted_at IS NULL AND id <> ?"))
                .bind(unit.id)
                .scalar()
                .toLongLong();
        if (others > 0)
            throw ValidationError(QStringLiteral("kind"), tr("Ett register rymmer bara en kommun."));
    } else {
        const auto parent = find(unit.parentId);
        if (!parent)
            throw ValidationError(QStringLiteral("parent_id"),
                                  tr("Välj var i organisationen enheten hör hemma."));
        if (!unitKindAllowedUnder(unit.kind, parent->kind))
            throw ValidationError(
                QStringLiteral("parent_id"),
                tr("En enhet av typen %1 kan inte ligga under typen %2.")
                    .arg(kUnitKinds.label(unit.kind).toLower(), kUnitKinds.label(parent->kind).toLower()));
        if (unit.id != 0 && subtreeIds(unit.id).contains(unit.parentId))
            throw ValidationError(
                QStringLiteral("parent_id"),
                tr("En enhet kan inte ligga under sig själv eller någon av sina egna underenheter."));
    }

    if (isAdministrationLike(unit.kind)) {
        const auto board = find(unit.boardId);
        if (!board)
            throw ValidationError(QStringLiteral("board_id"),
                                  tr("Välj den nämnd som förvaltningen eller bolaget rapporterar till."));
        if (board->kind != UnitKind::Board)
            throw ValidationError(QStringLiteral("board_id"), tr("%1 är ingen nämnd.").arg(board->name));
    } else if (unit.boardId != 0) {
        throw ValidationError(QStringLiteral("board_id"),
                              tr("Bara förvaltningar och bolag rapporterar till en nämnd."));
    }
}

void OrgUnitRepository::checkRemovable(qint64 id) const
{
    static const Dependant dependants[] = {
        {"org_unit", "parent_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository",
                             "Enheten har %n underenhet(er); flytta eller ta bort dem först.")},
        {"org_unit", "board_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository",
                             "%n förvaltning(ar) eller bolag rapporterar till nämnden; ändra det först.")},
        {"person", "unit_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository",
                             "%n person(er) hör till enheten; flytta dem först.")},
        {"assignment", "unit_id",
         QT_TRANSLATE_N_NOOP(
             "sakra::OrgUnitRepository",
             "Enheten har %n uppdrag i säkerhetsorganisationen; avsluta eller ta bort dem först.")},
        {"unit_site", "unit_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository",
                             "Enheten finns i %n lokal(er); koppla bort dem först.")},
        {"unit_board", "unit_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository",
                             "Förvaltningen rapporterar också till %n nämnd(er); ta bort det först.")},
        {"unit_board", "board_id",
         QT_TRANSLATE_N_NOOP(
             "sakra::OrgUnitRepository",
             "%n förvaltning(ar) eller bolag rapporterar också till nämnden; ändra det först.")},
        {"planned_post", "board_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository",
                             "Nämnden betalar planerade tjänster på %n rad(er); ändra det först.")},
        {"action", "unit_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository",
                             "Enheten har %n åtgärd(er); flytta eller ta bort dem först.")},
        {"risk", "unit_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository",
                             "Enheten har %n risk(er); flytta eller ta bort dem först.")},
        {"risk_inventory", "unit_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository",
                             "Enheten har %n riskinventering(ar); ta bort dem först.")},
        {"threat_assessment", "unit_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository",
                             "Enheten har %n hotbildsbedömning(ar); ta bort dem först.")},
        {"planned_post", "unit_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository",
                             "Enheten har planerade tjänster på %n nivå(er); ta bort dem först.")},
        {"profile_area", "unit_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository",
                             "Enhetens kravprofil har %n sakområde(n); ta bort dem först.")},
        {"budget_line", "board_id",
         QT_TRANSLATE_N_NOOP("sakra::OrgUnitRepository", "Nämnden har %n budgetram(ar); ta bort dem först.")},
    };
    requireNoDependants(id, "sakra::OrgUnitRepository", dependants);
}

} // namespace sakra
