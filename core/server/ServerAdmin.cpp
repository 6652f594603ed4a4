#include "ServerAdmin.h"

#include "ServerPolicies.h"
#include "ServerSchema.h"
#include "storage/Database.h"
#include "storage/Errors.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <utility>

namespace sakra::ServerAdmin {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::ServerAdmin", text);
}

// The unit whose subtree a grant holds: a coordinator's administration or company above the unit.
qint64 scopeOf(const Database& db, qint64 unitId, Role role)
{
    if (role != Role::Coordinator)
        return unitId;
    const QVariant admin =
        Query(db, QStringLiteral("SELECT u.id FROM unit_closure c JOIN org_unit u ON u.id = "
                                 "c.ancestor_id WHERE c.unit_id = ? AND u.kind IN "
                                 "('administration', 'company') ORDER BY c.depth LIMIT 1"))
            .bind(unitId)
            .scalar();
    return admin.isValid() ? admin.toLongLong() : unitId;
}

} // namespace

bool roleFromText(const QString& text, Role* role)
{
    if (text == QLatin1String("manager"))
        *role = Role::Manager;
    else if (text == QLatin1String("coordinator"))
        *role = Role::Coordinator;
    else if (text == QLatin1String("head"))
        *role = Role::Head;
    else
        return false;
    return true;
}

QString roleText(Role role)
{
    switch (role) {
    case Role::Manager: return QStringLiteral("manager");
    case Role::Coordinator: return QStringLiteral("coordinator");
    case Role::Head: return QStringLiteral("head");
    }
    return {};
}

// Gives login the register's user role while it holds any grant and the head's role while it
// holds a head grant, and takes each away when it no longer does.
void syncRoles(Database& db, const QString& login)
{
    const ServerSchema::Roles roles = ServerSchema::roles(db);
    Query held(db, QStringLiteral("SELECT count(*), sum(CASE WHEN role = 'head' THEN 1 ELSE 0 END) FROM "
                                  "access_grant WHERE login = ?"));
    held.bind(login).exec();
    held.next();
    const bool any = held.value(0).toInt() > 0;
    const bool head = held.value(1).toInt() > 0;
    for (const auto& [role, wanted] : {std::pair{roles.user, any}, std::pair{roles.head, head}}) {
        const bool member =
            Query(db,
                  QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                                 "JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = ? AND u.rolname = ?"))
                .bind(role)
                .bind(login)
                .scalar()
                .toInt() > 0;
        if (member == wanted)
            continue;
        // Role names cannot be bound in GRANT: the server quotes them (format with %I).
        Query make(db, wanted ? QStringLiteral("SELECT format('GRANT %I TO %I', ?, ?)")
                              : QStringLiteral("SELECT format('REVOKE %I FROM %I', ?, ?)"));
        make.bind(role).bind(login);
        Query(db, make.scalar().toString()).exec();
    }
}

void grant(Database& db, const GrantRequest& r)
{
    if (r.login.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("user"), tr("Ange användarens inloggningsnamn."));
    const QVariant live =
        Query(db, QStringLiteral("SELECT count(*) FROM org_unit WHERE id = ? AND deleted_at IS NULL"))
            .bind(r.unitId)
            .scalar();
    if (live.toLongLong() != 1)
        throw ValidationError(QStringLiteral("unit"), tr("Enheten finns inte i registret."));
    const bool exists = Query(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"))
                            .bind(r.login)
                            .scalar()
                            .toInt() > 0;
    // Role names and passwords cannot be bound in CREATE ROLE: the server quotes them (format with
    // %I and %L) from bound values.
    auto run = [&](const QString& formatText, const QVariantList& values) {
        Query make(db, QStringLiteral("SELECT format(%1)").arg(formatText));
        for (const QVariant& v : values)
            make.bind(v);
        Query(db, make.scalar().toString()).exec();
    };
    if (!exists) {
        if (r.password.isEmpty())
            run(QStringLiteral("'CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS', ?"), {r.login});
        else
            run(QStringLiteral("'CREATE ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD %L', ?, ?"),
                {r.login, r.password});
    } else {
        const bool privileged =
            Query(db, QStringLiteral("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = ?"))
                .bind(r.login)
                .scalar()
                .toBool();
        if (privileged)
            throw ValidationError(
                QStringLiteral("user"),
                tr("%1 är superanvändare eller går förbi radsäkerheten på servern; ge registret "
                   "en vanlig inloggning i stället.")
                    .arg(r.login));
        if (!r.password.isEmpty())
            run(QStringLiteral("'ALTER ROLE %I PASSWORD %L', ?, ?"), {r.login, r.password});
    }
    Transaction tx(db);
    Query(db, QStringLiteral(
                  "INSERT INTO access_grant (login, unit_id, role, scope_unit_id, restricted, granted_at, "
                  "granted_by) VALUES (?, ?, ?, ?, ?, ?, session_user) ON CONFLICT (login, unit_id) DO "
                  "UPDATE SET role = excluded.role, scope_unit_id = excluded.scope_unit_id, restricted = "
                  "excluded.restricted, granted_at = excluded.granted_at, granted_by = excluded.granted_by"))
        .bind(r.login)
        .bind(r.unitId)
        .bind(roleText(r.role))
        .bind(scopeOf(db, r.unitId, r.role))
        .bind(r.restricted ? QStringLiteral("true") : QStringLiteral("false"))
        .bind(Database::nowUtc())
        .exec();
    tx.commit();
    syncRoles(db, r.login);
}

int revoke(Database& db, const QString& login, qint64 unitId)
{
    Transaction tx(db);
    Query q(db, unitId > 0 ? QStringLiteral("DELETE FROM access_grant WHERE login = ? AND unit_id = ?")
                           : QStringLiteral("DELETE FROM access_grant WHERE login = ?"));
    q.bind(login);
    if (unitId > 0)
        q.bind(unitId);
    q.exec();
    const int removed = q.rowsAffected();
    tx.commit();
    syncRoles(db, login);
    return removed;
}

std::vector<Grant> grants(const Database& db)
{
    Query q(db, QStringLiteral(
                    "SELECT g.login, u.name, g.role, s.name, g.restricted, g.granted_at, g.granted_by "
                    "FROM access_grant g JOIN org_unit u ON u.id = g.unit_id JOIN org_unit s ON s.id = "
                    "g.scope_unit_id ORDER BY g.login, u.name"));
    q.exec();
    std::vector<Grant> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toBool(), q.value(5).toString(),
                       q.value(6).toString()});
    return out;
}

} // namespace sakra::ServerAdmin
