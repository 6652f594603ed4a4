#include "Schema.h"

#include "Database.h"
#include "Errors.h"
#include "HashChain.h"
#include "ListIndexes.h"
#include "Query.h"
#include "SchemaStep10.h"
#include "SchemaStep12.h"
#include "SchemaStep13.h"
#include "SearchSchema.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QUuid>
#include <functional>
#include <vector>

namespace sakra {

namespace {

// Columns every entity table carries: a stable UUID for merging registers, bookkeeping for the
// change history, a row version for conflict detection and a tombstone instead of a deletion.
#define SAKRA_META_COLUMNS                                                                                   \
    "uuid TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "                        \
    "updated_by TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1, deleted_at TEXT"

#define SAKRA_DATE_GLOB "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"

const char* const kStep1[] = {
    "PRAGMA application_id = 1396788050", // Database::kApplicationId
    "CREATE TABLE org_unit (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "parent_id INTEGER REFERENCES org_unit(id), "
    "kind TEXT NOT NULL CHECK (kind IN "
    "('municipality','board','administration','company','department','unit')), "
    "name TEXT NOT NULL CHECK (length(trim(name)) > 0), "
    "board_id INTEGER REFERENCES org_unit(id), "
    "note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX org_unit_parent ON org_unit(parent_id, name COLLATE NOCASE) WHERE deleted_at IS NULL",
    "CREATE INDEX org_unit_kind ON org_unit(kind) WHERE deleted_at IS NULL",
    "CREATE TABLE site (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "name TEXT NOT NULL CHECK (length(trim(name)) > 0), street TEXT NOT NULL DEFAULT '', "
    "postal_code TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE unit_site (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "unit_id INTEGER NOT NULL REFERENCES org_unit(id), site_id INTEGER NOT NULL REFERENCES site(id))",
    "CREATE UNIQUE INDEX unit_site_live ON unit_site(unit_id, site_id) WHERE deleted_at IS NULL",
    "CREATE INDEX unit_site_site ON unit_site(site_id)",
    "CREATE TABLE person (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "name TEXT NOT NULL CHECK (length(trim(name)) > 0), title TEXT NOT NULL DEFAULT '', "
    "phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
    "unit_id INTEGER REFERENCES org_unit(id))",
    "CREATE INDEX person_unit ON person(unit_id) WHERE deleted_at IS NULL",
    "CREATE INDEX person_name ON person(name COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE TABLE change_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
    "entity TEXT NOT NULL, entity_uuid TEXT NOT NULL, action TEXT NOT NULL "
    "CHECK (action IN ('create','update','delete','restore')), "
    "field TEXT NOT NULL DEFAULT '', old_value TEXT, new_value TEXT)",
    "CREATE INDEX change_log_entity ON change_log(entity_uuid, id)",
};

const char* const kStep2[] = {
    "CREATE TABLE security_role (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "code TEXT NOT NULL, name_sv TEXT NOT NULL, name_en TEXT NOT NULL, "
    "level TEXT NOT NULL CHECK (level IN ('strategic','tactical','operational','related')))",
    "CREATE UNIQUE INDEX security_role_code ON security_role(code) WHERE deleted_at IS NULL",
    "CREATE TABLE assignment (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "person_id INTEGER NOT NULL REFERENCES person(id), role_id INTEGER NOT NULL REFERENCES "
    "security_role(id), "
    "unit_id INTEGER NOT NULL REFERENCES org_unit(id), "
    "start_date TEXT NOT NULL CHECK (start_date GLOB '" SAKRA_DATE_GLOB "'), "
    "end_date TEXT CHECK (end_date IS NULL OR (end_date GLOB '" SAKRA_DATE_GLOB
    "' AND end_date >= start_date)), "
    "fte_percent INTEGER NOT NULL CHECK (fte_percent BETWEEN 1 AND 100))",
    "CREATE INDEX assignment_unit ON assignment(unit_id) WHERE deleted_at IS NULL",
    "CREATE INDEX assignment_person ON assignment(person_id) WHERE deleted_at IS NULL",
    "CREATE TABLE planned_post (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "unit_id INTEGER NOT NULL REFERENCES org_unit(id), "
    "level TEXT NOT NULL CHECK (level IN ('strategic','tactical','operational')), "
    "posts INTEGER NOT NULL CHECK (posts >= 0))",
    "CREATE UNIQUE INDEX planned_post_live ON planned_post(unit_id, level) WHERE deleted_at IS NULL",
    "CREATE TABLE focus_area (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "name TEXT NOT NULL CHECK (length(trim(name)) > 0), description TEXT NOT NULL DEFAULT '', "
    "sort_order INTEGER NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX focus_area_name ON focus_area(name) WHERE deleted_at IS NULL",
    "CREATE TABLE profile_area (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "unit_id INTEGER NOT NULL REFERENCES org_unit(id), focus_area_id INTEGER NOT NULL REFERENCES "
    "focus_area(id))",
    "CREATE UNIQUE INDEX profile_area_live ON profile_area(unit_id, focus_area_id) WHERE deleted_at IS NULL",
    "CREATE TABLE milestone (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "title TEXT NOT NULL CHECK (length(trim(title)) > 0), "
    "level TEXT NOT NULL DEFAULT '' CHECK (level IN ('','strategic','tactical','operational')), "
    "target_date TEXT NOT NULL CHECK (target_date GLOB '" SAKRA_DATE_GLOB "'), "
    "status TEXT NOT NULL CHECK (status IN ('planned','in_progress','done','postponed')), "
    "note TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE budget_line (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "board_id INTEGER NOT NULL REFERENCES org_unit(id), year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND "
    "2200), "
    "amount_kr INTEGER NOT NULL CHECK (amount_kr >= 0), note TEXT NOT NULL DEFAULT '')",
    "CREATE UNIQUE INDEX budget_line_live ON budget_line(board_id, year) WHERE deleted_at IS NULL",
};

struct CatalogueRow
{
    const char* key;
    const char* a;
    const char* b;
    const char* c;
};

// Roles of the three levels and related roles (seed 003; DOMAIN.md).
const CatalogueRow kRoles[] = {
    {"head_of_security", "Säkerhetschef", "Head of security", "strategic"},
    {"security_strategist", "Säkerhetsstrateg", "Security strategist", "strategic"},
    {"security_coordinator", "Säkerhetssamordnare", "Security coordinator", "tactical"},
    {"security_representative", "Säkerhetsombud", "Security representative", "operational"},
    {"fire_safety_lead", "Brandskyddsansvarig", "Fire-safety lead", "related"},
    {"information_security_officer", "Informationssäkerhetssamordnare", "Information security officer",
     "related"},
    {"preparedness_coordinator", "Beredskapssamordnare", "Preparedness coordinator", "related"},
    {"background_check_officer", "Handläggare bakgrundskontroll", "Background check officer", "related"},
};

// Focus areas of the requirement profiles, from the table in seed 003.
const CatalogueRow kFocusAreas[] = {
    {"risk_analysis", "Riskhantering – riskanalys", "", ""},
    {"risk_inventory", "Riskhantering – riskinventering", "", ""},
    {"fire_safety", "Systematiskt brandskyddsarbete (SBA)", "", ""},
    {"deviation_reporting", "Avvikelse- och skaderapportering", "", ""},
    {"premises_security", "Lokaler – fysisk och teknisk säkerhet", "", ""},
    {"alarm_handling", "Larmhantering", "", ""},
    {"damage_claims", "Skador, skadegörelse och ersättningskrav mot hyresvärd", "", ""},
    {"cooperation", "Samverkan med polis, socialtjänst och brottsförebyggande grupper", "", ""},
    {"crime_prevention", "Trygghetsskapande och brottsförebyggande arbete, platsanalyser", "", ""},
    {"threats_violence", "Hot och våld, personsäkerhet", "", ""},
    {"undue_influence", "Otillåten påverkan och oegentligheter", "", ""},
    {"event_security", "Eventsäkerhet", "", ""},
    {"election_security", "Valsäkerhet", "", ""},
    {"contract_risk", "Kontraktuell riskhantering (upphandling)", "", ""},
    {"individual_fire_protection", "Individanpassat brandskydd", "", ""},
    {"lone_night_work", "Ensam- och nattarbete", "", ""},
    {"facilities_sports", "Anläggningar och idrottshallar (lokalbokning, bevakning)", "", ""},
    {"societal_security", "Säkerhetsfrågor på samhällsplanet", "", ""},
};

const char* const kStep3[] = {
    "CREATE TABLE risk_category (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "name TEXT NOT NULL CHECK (length(trim(name)) > 0), sort_order INTEGER NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX risk_category_name ON risk_category(name) WHERE deleted_at IS NULL",
    "CREATE TABLE risk_matrix (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", config TEXT NOT NULL)",
    "CREATE TABLE risk_inventory (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "unit_id INTEGER NOT NULL REFERENCES org_unit(id), held_on TEXT NOT NULL CHECK (held_on GLOB "
    "'" SAKRA_DATE_GLOB "'), "
    "participants TEXT NOT NULL DEFAULT '', method TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX risk_inventory_unit ON risk_inventory(unit_id) WHERE deleted_at IS NULL",
    "CREATE TABLE risk (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "unit_id INTEGER NOT NULL REFERENCES org_unit(id), site_id INTEGER REFERENCES site(id), "
    "inventory_id INTEGER REFERENCES risk_inventory(id), category_id INTEGER NOT NULL REFERENCES "
    "risk_category(id), "
    "owner_id INTEGER REFERENCES person(id), title TEXT NOT NULL CHECK (length(trim(title)) > 0), "
    "description TEXT NOT NULL DEFAULT '', threat_source TEXT NOT NULL DEFAULT '', existing_controls TEXT "
    "NOT NULL DEFAULT '', "
    "likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 6), "
    "consequence INTEGER NOT NULL CHECK (consequence BETWEEN 1 AND 6), consequence_detail TEXT, "
    "residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 6), "
    "residual_consequence INTEGER CHECK (residual_consequence BETWEEN 1 AND 6), residual_detail TEXT, "
    "level INTEGER NOT NULL CHECK (level >= 0), residual_level INTEGER CHECK (residual_level >= 0), "
    "status TEXT NOT NULL CHECK (status IN ('open','treated','accepted','closed')), "
    "assessed_on TEXT NOT NULL CHECK (assessed_on GLOB '" SAKRA_DATE_GLOB "'), "
    "review_months INTEGER NOT NULL CHECK (review_months BETWEEN 1 AND 60), "
    "next_review TEXT NOT NULL CHECK (next_review GLOB '" SAKRA_DATE_GLOB "'))",
    "CREATE INDEX risk_unit ON risk(unit_id, level) WHERE deleted_at IS NULL",
    // (level, id) and (title, id) serve the list's default sorts with their tie-break, so a first
    // page of a large register needs no sort; the two cell indexes make the heat map an index scan.
    "CREATE INDEX risk_level ON risk(level, id) WHERE deleted_at IS NULL",
    "CREATE INDEX risk_cell ON risk(likelihood, consequence) WHERE deleted_at IS NULL",
    "CREATE INDEX risk_cell_after ON risk(coalesce(residual_likelihood, likelihood), "
    "coalesce(residual_consequence, consequence)) WHERE deleted_at IS NULL",
    "CREATE INDEX risk_next_review ON risk(next_review, id) WHERE deleted_at IS NULL",
    "CREATE INDEX risk_review ON risk(next_review) WHERE deleted_at IS NULL AND status <> 'closed'",
    "CREATE INDEX risk_owner ON risk(owner_id) WHERE deleted_at IS NULL",
    "CREATE INDEX risk_category_idx ON risk(category_id) WHERE deleted_at IS NULL",
    "CREATE INDEX risk_title ON risk(title COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE TABLE security_walk (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "site_id INTEGER NOT NULL REFERENCES site(id), walked_on TEXT NOT NULL CHECK (walked_on GLOB "
    "'" SAKRA_DATE_GLOB "'), "
    "participants TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE walk_finding (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "walk_id INTEGER NOT NULL REFERENCES security_walk(id), description TEXT NOT NULL CHECK "
    "(length(trim(description)) > 0), "
    "risk_id INTEGER REFERENCES risk(id))",
    "CREATE INDEX walk_finding_walk ON walk_finding(walk_id) WHERE deleted_at IS NULL",
    "CREATE TABLE premises_inventory (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "site_id INTEGER NOT NULL REFERENCES site(id), "
    "inventoried_on TEXT NOT NULL CHECK (inventoried_on GLOB '" SAKRA_DATE_GLOB "'), "
    "exits TEXT NOT NULL DEFAULT '', lockdown_rooms TEXT NOT NULL DEFAULT '', alarm_systems TEXT NOT NULL "
    "DEFAULT '', "
    "access_control TEXT NOT NULL DEFAULT '', cameras INTEGER NOT NULL DEFAULT 0 CHECK (cameras IN (0, 1)), "
    "camera_permit_ref TEXT NOT NULL DEFAULT '', "
    "camera_permit_expires TEXT CHECK (camera_permit_expires IS NULL OR camera_permit_expires GLOB "
    "'" SAKRA_DATE_GLOB "'), "
    "guards TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX premises_inventory_site ON premises_inventory(site_id) WHERE deleted_at IS NULL",
    "CREATE TABLE threat_assessment (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "unit_id INTEGER NOT NULL REFERENCES org_unit(id), "
    "assessed_on TEXT NOT NULL CHECK (assessed_on GLOB '" SAKRA_DATE_GLOB "'), "
    "subject TEXT NOT NULL CHECK (length(trim(subject)) > 0), description TEXT NOT NULL DEFAULT '', "
    "threat_level TEXT NOT NULL CHECK (threat_level IN ('low','moderate','high','severe')), "
    "measures TEXT NOT NULL DEFAULT '', handled_by INTEGER REFERENCES person(id), "
    "status TEXT NOT NULL CHECK (status IN ('open','closed')), "
    "closed_on TEXT CHECK (closed_on IS NULL OR closed_on GLOB '" SAKRA_DATE_GLOB "'))",
};

// Risk categories from the work-environment rules and the municipal papers.
const CatalogueRow kRiskCategories[] = {
    {"threats_violence", "Hot och våld", "", ""},
    {"lethal_violence", "Pågående dödligt våld", "", ""},
    {"undue_influence", "Otillåten påverkan", "", ""},
    {"harassment", "Trakasserier", "", ""},
    {"fire", "Brand", "", ""},
    {"burglary_vandalism", "Inbrott och skadegörelse", "", ""},
    {"lone_night_work", "Ensam- och nattarbete", "", ""},
    {"information_security", "Informationssäkerhet", "", ""},
    {"crisis_continuity", "Kris och kontinuitet", "", ""},
};

const char* const kStep4[] = {
    "CREATE TABLE action_kind (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "name TEXT NOT NULL CHECK (length(trim(name)) > 0), sort_order INTEGER NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX action_kind_name ON action_kind(name) WHERE deleted_at IS NULL",
    "CREATE TABLE action (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "title TEXT NOT NULL CHECK (length(trim(title)) > 0), description TEXT NOT NULL DEFAULT '', "
    "kind_id INTEGER NOT NULL REFERENCES action_kind(id), unit_id INTEGER NOT NULL REFERENCES org_unit(id), "
    "site_id INTEGER REFERENCES site(id), responsible_id INTEGER REFERENCES person(id), "
    "status TEXT NOT NULL CHECK (status IN ('planned','in_progress','done','postponed','cancelled')), "
    "status_changed_on TEXT NOT NULL CHECK (status_changed_on GLOB '" SAKRA_DATE_GLOB "'), "
    "start_date TEXT CHECK (start_date IS NULL OR start_date GLOB '" SAKRA_DATE_GLOB "'), "
    "due_date TEXT CHECK (due_date IS NULL OR (due_date GLOB '" SAKRA_DATE_GLOB
    "' AND (start_date IS NULL OR due_date >= start_date))), "
    "done_date TEXT CHECK (done_date IS NULL OR done_date GLOB '" SAKRA_DATE_GLOB "'), "
    "estimated_cost_kr INTEGER NOT NULL DEFAULT 0 CHECK (estimated_cost_kr >= 0), "
    "actual_cost_kr INTEGER NOT NULL DEFAULT 0 CHECK (actual_cost_kr >= 0), "
    "fits_budget INTEGER NOT NULL DEFAULT 1 CHECK (fits_budget IN (0, 1)), "
    "needs_board_decision INTEGER NOT NULL DEFAULT 0 CHECK (needs_board_decision IN (0, 1)))",
    "CREATE INDEX action_unit ON action(unit_id, status) WHERE deleted_at IS NULL",
    // The list's default order puts undated actions last: (due_date IS NULL, due_date, id) gives it
    // without a sort; (status, due_date) makes the overdue count an index range per open status;
    // action_money covers the cost-per-board sums so they never read the wide rows.
    "CREATE INDEX action_due ON action(due_date IS NULL, due_date, id) WHERE deleted_at IS NULL",
    "CREATE INDEX action_due_plain ON action(due_date, id) WHERE deleted_at IS NULL",
    "CREATE INDEX action_status ON action(status, due_date, id) WHERE deleted_at IS NULL",
    "CREATE INDEX action_money ON action(unit_id, due_date, start_date, status, fits_budget, "
    "estimated_cost_kr, "
    "actual_cost_kr) WHERE deleted_at IS NULL",
    "CREATE INDEX action_responsible ON action(responsible_id) WHERE deleted_at IS NULL",
    "CREATE INDEX action_kind_idx ON action(kind_id) WHERE deleted_at IS NULL",
    "CREATE INDEX action_title ON action(title COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE TABLE action_risk (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "action_id INTEGER NOT NULL REFERENCES action(id), risk_id INTEGER NOT NULL REFERENCES risk(id), "
    "residual_likelihood INTEGER CHECK (residual_likelihood BETWEEN 1 AND 6), "
    "residual_consequence INTEGER CHECK (residual_consequence BETWEEN 1 AND 6))",
    "CREATE UNIQUE INDEX action_risk_live ON action_risk(action_id, risk_id) WHERE deleted_at IS NULL",
    "CREATE INDEX action_risk_risk ON action_risk(risk_id) WHERE deleted_at IS NULL",
    "CREATE TABLE action_note (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "action_id INTEGER NOT NULL REFERENCES action(id), "
    "noted_on TEXT NOT NULL CHECK (noted_on GLOB '" SAKRA_DATE_GLOB "'), "
    "text TEXT NOT NULL CHECK (length(trim(text)) > 0), author TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX action_note_action ON action_note(action_id, noted_on, id) WHERE deleted_at IS NULL",
};

// The quarter an incident row r falls in, as year * 10 + 1..4 (20241 is 2024's first quarter).
#define SAKRA_QUARTER(r)                                                                                     \
    "(CAST(substr(" r ".occurred_on, 1, 4) AS INTEGER) * 10 + (CAST(substr(" r                               \
    ".occurred_on, 6, 2) AS INTEGER) + 2) / 3)"
#define SAKRA_TALLY_UPSERT(amount) "ON CONFLICT (scope_id, quarter, kind) DO UPDATE SET n = n + " amount
// Counts incident row r once more in its unit and every unit above it.
#define SAKRA_TALLY_ADD(r)                                                                                   \
    "INSERT INTO incident_tally (scope_id, quarter, kind, n) SELECT ancestor_id, " SAKRA_QUARTER(            \
        r) ", " r ".kind, 1 "                                                                                \
           "FROM unit_closure WHERE unit_id = " r ".unit_id"
// Counts incident row r once less, dropping tallies that reach nothing; condition guards both.
#define SAKRA_TALLY_TAKE(r, condition)                                                                       \
    "UPDATE incident_tally SET n = n - 1 WHERE scope_id IN (SELECT ancestor_id FROM unit_closure WHERE "     \
    "unit_id = " r ".unit_id) AND quarter = " SAKRA_QUARTER(                                                 \
        r) " AND kind = " r ".kind " condition "; "                                                          \
           "DELETE FROM incident_tally WHERE n <= 0 AND scope_id IN (SELECT ancestor_id FROM unit_closure "  \
           "WHERE unit_id = " r ".unit_id) AND quarter = " SAKRA_QUARTER(r) " AND kind = " r                 \
                                                                            ".kind " condition
// Adds (sign "") or takes away (sign "-") the tallies of unit NEW's subtree at NEW's ancestors.
#define SAKRA_TALLY_SHIFT(sign)                                                                              \
    "INSERT INTO incident_tally (scope_id, quarter, kind, n) SELECT a.ancestor_id, t.quarter, t.kind, " sign \
    "t.n "                                                                                                   \
    "FROM unit_closure a JOIN incident_tally t ON t.scope_id = NEW.id WHERE a.unit_id = NEW.id AND a.depth " \
    "> 0 " SAKRA_TALLY_UPSERT("excluded.n")

#define SAKRA_OPT_DATE(col) col " TEXT CHECK (" col " IS NULL OR " col " GLOB '" SAKRA_DATE_GLOB "')"

// Incidents, training and exercises, routines, alarm equipment, the self-assessment's overrides
// and report drafts (the work-environment rules on violence and threats; seeds 001-003).
const char* const kStep5[] = {
    "CREATE TABLE incident (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "occurred_on TEXT NOT NULL CHECK (occurred_on GLOB '" SAKRA_DATE_GLOB "'), "
    "occurred_time TEXT CHECK (occurred_time IS NULL OR occurred_time GLOB '[0-2][0-9]:[0-5][0-9]'), "
    "unit_id INTEGER NOT NULL REFERENCES org_unit(id), site_id INTEGER REFERENCES site(id), "
    "target TEXT NOT NULL CHECK (target IN ('employee','elected_official','other')), "
    "kind TEXT NOT NULL CHECK (kind IN "
    "('threat','violence','harassment','undue_influence','vandalism','near_miss','other')), "
    "channel TEXT NOT NULL CHECK (channel IN "
    "('on_site','phone','email','social_media','home_visit','outside_work')), "
    "severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4), "
    "description TEXT NOT NULL DEFAULT '', "
    "perpetrator TEXT NOT NULL CHECK (perpetrator IN ('client','relative','unknown','colleague','other')), "
    "organised_crime INTEGER NOT NULL DEFAULT 0 CHECK (organised_crime IN (0, 1)), "
    "system_ref TEXT NOT NULL DEFAULT '', "
    "police_reported INTEGER NOT NULL DEFAULT 0 CHECK (police_reported IN (0, 1)), " SAKRA_OPT_DATE(
        "police_reported_on") ", "
                              "serious INTEGER NOT NULL DEFAULT 0 CHECK (serious IN (0, 1)), " SAKRA_OPT_DATE(
                                  "authority_reported_on") ", "
                                                           "support_manager INTEGER NOT NULL DEFAULT 0 CHECK "
                                                           "(support_manager IN (0, 1)), "
                                                           "support_occupational_health INTEGER NOT NULL "
                                                           "DEFAULT 0 CHECK (support_occupational_health IN "
                                                           "(0, 1)), "
                                                           "support_crisis INTEGER NOT NULL DEFAULT 0 CHECK "
                                                           "(support_crisis IN (0, 1)), "
                                                           "follow_up TEXT NOT NULL CHECK (follow_up IN "
                                                           "('new','investigating','measures','closed')), "
                                                           "closed_on TEXT CHECK (closed_on IS NULL OR "
                                                           "(closed_on GLOB '" SAKRA_DATE_GLOB
                                                           "' AND closed_on >= occurred_on)))",
    "CREATE INDEX incident_unit ON incident(unit_id, occurred_on) WHERE deleted_at IS NULL",
    "CREATE INDEX incident_date ON incident(occurred_on, id) WHERE deleted_at IS NULL",
    "CREATE INDEX incident_site ON incident(site_id) WHERE deleted_at IS NULL",
    // Serious incidents not yet reported to the Work Environment Authority: the overdue list and
    // the dashboard read them without scanning a million rows.
    "CREATE INDEX incident_unreported ON incident(occurred_on, id) WHERE deleted_at IS NULL AND serious = 1 "
    "AND authority_reported_on IS NULL",
    "CREATE TABLE incident_risk (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "incident_id INTEGER NOT NULL REFERENCES incident(id), risk_id INTEGER NOT NULL REFERENCES risk(id))",
    "CREATE UNIQUE INDEX incident_risk_live ON incident_risk(incident_id, risk_id) WHERE deleted_at IS NULL",
    "CREATE INDEX incident_risk_risk ON incident_risk(risk_id) WHERE deleted_at IS NULL",
    "CREATE TABLE incident_action (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "incident_id INTEGER NOT NULL REFERENCES incident(id), action_id INTEGER NOT NULL REFERENCES action(id))",
    "CREATE UNIQUE INDEX incident_action_live ON incident_action(incident_id, action_id) WHERE deleted_at IS "
    "NULL",
    "CREATE INDEX incident_action_action ON incident_action(action_id) WHERE deleted_at IS NULL",
    "CREATE TABLE training (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "kind TEXT NOT NULL CHECK (kind IN "
    "('threats_violence','lethal_violence','visitor_treatment','alarm_drill',"
    "'evacuation','lockdown','fire_drill','crisis_exercise')), "
    "title TEXT NOT NULL DEFAULT '', unit_id INTEGER NOT NULL REFERENCES org_unit(id), "
    "held_on TEXT NOT NULL CHECK (held_on GLOB '" SAKRA_DATE_GLOB "'), "
    "participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0), "
    "target_group INTEGER NOT NULL DEFAULT 0 CHECK (target_group >= 0), "
    "recurrence_months INTEGER CHECK (recurrence_months IS NULL OR recurrence_months BETWEEN 1 AND 120), "
    "next_due TEXT CHECK (next_due IS NULL OR (next_due GLOB '" SAKRA_DATE_GLOB "' AND next_due > held_on)), "
    "note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX training_unit ON training(unit_id, kind, held_on) WHERE deleted_at IS NULL",
    "CREATE INDEX training_held ON training(held_on, id) WHERE deleted_at IS NULL",
    "CREATE INDEX training_due ON training(next_due, id) WHERE deleted_at IS NULL",
    "CREATE TABLE routine (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "title TEXT NOT NULL CHECK (length(trim(title)) > 0), "
    "kind TEXT NOT NULL CHECK (kind IN ('security','threats_violence','alarm','home_visit','support',"
    "'outside_work','crisis_plan','preparedness_plan','checklist','action_plan')), "
    "documented INTEGER NOT NULL DEFAULT 1 CHECK (documented IN (0, 1)), " SAKRA_OPT_DATE(
        "adopted_on") ", owner_id INTEGER REFERENCES person(id), "
                      "review_months INTEGER CHECK (review_months IS NULL OR review_months BETWEEN 1 AND "
                      "60), " SAKRA_OPT_DATE("last_review_on") ", " SAKRA_OPT_DATE(
                          "next_review") ", "
                                         "known_by_staff TEXT NOT NULL CHECK (known_by_staff IN "
                                         "('yes','partly','no')), " SAKRA_OPT_DATE(
                                             "staff_briefed_on") ", "
                                                                 "document_link TEXT NOT NULL DEFAULT '', "
                                                                 "note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX routine_review ON routine(next_review, id) WHERE deleted_at IS NULL",
    "CREATE INDEX routine_title ON routine(title COLLATE NOCASE, id) WHERE deleted_at IS NULL",
    "CREATE TABLE routine_unit (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "routine_id INTEGER NOT NULL REFERENCES routine(id), unit_id INTEGER NOT NULL REFERENCES org_unit(id))",
    "CREATE UNIQUE INDEX routine_unit_live ON routine_unit(routine_id, unit_id) WHERE deleted_at IS NULL",
    "CREATE INDEX routine_unit_unit ON routine_unit(unit_id) WHERE deleted_at IS NULL",
    "CREATE TABLE alarm_equipment (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "kind TEXT NOT NULL CHECK (kind IN ('personal','panic','intrusion')), "
    "unit_id INTEGER REFERENCES org_unit(id), site_id INTEGER REFERENCES site(id), "
    "devices INTEGER NOT NULL DEFAULT 1 CHECK (devices >= 1), "
    "receiver TEXT NOT NULL DEFAULT '', " SAKRA_OPT_DATE(
        "last_tested_on") ", "
                          "test_interval_months INTEGER NOT NULL DEFAULT 12 CHECK (test_interval_months "
                          "BETWEEN 1 AND 60), " SAKRA_OPT_DATE(
                              "next_test") ", note TEXT NOT NULL DEFAULT '', "
                                           "CHECK (unit_id IS NOT NULL OR site_id IS NOT NULL))",
    "CREATE INDEX alarm_equipment_unit ON alarm_equipment(unit_id) WHERE deleted_at IS NULL",
    "CREATE INDEX alarm_equipment_site ON alarm_equipment(site_id) WHERE deleted_at IS NULL",
    "CREATE INDEX alarm_equipment_test ON alarm_equipment(next_test, id) WHERE deleted_at IS NULL",
    "CREATE TABLE assessment_override (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "unit_id INTEGER NOT NULL REFERENCES org_unit(id), question TEXT NOT NULL CHECK (length(question) > 0), "
    "answer TEXT NOT NULL CHECK (answer IN ('yes','mostly','partly','no')), "
    "justification TEXT NOT NULL CHECK (length(trim(justification)) > 0), "
    "decided_on TEXT NOT NULL CHECK (decided_on GLOB '" SAKRA_DATE_GLOB "'))",
    "CREATE UNIQUE INDEX assessment_override_live ON assessment_override(unit_id, question) WHERE deleted_at "
    "IS NULL",
    "CREATE TABLE report_draft (id INTEGER PRIMARY KEY, " SAKRA_META_COLUMNS ", "
    "kind TEXT NOT NULL CHECK (kind IN ('measures','annual','organisation','situation','assessment')), "
    "name TEXT NOT NULL CHECK (length(trim(name)) > 0), "
    "scope_id INTEGER REFERENCES org_unit(id), " SAKRA_OPT_DATE("period_from") ", " SAKRA_OPT_DATE(
        "period_to") ", "
                     "language TEXT NOT NULL DEFAULT 'sv' CHECK (language IN ('sv','en')), " SAKRA_OPT_DATE(
                         "document_date") ", "
                                          "registration_number TEXT NOT NULL DEFAULT '', classification TEXT "
                                          "NOT NULL DEFAULT '', "
                                          "proposed_decision TEXT NOT NULL DEFAULT '', matter TEXT NOT NULL "
                                          "DEFAULT '', "
                                          "preparation TEXT NOT NULL DEFAULT '', presentation TEXT NOT NULL "
                                          "DEFAULT '', "
                                          "signatory_id INTEGER REFERENCES person(id), second_signatory_id "
                                          "INTEGER REFERENCES person(id), "
                                          "CHECK (period_from IS NULL OR period_to IS NULL OR period_to >= "
                                          "period_from))",
    // Incident statistics at dashboard speed (about a million incidents): unit_closure pairs every
    // unit with itself and each unit below it, reached through live units only (the scope rule of
    // SqlSnippets::inScope); incident_tally counts the live incidents per scope unit, quarter
    // (year * 10 + 1..4) and kind. Triggers keep both current on every write path: repositories,
    // import, the generator and units moved, removed or restored. A migrated register gets its
    // closure from the tree it already has.
    "CREATE TABLE unit_closure (ancestor_id INTEGER NOT NULL, unit_id INTEGER NOT NULL, depth INTEGER NOT "
    "NULL, "
    "PRIMARY KEY (ancestor_id, unit_id)) WITHOUT ROWID",
    "CREATE INDEX unit_closure_unit ON unit_closure(unit_id, depth)",
    "INSERT INTO unit_closure (ancestor_id, unit_id, depth) WITH RECURSIVE cl(a, u, d) AS ("
    "SELECT id, id, 0 FROM org_unit UNION ALL SELECT cl.a, c.id, cl.d + 1 FROM cl "
    "JOIN org_unit c ON c.parent_id = cl.u AND c.deleted_at IS NULL) SELECT a, u, d FROM cl",
    // The days of a period that do not fill a quarter are counted from this index alone.
    "CREATE INDEX incident_unit_kind ON incident(unit_id, occurred_on, kind) WHERE deleted_at IS NULL",
    "CREATE TABLE incident_tally (scope_id INTEGER NOT NULL, quarter INTEGER NOT NULL, kind TEXT NOT NULL, "
    "n INTEGER NOT NULL, PRIMARY KEY (scope_id, quarter, kind)) WITHOUT ROWID",
    "INSERT INTO incident_tally (scope_id, quarter, kind, n) SELECT c.ancestor_id, " SAKRA_QUARTER(
        "i") ", i.kind, "
             "count(*) FROM incident i JOIN unit_closure c ON c.unit_id = i.unit_id WHERE i.deleted_at IS "
             "NULL GROUP BY 1, 2, 3",
    "CREATE TRIGGER org_unit_closure_insert AFTER INSERT ON org_unit BEGIN "
    "INSERT INTO unit_closure (ancestor_id, unit_id, depth) VALUES (NEW.id, NEW.id, 0); "
    "INSERT INTO unit_closure (ancestor_id, unit_id, depth) SELECT ancestor_id, NEW.id, depth + 1 FROM "
    "unit_closure "
    "WHERE unit_id = NEW.parent_id AND NEW.deleted_at IS NULL; END",
    // A unit that moves, or is removed or restored, takes its subtree (and the subtree's tallies)
    // away from its old ancestors and to its new ones. Removal is a move to nowhere.
    "CREATE TRIGGER org_unit_closure_move AFTER UPDATE OF parent_id, deleted_at ON org_unit "
    "WHEN OLD.parent_id IS NOT NEW.parent_id OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) "
    "BEGIN " SAKRA_TALLY_SHIFT(
        "-") "; "
             "DELETE FROM incident_tally WHERE n = 0 AND scope_id IN "
             "(SELECT ancestor_id FROM unit_closure WHERE unit_id = NEW.id AND depth > 0); "
             "DELETE FROM unit_closure WHERE ancestor_id IN (SELECT ancestor_id FROM unit_closure WHERE "
             "unit_id = NEW.id AND depth > 0) "
             "AND unit_id IN (SELECT unit_id FROM unit_closure WHERE ancestor_id = NEW.id); "
             "INSERT INTO unit_closure (ancestor_id, unit_id, depth) SELECT a.ancestor_id, d.unit_id, "
             "a.depth + 1 + d.depth "
             "FROM unit_closure a JOIN unit_closure d ON d.ancestor_id = NEW.id WHERE a.unit_id = "
             "NEW.parent_id "
             "AND NEW.deleted_at IS NULL; " SAKRA_TALLY_SHIFT("") "; END",
    "CREATE TRIGGER org_unit_closure_delete AFTER DELETE ON org_unit BEGIN "
    "DELETE FROM unit_closure WHERE unit_id = OLD.id OR ancestor_id = OLD.id; "
    "DELETE FROM incident_tally WHERE scope_id = OLD.id; END",
    "CREATE TRIGGER incident_tally_insert AFTER INSERT ON incident WHEN NEW.deleted_at IS NULL "
    "BEGIN " SAKRA_TALLY_ADD("NEW") " " SAKRA_TALLY_UPSERT("1") "; END",
    "CREATE TRIGGER incident_tally_update AFTER UPDATE OF occurred_on, unit_id, kind, deleted_at ON incident "
    "WHEN OLD.occurred_on IS NOT NEW.occurred_on OR OLD.unit_id IS NOT NEW.unit_id OR OLD.kind IS NOT "
    "NEW.kind "
    "OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) BEGIN " SAKRA_TALLY_TAKE(
        "OLD",
        "AND OLD.deleted_at IS NULL") "; " SAKRA_TALLY_ADD("NEW") " AND NEW.deleted_at IS "
                                                                  "NULL " SAKRA_TALLY_UPSERT("1") "; END",
    "CREATE TRIGGER incident_tally_delete AFTER DELETE ON incident WHEN OLD.deleted_at IS NULL "
    "BEGIN " SAKRA_TALLY_TAKE("OLD", "") "; END",
};

// Kinds of action from the measures reports (seed 000) and the work-environment rules.
const CatalogueRow kActionKinds[] = {
    {"camera", "Kameraövervakning", "", ""},
    {"guards", "Väktare och ordningsvakter", "", ""},
    {"locks_access", "Lås och passersystem", "", ""},
    {"alarm", "Larm", "", ""},
    {"personal_alarm", "Personlarm", "", ""},
    {"training", "Utbildning", "", ""},
    {"exercise", "Övning", "", ""},
    {"routine", "Rutin eller checklista", "", ""},
    {"premises", "Anpassning av lokaler", "", ""},
    {"permit", "Tillstånd (IMY, polisen)", "", ""},
    {"crisis_communication", "Kriskommunikation", "", ""},
    {"investigation", "Utredning", "", ""},
};

// Catalogue rows get UUIDs derived from their key, so every register has the same ones and
// registers can be merged and exchanged without duplicating the catalogue.
QString catalogueUuid(const char* table, const char* key)
{
    static const QUuid ns(QStringLiteral("{6d1f3f59-6a3e-4c4e-9d0e-5a6b7261c0de}"));
    return QUuid::createUuidV5(
               ns, QStringLiteral("%1/%2").arg(QString::fromLatin1(table), QString::fromLatin1(key)))
        .toString(QUuid::WithoutBraces);
}

// Inserts a catalogue's named entries in their order, with sort_order 10, 20, 30, ... (the
// columns risk_category, action_kind and focus_area share).
void seedNamedEntries(Database& db, const char* table, const CatalogueRow* first, const CatalogueRow* last,
                      const QString& now)
{
    int order = 0;
    for (const CatalogueRow* r = first; r != last; ++r) {
        Query(db,
              QStringLiteral("INSERT INTO %1 (uuid, created_at, updated_at, updated_by, name, sort_order) "
                             "VALUES (?,?,?,?,?,?)")
                  .arg(QLatin1String(table)))
            .bind(catalogueUuid(table, r->key))
            .bind(now)
            .bind(now)
            .bind(QStringLiteral("system"))
            .bind(QString::fromUtf8(r->a))
            .bind(order += 10)
            .exec();
    }
}

void seedCatalogues(Database& db)
{
    const QString now = Database::nowUtc();
    const QString who = QStringLiteral("system");
    for (const CatalogueRow& r : kRoles) {
        Query(db, QStringLiteral("INSERT INTO security_role (uuid, created_at, updated_at, updated_by, code, "
                                 "name_sv, name_en, level) VALUES (?,?,?,?,?,?,?,?)"))
            .bind(catalogueUuid("security_role", r.key))
            .bind(now)
            .bind(now)
            .bind(who)
            .bind(QString::fromLatin1(r.key))
            .bind(QString::fromUtf8(r.a))
            .bind(QString::fromUtf8(r.b))
            .bind(QString::fromLatin1(r.c))
            .exec();
    }
    seedNamedEntries(db, "focus_area", std::begin(kFocusAreas), std::end(kFocusAreas), now);
}

// The standard 5x5 matrix as step 3 wrote it. A released step never changes: a literal, not
// RiskMatrix::standard(), so later changes to the risk area cannot alter old migrations (a test
// checks that the two agree today).
const char* const kStandardMatrixAtStep3 =
    R"json({"consequence":[{"en":"Negligible","sv":"Försumbar"},{"en":"Minor","sv":"Lindrig"},{"en":"Moderate","sv":"Måttlig"},{"en":"Serious","sv":"Allvarlig"},{"en":"Very serious","sv":"Mycket allvarlig"}],"dimensions":[],"levels":[{"colour":"#8bc34a","minScore":1,"name":{"en":"Low","sv":"Låg"}},{"colour":"#ffd54f","minScore":5,"name":{"en":"Medium","sv":"Medel"}},{"colour":"#ff9800","minScore":10,"name":{"en":"High","sv":"Hög"}},{"colour":"#e53935","minScore":17,"name":{"en":"Very high","sv":"Mycket hög"}}],"likelihood":[{"en":"Very unlikely","sv":"Mycket osannolik"},{"en":"Unlikely","sv":"Osannolik"},{"en":"Possible","sv":"Möjlig"},{"en":"Likely","sv":"Sannolik"},{"en":"Very likely","sv":"Mycket sannolik"}]})json";

void seedRisk(Database& db)
{
    const QString now = Database::nowUtc();
    seedNamedEntries(db, "risk_category", std::begin(kRiskCategories), std::end(kRiskCategories), now);
    Query(
        db,
        QStringLiteral(
            "INSERT INTO risk_matrix (uuid, created_at, updated_at, updated_by, config) VALUES (?,?,?,?,?)"))
        .bind(catalogueUuid("risk_matrix", "the"))
        .bind(now)
        .bind(now)
        .bind(QStringLiteral("system"))
        .bind(QString::fromUtf8(kStandardMatrixAtStep3))
        .exec();
}

void seedActions(Database& db)
{
    seedNamedEntries(db, "action_kind", std::begin(kActionKinds), std::end(kActionKinds), Database::nowUtc());
}

// The change history becomes a hash chain (see HashChain); a migrated register's existing
// entries are chained in id order, so verify holds from the migration on.
const char* const kStep6[] = {
    "ALTER TABLE change_log ADD COLUMN hash TEXT",
};

void chainHistory(Database& db)
{
    HashChain::rebuild(db);
}

// Work handed out to a site without network and merged back (core/sync). register_info names the
// register (its id tells a package where it belongs); package holds a package's manifest, in the
// register that handed it out (direction 'out') and in the package file itself ('in');
// package_row its base: each row's values when handed out, and after each merge the site's values
// that merge considered; merge_decision the coordinator's choices of a review not yet applied.
const char* const kStep7[] = {
    // A merge records the value it did not take as a history entry of its own ('merge'); the
    // history table is copied with its ids and hashes, so the chain holds.
    "CREATE TABLE change_log_v7 (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
    "entity TEXT NOT NULL, entity_uuid TEXT NOT NULL, action TEXT NOT NULL "
    "CHECK (action IN ('create','update','delete','restore','merge')), "
    "field TEXT NOT NULL DEFAULT '', old_value TEXT, new_value TEXT, hash TEXT)",
    "INSERT INTO change_log_v7 (id, at, actor, entity, entity_uuid, action, field, old_value, new_value, "
    "hash) "
    "SELECT id, at, actor, entity, entity_uuid, action, field, old_value, new_value, hash FROM change_log",
    "DROP TABLE change_log",
    "ALTER TABLE change_log_v7 RENAME TO change_log",
    "CREATE INDEX change_log_entity ON change_log(entity_uuid, id)",
    "CREATE TABLE register_info (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE package (package_id TEXT PRIMARY KEY, "
    "direction TEXT NOT NULL CHECK (direction IN ('out','in')), central_register_id TEXT NOT NULL, "
    "root_unit_uuid TEXT NOT NULL, root_unit_name TEXT NOT NULL, handed_to TEXT NOT NULL, "
    "handed_out_at TEXT NOT NULL, handed_out_by TEXT NOT NULL, schema_version INTEGER NOT NULL, "
    "base_hash TEXT NOT NULL, history_from INTEGER NOT NULL DEFAULT 0, merged_at TEXT, merged_by TEXT, "
    "merges INTEGER NOT NULL DEFAULT 0, merged_history_to INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE package_row (package_id TEXT NOT NULL, entity TEXT NOT NULL, entity_uuid TEXT NOT NULL, "
    "role TEXT NOT NULL CHECK (role IN ('owned','reference')), row_version INTEGER NOT NULL, "
    "deleted INTEGER NOT NULL DEFAULT 0, vals TEXT NOT NULL, PRIMARY KEY (package_id, entity, entity_uuid)) "
    "WITHOUT ROWID",
    "CREATE INDEX package_row_uuid ON package_row(entity_uuid, role)",
    "CREATE TABLE merge_decision (package_id TEXT NOT NULL, item TEXT NOT NULL, choice TEXT NOT NULL, "
    "value TEXT, PRIMARY KEY (package_id, item)) WITHOUT ROWID",
};

void nameRegister(Database& db)
{
    Query(db, QStringLiteral("INSERT INTO register_info (key, value) VALUES ('register_id', ?)"))
        .bind(QUuid::createUuid().toString(QUuid::WithoutBraces))
        .exec();
}

// The first page of overdue actions: the open actions in due order, so a page of 200 is read in
// order and the scan stops there, instead of sorting every overdue action first. The open test is
// an expression the list query compares with 1 (ActionRepository), so no index on status alone
// competes for it.
const char* const kStep8[] = {
    "CREATE INDEX action_open_due ON action((status IN ('planned','in_progress')), (due_date IS NULL), "
    "due_date, id) WHERE deleted_at IS NULL",
};

struct Step
{
    std::vector<const char*> statements;
    std::function<void(Database&)> data;
};

const std::vector<Step>& steps()
{
    static const std::vector<Step> all = {
        {std::vector<const char*>(std::begin(kStep1), std::end(kStep1)), {}},
        {std::vector<const char*>(std::begin(kStep2), std::end(kStep2)), seedCatalogues},
        {std::vector<const char*>(std::begin(kStep3), std::end(kStep3)), seedRisk},
        {std::vector<const char*>(std::begin(kStep4), std::end(kStep4)), seedActions},
        {std::vector<const char*>(std::begin(kStep5), std::end(kStep5)), {}},
        {std::vector<const char*>(std::begin(kStep6), std::end(kStep6)), chainHistory},
        {std::vector<const char*>(std::begin(kStep7), std::end(kStep7)), nameRegister},
        {std::vector<const char*>(std::begin(kStep8), std::end(kStep8)), {}},
        // Full-text search over the areas (SearchSchema).
        {{}, SearchSchema::createStep9},
        // Proportionality, costs not estimated, standing practice, honest unknowns (SchemaStep10).
        {{}, SchemaStep10::create},
        // The lists at a city's scale: covering indexes (ListIndexes).
        {{}, ListIndexes::create},
        // Administrations under several boards, costed and related posts, elected officials
        // (SchemaStep12).
        {{}, SchemaStep12::create},
        // Retention (gallring): rules, cleared records, the history's 'retention' (SchemaStep13).
        // Comes after step 12 (the organisation's elected officials, made at the same time).
        {{}, SchemaStep13::create},
    };
    return all;
}

void setUserVersion(Database& db, int version)
{
    // PRAGMA takes no bound values; the number comes from our own step table.
    const QString sql = QStringLiteral("PRAGMA user_version = %1").arg(version);
    Query(db, sql).exec();
}

} // namespace

const char* Schema::incidentTallyFill()
{
    // Step 5's fill counted per unit first: the same rows in about half the time on a million
    // incidents (the closure multiplies a few hundred thousand groups, not every incident).
    return "INSERT INTO incident_tally (scope_id, quarter, kind, n) SELECT c.ancestor_id, t.quarter, t.kind, "
           "sum(t.n) FROM (SELECT unit_id, " SAKRA_QUARTER(
               "incident") " AS quarter, kind, count(*) AS n "
                           "FROM incident WHERE deleted_at IS NULL GROUP BY 1, 2, 3) t "
                           "JOIN unit_closure c ON c.unit_id = t.unit_id GROUP BY 1, 2, 3";
}

int Schema::currentVersion()
{
    return int(steps().size());
}

void Schema::migrate(Database& db, int target)
{
    if (target < 0)
        target = currentVersion();
    for (int version = db.schemaVersion(); version < target; ++version) {
        const Step& step = steps().at(std::size_t(version));
        Transaction tx(db);
        for (const char* sql : step.statements)
            Query(db, QString::fromUtf8(sql)).exec();
        if (step.data)
            step.data(db);
        setUserVersion(db, version + 1);
        tx.commit();
    }
}

} // namespace sakra
