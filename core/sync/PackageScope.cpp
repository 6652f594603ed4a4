#include "PackageScope.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Tables.h"

#include <vector>

namespace sakra {

namespace {

QLatin1String name(const char* s)
{
    return QLatin1String(s);
}

// A row belongs to the package when one of these columns refers to a row it holds.
struct Owner
{
    const char* table;
    std::vector<const char*> columns;
};

const std::vector<Owner>& owners()
{
    static const std::vector<Owner> all = {
        {"unit_site", {"unit_id"}},
        {"unit_board", {"unit_id"}},
        {"person", {"unit_id"}},
        {"assignment", {"unit_id"}},
        {"planned_post", {"unit_id"}},
        {"profile_area", {"unit_id"}},
        {"budget_line", {"board_id"}},
        {"risk_inventory", {"unit_id"}},
        {"risk", {"unit_id"}},
        {"security_walk", {"site_id"}},
        {"walk_finding", {"walk_id"}},
        {"premises_inventory", {"site_id"}},
        {"threat_assessment", {"unit_id"}},
        {"action", {"unit_id"}},
        {"action_risk", {"action_id", "risk_id"}},
        {"action_note", {"action_id"}},
        {"incident", {"unit_id"}},
        {"incident_risk", {"incident_id", "risk_id"}},
        {"incident_action", {"incident_id", "action_id"}},
        {"training", {"unit_id"}},
        {"routine_unit", {"unit_id"}},
        {"alarm_equipment", {"unit_id", "site_id"}},
        {"assessment_override", {"unit_id"}},
        {"report_draft", {"scope_id"}},
    };
    return all;
}

// Rows owned through a link to them: the sites of the package's units, the routines covering them.
struct LinkedOwner
{
    const char* table;
    const char* linkTable;
    const char* linkColumn;
    const char* ownerColumn;
};

const LinkedOwner kLinked[] = {
    {"site", "unit_site", "site_id", "unit_id"},
    {"routine", "routine_unit", "routine_id", "unit_id"},
};

const QSet<qint64> kNone;

} // namespace

PackageScope::PackageScope(Database& db, qint64 rootUnitId) : m_db(db)
{
    QSet<qint64>& units = m_owned[QStringLiteral("org_unit")];
    Query q(m_db, QStringLiteral("SELECT c.unit_id FROM unit_closure c JOIN org_unit u ON u.id = c.unit_id "
                                 "WHERE c.ancestor_id = ? AND u.deleted_at IS NULL"));
    q.bind(rootUnitId).exec();
    while (q.next())
        units.insert(q.value(0).toLongLong());
    for (const TableSpec* spec : Tables::all())
        addOwned(*spec);
    // References point to tables earlier in all() (or to the same table): going backwards reaches
    // the references of references.
    const auto& tables = Tables::all();
    for (auto it = tables.rbegin(); it != tables.rend(); ++it)
        addReferences(**it);
}

QSet<qint64> PackageScope::idsWhere(const TableSpec& spec, const QString& column, const QSet<qint64>& owners)
{
    QSet<qint64> ids;
    if (owners.isEmpty())
        return ids;
    Query q(m_db, QStringLiteral("SELECT id, %1 FROM %2 WHERE deleted_at IS NULL AND %1 IS NOT NULL")
                      .arg(column, name(spec.table)));
    q.exec();
    while (q.next())
        if (owners.contains(q.value(1).toLongLong()))
            ids.insert(q.value(0).toLongLong());
    return ids;
}

void PackageScope::addOwned(const TableSpec& spec)
{
    const QString table = name(spec.table);
    if (Tables::isSeeded(spec)) {
        // Catalogues and the matrix: all of them, so the site can choose any entry.
        QSet<qint64>& refs = m_references[table];
        Query q(m_db, QStringLiteral("SELECT id FROM %1 WHERE deleted_at IS NULL").arg(table));
        q.exec();
        while (q.next())
            refs.insert(q.value(0).toLongLong());
        return;
    }
    for (const LinkedOwner& l : kLinked) {
        if (table != name(l.table))
            continue;
        const QSet<qint64>& units = m_owned.value(QStringLiteral("org_unit"));
        Query q(m_db, QStringLiteral("SELECT %1, %2 FROM %3 WHERE deleted_at IS NULL")
                          .arg(name(l.linkColumn), name(l.ownerColumn), name(l.linkTable)));
        q.exec();
        QSet<qint64>& ids = m_owned[table];
        while (q.next())
            if (units.contains(q.value(1).toLongLong()))
                ids.insert(q.value(0).toLongLong());
        return;
    }
    for (const Owner& o : owners()) {
        if (table != name(o.table))
            continue;
        QSet<qint64>& ids = m_owned[table];
        for (const char* column : o.columns) {
            const Column* c = spec.column(name(column));
            ids.unite(idsWhere(spec, name(column), m_owned.value(name(c->refTable))));
        }
    }
}

void PackageScope::addReferences(const TableSpec& spec)
{
    const QString table = name(spec.table);
    std::vector<const Column*> refs;
    for (const Column& c : spec.columns)
        if (c.type == ColumnType::Ref)
            refs.push_back(&c);
    if (refs.empty())
        return;
    QStringList columns;
    for (const Column* c : refs)
        columns << name(c->name);
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QLatin1Char(',')), table);
    // A row may refer to its own table (a unit's parent and board): repeat until nothing is new.
    QSet<qint64> pending = m_owned.value(table) + m_references.value(table);
    QSet<qint64> seen;
    while (!pending.isEmpty()) {
        QSet<qint64> next;
        for (const qint64 id : std::as_const(pending)) {
            seen.insert(id);
            Query q = Query::cached(m_db, sql);
            q.bind(id).exec();
            if (!q.next())
                continue;
            for (int i = 0; i < int(refs.size()); ++i) {
                const qint64 target = q.value(i).toLongLong();
                const QString refTable = name(refs[std::size_t(i)]->refTable);
                if (target <= 0 || m_owned.value(refTable).contains(target))
                    continue;
                QSet<qint64>& known = m_references[refTable];
                if (known.contains(target))
                    continue;
                known.insert(target);
                if (refTable == table && !seen.contains(target))
                    next.insert(target);
            }
            q.raw().finish();
        }
        pending = next;
    }
}

const QSet<qint64>& PackageScope::owned(const TableSpec& spec) const
{
    const auto it = m_owned.constFind(name(spec.table));
    return it == m_owned.cend() ? kNone : *it;
}

const QSet<qint64>& PackageScope::references(const TableSpec& spec) const
{
    const auto it = m_references.constFind(name(spec.table));
    return it == m_references.cend() ? kNone : *it;
}

bool PackageScope::holds(const TableSpec& spec) const
{
    return !owned(spec).isEmpty() || !references(spec).isEmpty();
}

qint64 PackageScope::rowCount() const
{
    qint64 n = 0;
    for (const auto& s : m_owned)
        n += s.size();
    for (const auto& s : m_references)
        n += s.size();
    return n;
}

} // namespace sakra
