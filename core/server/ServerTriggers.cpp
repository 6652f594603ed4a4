#include "ServerTriggers.h"

#include "storage/Tables.h"

namespace sakra::ServerTriggers {

namespace {

QLatin1String name(const char* s)
{
    return QLatin1String(s);
}

// The quarter of incident row r, as the file's tally: year * 10 + 1..4.
QString quarter(const QString& r)
{
    return QStringLiteral(
               "(CAST(substr(%1.occurred_on, 1, 4) AS integer) * 10 + (CAST(substr(%1.occurred_on, "
               "6, 2) AS integer) + 2) / 3)")
        .arg(r);
}

QString tallyAdd(const QString& r)
{
    return QStringLiteral(
               "INSERT INTO incident_tally (scope_id, quarter, kind, n) SELECT ancestor_id, %2, %1.kind, "
               "1 FROM unit_closure WHERE unit_id = %1.unit_id ON CONFLICT (scope_id, quarter, kind) DO "
               "UPDATE SET n = incident_tally.n + 1;")
        .arg(r, quarter(r));
}

QString tallyTake(const QString& r)
{
    return QStringLiteral("UPDATE incident_tally SET n = n - 1 WHERE scope_id IN (SELECT ancestor_id FROM "
                          "unit_closure WHERE unit_id = %1.unit_id) AND quarter = %2 AND kind = %1.kind; "
                          "DELETE FROM incident_tally WHERE n <= 0 AND scope_id IN (SELECT ancestor_id FROM "
                          "unit_closure WHERE unit_id = %1.unit_id) AND quarter = %2 AND kind = %1.kind;")
        .arg(r, quarter(r));
}

// Adds (sign "") or takes away (sign "-") the tallies of unit NEW's subtree at NEW's ancestors.
QString tallyShift(const char* sign)
{
    return QStringLiteral(
               "INSERT INTO incident_tally (scope_id, quarter, kind, n) SELECT a.ancestor_id, t.quarter, "
               "t.kind, %1t.n FROM unit_closure a JOIN incident_tally t ON t.scope_id = NEW.id WHERE "
               "a.unit_id = NEW.id AND a.depth > 0 ON CONFLICT (scope_id, quarter, kind) DO UPDATE SET "
               "n = incident_tally.n + excluded.n;")
        .arg(QLatin1String(sign));
}

const char* const kDefiner = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public";

QStringList closureAndTallies()
{
    const QString definer = QString::fromLatin1(kDefiner);
    return {
        QStringLiteral(
            "CREATE FUNCTION sakra_closure_insert() RETURNS trigger %1 AS $$ BEGIN "
            "INSERT INTO unit_closure (ancestor_id, unit_id, depth) VALUES (NEW.id, NEW.id, 0); "
            "IF NEW.deleted_at IS NULL THEN INSERT INTO unit_closure (ancestor_id, unit_id, depth) "
            "SELECT ancestor_id, NEW.id, depth + 1 FROM unit_closure WHERE unit_id = NEW.parent_id; "
            "END IF; RETURN NULL; END $$")
            .arg(definer),
        QStringLiteral("CREATE TRIGGER org_unit_closure_insert AFTER INSERT ON org_unit FOR EACH ROW EXECUTE "
                       "FUNCTION sakra_closure_insert()"),
        // A unit that moves, or is removed or restored, takes its subtree and its tallies along.
        QStringLiteral(
            "CREATE FUNCTION sakra_closure_move() RETURNS trigger %1 AS $$ BEGIN %2 "
            "DELETE FROM incident_tally WHERE n = 0 AND scope_id IN (SELECT ancestor_id FROM "
            "unit_closure WHERE unit_id = NEW.id AND depth > 0); "
            "DELETE FROM unit_closure WHERE ancestor_id IN (SELECT ancestor_id FROM unit_closure WHERE "
            "unit_id = NEW.id AND depth > 0) AND unit_id IN (SELECT unit_id FROM unit_closure WHERE "
            "ancestor_id = NEW.id); "
            "IF NEW.deleted_at IS NULL THEN INSERT INTO unit_closure (ancestor_id, unit_id, depth) "
            "SELECT a.ancestor_id, d.unit_id, a.depth + 1 + d.depth FROM unit_closure a JOIN "
            "unit_closure d ON d.ancestor_id = NEW.id WHERE a.unit_id = NEW.parent_id; END IF; "
            "%3 RETURN NULL; END $$")
            .arg(definer, tallyShift("-"), tallyShift("")),
        QStringLiteral(
            "CREATE TRIGGER org_unit_closure_move AFTER UPDATE OF parent_id, deleted_at ON org_unit FOR "
            "EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id OR (OLD.deleted_at IS NULL) <> "
            "(NEW.deleted_at IS NULL)) EXECUTE FUNCTION sakra_closure_move()"),
        QStringLiteral("CREATE FUNCTION sakra_tally() RETURNS trigger %1 AS $$ BEGIN "
                       "IF TG_OP = 'UPDATE' AND OLD.deleted_at IS NULL THEN %2 END IF; "
                       "IF NEW.deleted_at IS NULL THEN %3 END IF; RETURN NULL; END $$")
            .arg(definer, tallyTake(QStringLiteral("OLD")), tallyAdd(QStringLiteral("NEW"))),
        QStringLiteral("CREATE TRIGGER incident_tally_insert AFTER INSERT ON incident FOR EACH ROW EXECUTE "
                       "FUNCTION sakra_tally()"),
        QStringLiteral(
            "CREATE TRIGGER incident_tally_update AFTER UPDATE OF occurred_on, unit_id, kind, deleted_at "
            "ON incident FOR EACH ROW WHEN (OLD.occurred_on IS DISTINCT FROM NEW.occurred_on OR "
            "OLD.unit_id IS DISTINCT FROM NEW.unit_id OR OLD.kind IS DISTINCT FROM NEW.kind OR "
            "(OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)) EXECUTE FUNCTION sakra_tally()"),
        // No user may delete; the owner can, and the counts follow that too.
        QStringLiteral("CREATE FUNCTION sakra_tally_delete() RETURNS trigger %1 AS $$ BEGIN "
                       "IF OLD.deleted_at IS NULL THEN %2 END IF; RETURN NULL; END $$")
            .arg(definer, tallyTake(QStringLiteral("OLD"))),
        QStringLiteral("CREATE TRIGGER incident_tally_delete AFTER DELETE ON incident FOR EACH ROW EXECUTE "
                       "FUNCTION sakra_tally_delete()"),
        QStringLiteral("CREATE FUNCTION sakra_closure_delete() RETURNS trigger %1 AS $$ BEGIN "
                       "DELETE FROM unit_closure WHERE unit_id = OLD.id OR ancestor_id = OLD.id; "
                       "DELETE FROM incident_tally WHERE scope_id = OLD.id; RETURN NULL; END $$")
            .arg(definer),
        QStringLiteral("CREATE TRIGGER org_unit_closure_delete AFTER DELETE ON org_unit FOR EACH ROW EXECUTE "
                       "FUNCTION sakra_closure_delete()"),
    };
}

// The hash chain of HashChain::hashOf: each field as "N;" or "S<bytes>:<UTF-8>", SHA-256 in hex.
QStringList historyFunctions()
{
    const QString definer = QString::fromLatin1(kDefiner);
    return {
        QStringLiteral("CREATE FUNCTION sakra_hash_field(v text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$ "
                       "SELECT CASE WHEN v IS NULL THEN convert_to('N;', 'UTF8') ELSE convert_to('S' || "
                       "octet_length(convert_to(v, 'UTF8')) || ':', 'UTF8') || convert_to(v, 'UTF8') END $$"),
        // The one place a link is added to the chain: given its time and who, with the scope it is
        // read under.
        QStringLiteral(
            "CREATE FUNCTION sakra_append_history(p_at text, p_actor text, p_entity text, p_uuid text, "
            "p_action text, p_field text, p_old text, p_new text, p_scope bigint, p_restricted boolean) "
            "RETURNS void %1 AS $$ DECLARE last_id bigint; last_hash text; next_id bigint; BEGIN "
            // One writer of the history at a time, to the end of its transaction: the chain
            // is appended in commit order and never forks.
            "PERFORM pg_advisory_xact_lock(1396788050); "
            "SELECT id, hash INTO last_id, last_hash FROM change_log ORDER BY id DESC LIMIT 1; "
            "next_id := coalesce(last_id, 0) + 1; "
            "INSERT INTO change_log (id, at, actor, entity, entity_uuid, action, field, old_value, "
            "new_value, hash, scope_unit_id, restricted) VALUES (next_id, p_at, p_actor, p_entity, p_uuid, "
            "p_action, p_field, p_old, p_new, encode(sha256(sakra_hash_field(last_hash) || "
            "sakra_hash_field(next_id::text) || sakra_hash_field(p_at) || sakra_hash_field(p_actor) || "
            "sakra_hash_field(p_entity) || sakra_hash_field(p_uuid) || sakra_hash_field(p_action) || "
            "sakra_hash_field(p_field) || sakra_hash_field(p_old) || sakra_hash_field(p_new)), 'hex'), "
            "p_scope, p_restricted); END $$")
            .arg(definer),
        QStringLiteral(
            "CREATE FUNCTION sakra_log(p_entity text, p_uuid text, p_action text, p_field text, "
            "p_old text, p_new text, p_scope bigint, p_restricted boolean) RETURNS void %1 AS $$ BEGIN "
            "PERFORM sakra_append_history(to_char(transaction_timestamp() AT TIME ZONE 'UTC', "
            "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), session_user::text, p_entity, p_uuid, p_action, p_field, "
            "p_old, p_new, p_scope, p_restricted); END $$")
            .arg(definer),
        QStringLiteral("CREATE FUNCTION sakra_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "NEW.updated_by := session_user; RETURN NEW; END $$"),
        QStringLiteral("CREATE FUNCTION sakra_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "PERFORM pg_notify('%1', TG_TABLE_NAME); RETURN NULL; END $$")
            .arg(QLatin1String(kChannel)),
    };
}

// The text a value is kept as in the history: references as the referred row's UUID.
QString historyText(const Column& c, const QString& r)
{
    if (c.type == ColumnType::Ref)
        return QStringLiteral("(SELECT uuid FROM %1 WHERE id = %2.%3)")
            .arg(name(c.refTable), r, name(c.name));
    return QStringLiteral("CAST(%1.%2 AS text)").arg(r, name(c.name));
}

QStringList historyTrigger(const TableSpec& spec)
{
    const QString table = name(spec.table);
    const QString unit = unitOf(spec, QStringLiteral("NEW"));
    const QString scope = unit.isEmpty() ? QStringLiteral("NULL") : unit;
    const QString restricted = spec.restricted ? QStringLiteral("true") : QStringLiteral("false");
    QStringList created, updates;
    for (const Column& c : spec.columns) {
        created << QStringLiteral("'%1', %2").arg(name(c.name), historyText(c, QStringLiteral("NEW")));
        updates << QStringLiteral("IF NEW.%1 IS DISTINCT FROM OLD.%1 THEN PERFORM sakra_log('%2', NEW.uuid, "
                                  "'update', '%1', %3, %4, scope, %5); END IF;")
                       .arg(name(c.name), table, historyText(c, QStringLiteral("OLD")),
                            historyText(c, QStringLiteral("NEW")), restricted);
    }
    return {
        QStringLiteral(
            "CREATE FUNCTION sakra_history_%1() RETURNS trigger %2 AS $$ DECLARE scope bigint := %3; "
            "BEGIN IF TG_OP = 'INSERT' THEN PERFORM sakra_log('%1', NEW.uuid, 'create', '', NULL, "
            "CAST(json_strip_nulls(json_build_object(%4)) AS text), scope, %5); "
            "ELSE IF (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) THEN PERFORM sakra_log('%1', "
            "NEW.uuid, CASE WHEN NEW.deleted_at IS NULL THEN 'restore' ELSE 'delete' END, '', NULL, "
            "NULL, scope, %5); END IF; %6 END IF; RETURN NULL; END $$")
            .arg(table, QString::fromLatin1(kDefiner), scope, created.join(QStringLiteral(", ")), restricted,
                 updates.join(QLatin1Char(' '))),
        QStringLiteral("CREATE TRIGGER %1_history AFTER INSERT OR UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                       "sakra_history_%1()")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_stamp BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW EXECUTE FUNCTION "
                       "sakra_stamp()")
            .arg(table),
        QStringLiteral(
            "CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE ON %1 FOR EACH STATEMENT EXECUTE FUNCTION "
            "sakra_notify()")
            .arg(table),
    };
}

} // namespace

QString unitOf(const TableSpec& spec, const QString& r)
{
    const QString t = name(spec.table);
    if (t == QLatin1String("budget_line"))
        return r + QStringLiteral(".board_id");
    if (t == QLatin1String("report_draft"))
        return r + QStringLiteral(".scope_id");
    if (t == QLatin1String("action_note") || t == QLatin1String("action_risk"))
        return QStringLiteral("(SELECT a.unit_id FROM action a WHERE a.id = %1.action_id)").arg(r);
    if (t == QLatin1String("incident_risk") || t == QLatin1String("incident_action"))
        return QStringLiteral("(SELECT i.unit_id FROM incident i WHERE i.id = %1.incident_id)").arg(r);
    // The organisation, with the further boards an administration reports to, is read by all.
    if (t == QLatin1String("org_unit") || t == QLatin1String("unit_board") || t == QLatin1String("routine") ||
        isSiteScoped(spec))
        return {};
    if (spec.column(QStringLiteral("unit_id")))
        return r + QStringLiteral(".unit_id");
    return {};
}

bool isSiteScoped(const TableSpec& spec)
{
    const QString t = name(spec.table);
    return t == QLatin1String("security_walk") || t == QLatin1String("walk_finding") ||
           t == QLatin1String("premises_inventory");
}

// A site package's history, merged by one who holds the whole register: each entry as the site
// wrote it (who and when), appended to the chain, hidden (scope -1) until sakra_scope_history()
// gives it the unit of its row once the merge has written the rows.
QStringList mergeHistoryFunctions()
{
    const QString definer = QString::fromLatin1(kDefiner);
    QStringList restricted;
    QStringList scopes;
    for (const TableSpec* spec : Tables::all()) {
        const QString t = name(spec->table);
        if (spec->restricted)
            restricted << QStringLiteral("'%1'").arg(t);
        const QString unit = unitOf(*spec, QStringLiteral("r"));
        if (!unit.isEmpty())
            scopes << QStringLiteral("UPDATE change_log c SET scope_unit_id = %1 FROM %2 r WHERE "
                                     "c.scope_unit_id = -1 AND c.entity = '%2' AND c.entity_uuid = r.uuid; ")
                          .arg(unit, t);
    }
    const QString wholeRegister = QStringLiteral(
        "IF NOT sakra_sees_all() THEN RAISE EXCEPTION 'merging a package needs the whole register' USING "
        "ERRCODE = '42501'; END IF; ");
    return {
        QStringLiteral(
            "CREATE FUNCTION sakra_merge_history(p_at text, p_actor text, p_entity text, p_uuid text, "
            "p_action text, p_field text, p_old text, p_new text) RETURNS void %1 AS $$ BEGIN %2"
            "PERFORM sakra_append_history(p_at, p_actor, p_entity, p_uuid, p_action, p_field, p_old, p_new, "
            "-1, p_entity IN (%3)); END $$")
            .arg(definer, wholeRegister,
                 restricted.isEmpty() ? QStringLiteral("''") : restricted.join(QLatin1Char(','))),
        QStringLiteral("CREATE FUNCTION sakra_scope_history() RETURNS void %1 AS $$ BEGIN %2%3"
                       "UPDATE change_log SET scope_unit_id = NULL WHERE scope_unit_id = -1; END $$")
            .arg(definer, wholeRegister, scopes.join(QString())),
    };
}

QStringList all()
{
    QStringList out = closureAndTallies() + historyFunctions() + mergeHistoryFunctions();
    for (const TableSpec* spec : Tables::all())
        out += historyTrigger(*spec);
    return out;
}

} // namespace sakra::ServerTriggers
