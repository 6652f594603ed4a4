#include "ServerPolicies.h"

#include "ServerTriggers.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Tables.h"

namespace sakra::ServerPolicies {

namespace {

QLatin1String name(const char* s)
{
    return QLatin1String(s);
}

// Wrapped in a sub-select, the planner runs each once per statement, not once per row.
const char* const kSeesAll = "(SELECT sakra_sees_all())";
// "unit = ANY (the array)": the planner can then read a manager's few rows through an index on the
// unit, where "seesAll OR unit IN (...)" reads the whole table. Those who see all have every unit
// in sakra_visible_units().
const char* const kVisible = "ANY (ARRAY(SELECT sakra_visible_units()))";

QString unitVisible(const QString& unitExpression)
{
    return QStringLiteral("%2 = %3 OR (%2 IS NULL AND %1)")
        .arg(QLatin1String(kSeesAll), unitExpression, QLatin1String(kVisible));
}

// A site some unit the user holds is housed in.
QString siteVisible(const QString& siteExpression)
{
    return QStringLiteral(
               "%1 OR EXISTS (SELECT 1 FROM unit_site us WHERE us.site_id = %2 AND us.deleted_at IS NULL "
               "AND us.unit_id = %3)")
        .arg(QLatin1String(kSeesAll), siteExpression, QLatin1String(kVisible));
}

// Who may see a row of spec (the same test decides who may write it).
QString rowVisible(const TableSpec& spec)
{
    const QString t = name(spec.table);
    if (t == QLatin1String("security_walk") || t == QLatin1String("premises_inventory"))
        return siteVisible(t + QStringLiteral(".site_id"));
    if (t == QLatin1String("walk_finding"))
        return siteVisible(
            QStringLiteral("(SELECT w.site_id FROM security_walk w WHERE w.id = walk_finding.walk_id)"));
    if (t == QLatin1String("alarm_equipment"))
        return QStringLiteral("CASE WHEN unit_id IS NULL THEN %1 ELSE %2 END")
            .arg(siteVisible(QStringLiteral("alarm_equipment.site_id")),
                 unitVisible(QStringLiteral("unit_id")));
    if (t == QLatin1String("person"))
        return QStringLiteral("unit_id IS NULL OR ") + unitVisible(QStringLiteral("unit_id"));
    const QString unit = ServerTriggers::unitOf(spec, t);
    QString visible = unit.isEmpty() ? QString() : unitVisible(unit);
    if (spec.restricted)
        visible = QStringLiteral("(%1) AND (SELECT sakra_may_see_restricted())").arg(visible);
    return visible;
}

// Tables every user reads and only head changes: the organisation and the catalogues.
bool headWrites(const TableSpec& spec)
{
    const QString t = name(spec.table);
    return Tables::isSeeded(spec) || t == QLatin1String("org_unit") || t == QLatin1String("unit_board") ||
           t == QLatin1String("milestone") || t == QLatin1String("retention_rule");
}

// A text literal for SQL.
QString literal(const QString& text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace

QString ident(const QString& n)
{
    QString q = n;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

void createRoles(Database& db, const ServerSchema::Roles& r)
{
    for (const QString& role : {r.owner, r.user, r.admin, r.head}) {
        const bool exists = Query(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"))
                                .bind(role)
                                .scalar()
                                .toInt() > 0;
        if (!exists)
            Query(db, QStringLiteral("CREATE ROLE %1 NOLOGIN NOSUPERUSER NOBYPASSRLS").arg(ident(role)))
                .exec();
    }
    if (!Query(db, QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"))
             .bind(r.admin)
             .bind(r.user)
             .scalar()
             .toBool())
        Query(db, QStringLiteral("GRANT %1 TO %2").arg(ident(r.user), ident(r.admin))).exec();
}

void prepareOwner(Database& db, const ServerSchema::Roles& r)
{
    const QString database = Query(db, QStringLiteral("SELECT current_database()")).scalar().toString();
    Query(db, QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1").arg(ident(r.owner))).exec();
    // Only the register's users connect.
    Query(db, QStringLiteral("REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM PUBLIC").arg(ident(database)))
        .exec();
    Query(db, QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(ident(database), ident(r.user)))
        .exec();
}

QStringList shims()
{
    return {
        QStringLiteral(
            "CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)"),
        QStringLiteral(
            "CREATE FUNCTION sakra_bool_eq_int(boolean, integer) RETURNS boolean LANGUAGE sql IMMUTABLE "
            "AS 'SELECT CAST($1 AS integer) = $2'"),
        QStringLiteral(
            "CREATE OPERATOR = (LEFTARG = boolean, RIGHTARG = integer, FUNCTION = sakra_bool_eq_int)"),
        QStringLiteral(
            "CREATE FUNCTION sakra_bool_sum(bigint, boolean) RETURNS bigint LANGUAGE sql IMMUTABLE AS "
            "'SELECT CASE WHEN $2 IS NULL THEN $1 ELSE coalesce($1, 0) + CAST($2 AS integer) END'"),
        QStringLiteral("CREATE AGGREGATE sum(boolean) (SFUNC = sakra_bool_sum, STYPE = bigint)"),
        // The full-text index's expression ("word"* "word"*: every word as a prefix) as a query.
        QStringLiteral(
            "CREATE FUNCTION sakra_tsquery(expression text) RETURNS tsquery LANGUAGE sql IMMUTABLE AS "
            "$$ SELECT to_tsquery('simple', array_to_string(ARRAY(SELECT m[1] || ':*' FROM "
            "regexp_matches(expression, '\"([^\"]+)\"', 'g') AS m), ' & ')) $$"),
    };
}

QStringList serverTables()
{
    return {
        QStringLiteral("CREATE TABLE server_info (key text PRIMARY KEY, value text NOT NULL)"),
        // scope_unit_id and restricted let the history be read as its rows are: filled by sakra_log.
        QStringLiteral(
            "ALTER TABLE change_log ADD COLUMN scope_unit_id bigint, ADD COLUMN restricted boolean NOT "
            "NULL DEFAULT false"),
        QStringLiteral("CREATE INDEX change_log_scope ON change_log(scope_unit_id, id)"),
        QStringLiteral(
            "CREATE TABLE access_grant (login text NOT NULL, unit_id bigint NOT NULL REFERENCES "
            "org_unit(id), role text NOT NULL CHECK (role IN ('manager','coordinator','head')), "
            "scope_unit_id bigint NOT NULL REFERENCES org_unit(id), restricted boolean NOT NULL "
            "DEFAULT false, granted_at text NOT NULL, granted_by text NOT NULL, PRIMARY KEY (login, "
            "unit_id))"),
    };
}

QStringList policies(const ServerSchema::Roles& r)
{
    const QString user = ident(r.user), admin = ident(r.admin), head = ident(r.head);
    QStringList out = {
        QStringLiteral(
            "CREATE FUNCTION sakra_sees_all() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET "
            "search_path = public AS $$ SELECT EXISTS (SELECT 1 FROM access_grant WHERE login = "
            "session_user AND role = 'head') OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            "session_user AND (rolsuper OR rolbypassrls)) $$"),
        QStringLiteral(
            "CREATE FUNCTION sakra_visible_units() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY "
            "DEFINER SET search_path = public AS $$ SELECT c.unit_id FROM access_grant g JOIN "
            "unit_closure c ON c.ancestor_id = g.scope_unit_id WHERE g.login = session_user UNION SELECT "
            "id FROM org_unit WHERE (SELECT sakra_sees_all()) $$"),
        QStringLiteral(
            "CREATE FUNCTION sakra_may_see_restricted() RETURNS boolean LANGUAGE sql STABLE SECURITY "
            "DEFINER SET search_path = public AS $$ SELECT EXISTS (SELECT 1 FROM access_grant WHERE "
            "login = session_user AND (restricted OR role = 'head')) $$"),
        // A merge's note of the value it did not take: for those who hold the whole register.
        QStringLiteral(
            "CREATE FUNCTION sakra_note_merge(p_entity text, p_uuid text, p_field text, p_old text, "
            "p_new text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ "
            "BEGIN IF NOT sakra_sees_all() THEN RAISE EXCEPTION 'merge notes need the whole register' "
            "USING ERRCODE = '42501'; END IF; PERFORM sakra_log(p_entity, p_uuid, 'merge', p_field, "
            "p_old, p_new, NULL, false); END $$"),
        QStringLiteral(
            "REVOKE EXECUTE ON FUNCTION sakra_log(text, text, text, text, text, text, bigint, boolean) "
            "FROM PUBLIC"),
        QStringLiteral("REVOKE EXECUTE ON FUNCTION sakra_append_history(text, text, text, text, text, text, "
                       "text, text, bigint, boolean) FROM PUBLIC"),
    };
    QStringList tables;
    for (const TableSpec* spec : Tables::all())
        tables << name(spec->table);
    tables << QStringLiteral("change_log") << QStringLiteral("unit_closure")
           << QStringLiteral("incident_tally") << QStringLiteral("register_info") << QStringLiteral("package")
           << QStringLiteral("package_row") << QStringLiteral("merge_decision")
           << QStringLiteral("server_info") << QStringLiteral("access_grant");
    for (const QString& t : tables) {
        out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t)
            << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(t, user);
    }
    for (const TableSpec* spec : Tables::all()) {
        const QString t = name(spec->table);
        const QString visible = rowVisible(*spec);
        const QString read = visible.isEmpty() ? QStringLiteral("true") : visible;
        const QString write = headWrites(*spec) ? QString::fromLatin1(kSeesAll) : read;
        out << QStringLiteral("GRANT INSERT, UPDATE ON %1 TO %2").arg(t, user)
            << QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT USING (%2)").arg(t, read)
            << QStringLiteral("CREATE POLICY %1_insert ON %1 FOR INSERT WITH CHECK (%2)").arg(t, write)
            << QStringLiteral("CREATE POLICY %1_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)")
                   .arg(t, write);
    }
    // The head of security sees and changes every row. A policy of its own for the head's role, so
    // that for them the server folds the row test to true instead of checking each row against
    // every unit of the municipality; the unit tests above stay quick for everyone else.
    QStringList headTables;
    for (const TableSpec* spec : Tables::all())
        headTables << name(spec->table);
    for (const QString& t : std::as_const(headTables))
        out << QStringLiteral("CREATE POLICY %1_head_read ON %1 FOR SELECT TO %2 USING (true)").arg(t, head)
            << QStringLiteral("CREATE POLICY %1_head_insert ON %1 FOR INSERT TO %2 WITH CHECK (true)")
                   .arg(t, head)
            << QStringLiteral(
                   "CREATE POLICY %1_head_update ON %1 FOR UPDATE TO %2 USING (true) WITH CHECK (true)")
                   .arg(t, head);
    for (const char* t : {"change_log", "incident_tally"})
        out << QStringLiteral("CREATE POLICY %1_head_read ON %1 FOR SELECT TO %2 USING (true)")
                   .arg(QLatin1String(t), head);
    const QString seesAll = QString::fromLatin1(kSeesAll);
    out << QStringLiteral(
               "CREATE POLICY change_log_read ON change_log FOR SELECT USING ((NOT restricted OR (SELECT "
               "sakra_may_see_restricted())) AND (scope_unit_id = %1 OR (scope_unit_id IS NULL "
               "AND (entity NOT IN ('security_walk', 'walk_finding', 'premises_inventory') OR EXISTS "
               "(SELECT 1 FROM security_walk w WHERE w.uuid = entity_uuid) OR EXISTS (SELECT 1 FROM "
               "walk_finding f WHERE f.uuid = entity_uuid) OR EXISTS (SELECT 1 FROM premises_inventory "
               "p WHERE p.uuid = entity_uuid)))))")
               .arg(QLatin1String(kVisible))
        << QStringLiteral("CREATE POLICY unit_closure_read ON unit_closure FOR SELECT USING (true)")
        << QStringLiteral(
               "CREATE POLICY incident_tally_read ON incident_tally FOR SELECT USING (scope_id = %1)")
               .arg(QLatin1String(kVisible))
        << QStringLiteral("CREATE POLICY register_info_read ON register_info FOR SELECT USING (true)")
        << QStringLiteral("CREATE POLICY server_info_read ON server_info FOR SELECT USING (true)");
    // Packages for sites without network hold rows of every kind: only for those who see all.
    for (const char* t : {"package", "package_row", "merge_decision"})
        out << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(QLatin1String(t), user)
            << QStringLiteral("CREATE POLICY %1_all ON %1 USING (%2) WITH CHECK (%2)")
                   .arg(QLatin1String(t), seesAll);
    out << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON access_grant TO %1").arg(admin)
        << QStringLiteral(
               "CREATE POLICY access_grant_read ON access_grant FOR SELECT USING (login = session_user OR "
               "pg_has_role(session_user, %1, 'MEMBER'))")
               .arg(literal(r.admin))
        << QStringLiteral(
               "CREATE POLICY access_grant_write ON access_grant USING (pg_has_role(session_user, %1, "
               "'MEMBER')) WITH CHECK (pg_has_role(session_user, %1, 'MEMBER'))")
               .arg(literal(r.admin));
    return out;
}

} // namespace sakra::ServerPolicies
