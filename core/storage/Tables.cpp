#include "Tables.h"

#include <QtGlobal>

namespace sakra::Tables {

using T = ColumnType;

const TableSpec& orgUnit()
{
    static const TableSpec spec{
        "org_unit",
        QT_TRANSLATE_NOOP("sakra::Entity", "Organisationsenhet"),
        "name",
        {{"parent_id", T::Ref, "org_unit", false, QT_TRANSLATE_NOOP("sakra::Field", "Ingår i")},
         {"kind", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Typ")},
         {"name", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Namn")},
         {"board_id", T::Ref, "org_unit", false, QT_TRANSLATE_NOOP("sakra::Field", "Rapporterar till nämnd")},
         {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Anteckning")}}};
    return spec;
}

const TableSpec& site()
{
    static const TableSpec spec{
        "site",
        QT_TRANSLATE_NOOP("sakra::Entity", "Lokal"),
        "name",
        {{"name", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Namn")},
         {"street", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Gatuadress")},
         {"postal_code", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Postnummer")},
         {"city", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Ort")},
         {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Anteckning")}}};
    return spec;
}

const TableSpec& unitSite()
{
    static const TableSpec spec{
        "unit_site",
        QT_TRANSLATE_NOOP("sakra::Entity", "Enhet i lokal"),
        "site_id",
        {{"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Enhet")},
         {"site_id", T::Ref, "site", true, QT_TRANSLATE_NOOP("sakra::Field", "Lokal")}}};
    return spec;
}

const TableSpec& unitBoard()
{
    static const TableSpec spec{
        "unit_board",
        QT_TRANSLATE_NOOP("sakra::Entity", "Förvaltning under ytterligare nämnd"),
        "board_id",
        {{"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Förvaltning eller bolag")},
         {"board_id", T::Ref, "org_unit", true,
          QT_TRANSLATE_NOOP("sakra::Field", "Rapporterar även till nämnd")}}};
    return spec;
}

const TableSpec& person()
{
    static const TableSpec spec{
        "person",
        QT_TRANSLATE_NOOP("sakra::Entity", "Person"),
        "name",
        {{"name", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Namn")},
         {"title", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Titel")},
         {"phone", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Telefon")},
         {"email", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "E-post")},
         {"unit_id", T::Ref, "org_unit", false, QT_TRANSLATE_NOOP("sakra::Field", "Enhet")},
         {"cleared_on", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Gallrad")}}};
    return spec;
}

const TableSpec& securityRole()
{
    static const TableSpec spec{
        "security_role",
        QT_TRANSLATE_NOOP("sakra::Entity", "Säkerhetsroll"),
        "name_sv",
        {{"code", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Kod")},
         {"name_sv", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Namn (svenska)")},
         {"name_en", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Namn (engelska)")},
         {"level", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Nivå")}}};
    return spec;
}

const TableSpec& assignment()
{
    static const TableSpec spec{
        "assignment",
        QT_TRANSLATE_NOOP("sakra::Entity", "Uppdrag"),
        "person_id",
        {{"person_id", T::Ref, "person", true, QT_TRANSLATE_NOOP("sakra::Field", "Person")},
         {"role_id", T::Ref, "security_role", true, QT_TRANSLATE_NOOP("sakra::Field", "Roll")},
         {"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Enhet")},
         {"start_date", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Från")},
         {"end_date", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Till")},
         {"fte_percent", T::Integer, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Andel av heltid (%)")}}};
    return spec;
}

const TableSpec& plannedPost()
{
    static const TableSpec spec{
        "planned_post",
        QT_TRANSLATE_NOOP("sakra::Entity", "Planerade tjänster"),
        "level",
        {{"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Förvaltning eller bolag")},
         {"level", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Nivå")},
         {"posts", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Planerade tjänster")},
         {"title", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Tjänst")},
         {"yearly_cost_kr", T::Integer, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Kostnad per tjänst och år (kr)")},
         {"board_id", T::Ref, "org_unit", false, QT_TRANSLATE_NOOP("sakra::Field", "Betalas av nämnd")}}};
    return spec;
}

const TableSpec& focusArea()
{
    static const TableSpec spec{
        "focus_area",
        QT_TRANSLATE_NOOP("sakra::Entity", "Sakområde"),
        "name",
        {{"name", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Namn")},
         {"description", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Beskrivning")},
         {"sort_order", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Ordning")}}};
    return spec;
}

const TableSpec& profileArea()
{
    static const TableSpec spec{
        "profile_area",
        QT_TRANSLATE_NOOP("sakra::Entity", "Sakområde i kravprofil"),
        "focus_area_id",
        {{"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Förvaltning eller bolag")},
         {"focus_area_id", T::Ref, "focus_area", true, QT_TRANSLATE_NOOP("sakra::Field", "Sakområde")}}};
    return spec;
}

const TableSpec& milestone()
{
    static const TableSpec spec{
        "milestone",
        QT_TRANSLATE_NOOP("sakra::Entity", "Milstolpe"),
        "title",
        {{"title", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Titel")},
         {"level", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Nivå")},
         {"target_date", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Måldatum")},
         {"status", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Status")},
         {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Anteckning")}}};
    return spec;
}

const TableSpec& budgetLine()
{
    static const TableSpec spec{
        "budget_line",
        QT_TRANSLATE_NOOP("sakra::Entity", "Budgetram"),
        "year",
        {{"board_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Nämnd")},
         {"year", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "År")},
         {"amount_kr", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Belopp (kr)")},
         {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Anteckning")}}};
    return spec;
}

const TableSpec& riskCategory()
{
    static const TableSpec spec{
        "risk_category",
        QT_TRANSLATE_NOOP("sakra::Entity", "Riskkategori"),
        "name",
        {{"name", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Namn")},
         {"sort_order", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Ordning")}}};
    return spec;
}

const TableSpec& riskMatrix()
{
    static const TableSpec spec{
        "risk_matrix",
        QT_TRANSLATE_NOOP("sakra::Entity", "Riskmatris"),
        "config",
        {{"config", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Inställning")}}};
    return spec;
}

const TableSpec& riskInventory()
{
    static const TableSpec spec{
        "risk_inventory",
        QT_TRANSLATE_NOOP("sakra::Entity", "Riskinventering"),
        "held_on",
        {{"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Enhet")},
         {"held_on", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Datum")},
         {"participants", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Deltagare")},
         {"method", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Metod")},
         {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Anteckning")},
         {"threat_level", T::Text, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Bedömd risk för hot och våld")}}};
    return spec;
}

const TableSpec& risk()
{
    static const TableSpec spec{
        "risk",
        QT_TRANSLATE_NOOP("sakra::Entity", "Risk"),
        "title",
        {{"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Enhet")},
         {"site_id", T::Ref, "site", false, QT_TRANSLATE_NOOP("sakra::Field", "Lokal")},
         {"inventory_id", T::Ref, "risk_inventory", false,
          QT_TRANSLATE_NOOP("sakra::Field", "Riskinventering")},
         {"category_id", T::Ref, "risk_category", true, QT_TRANSLATE_NOOP("sakra::Field", "Kategori")},
         {"owner_id", T::Ref, "person", false, QT_TRANSLATE_NOOP("sakra::Field", "Ägare")},
         {"title", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Rubrik")},
         {"description", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Beskrivning")},
         {"threat_source", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Hotkälla")},
         {"existing_controls", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Befintliga skydd")},
         {"likelihood", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Sannolikhet")},
         {"consequence", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Konsekvens")},
         {"consequence_detail", T::Text, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Konsekvens per dimension")},
         {"residual_likelihood", T::Integer, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Kvarvarande sannolikhet")},
         {"residual_consequence", T::Integer, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Kvarvarande konsekvens")},
         {"residual_detail", T::Text, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Kvarvarande konsekvens per dimension")},
         {"level", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Risknivå")},
         {"residual_level", T::Integer, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Kvarvarande risknivå")},
         {"status", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Status")},
         {"assessed_on", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Bedömd")},
         {"review_months", T::Integer, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Omprövas var (månader)")},
         {"next_review", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Nästa omprövning")}}};
    return spec;
}

const TableSpec& securityWalk()
{
    static const TableSpec spec{
        "security_walk",
        QT_TRANSLATE_NOOP("sakra::Entity", "Säkerhetsvandring"),
        "walked_on",
        {{"site_id", T::Ref, "site", true, QT_TRANSLATE_NOOP("sakra::Field", "Lokal")},
         {"walked_on", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Datum")},
         {"participants", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Deltagare")},
         {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Anteckning")}}};
    return spec;
}

const TableSpec& walkFinding()
{
    static const TableSpec spec{
        "walk_finding",
        QT_TRANSLATE_NOOP("sakra::Entity", "Iakttagelse"),
        "description",
        {{"walk_id", T::Ref, "security_walk", true, QT_TRANSLATE_NOOP("sakra::Field", "Säkerhetsvandring")},
         {"description", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Iakttagelse")},
         {"risk_id", T::Ref, "risk", false, QT_TRANSLATE_NOOP("sakra::Field", "Blev risk")}}};
    return spec;
}

const TableSpec& premisesInventory()
{
    static const TableSpec spec{
        "premises_inventory",
        QT_TRANSLATE_NOOP("sakra::Entity", "Lokalinventering"),
        "inventoried_on",
        {{"site_id", T::Ref, "site", true, QT_TRANSLATE_NOOP("sakra::Field", "Lokal")},
         {"inventoried_on", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Datum")},
         {"exits", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Utgångar")},
         {"lockdown_rooms", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Rum för inrymning")},
         {"alarm_systems", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Larm")},
         {"access_control", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Passersystem")},
         {"cameras", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Kameraövervakning")},
         {"camera_permit_ref", T::Text, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Tillstånd för kameraövervakning")},
         {"camera_permit_expires", T::Text, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Tillståndet gäller till")},
         {"guards", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Bevakning")},
         {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Anteckning")},
         {"locks", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Lås")},
         {"perimeter", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Skalskydd")}}};
    return spec;
}

const TableSpec& threatAssessment()
{
    static const TableSpec spec{
        "threat_assessment",
        QT_TRANSLATE_NOOP("sakra::Entity", "Hotbildsbedömning"),
        "subject",
        {{"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Enhet")},
         {"assessed_on", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Bedömd")},
         {"subject", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Gäller")},
         {"description", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Beskrivning")},
         {"threat_level", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Hotnivå")},
         {"measures", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Åtgärder")},
         {"handled_by", T::Ref, "person", false, QT_TRANSLATE_NOOP("sakra::Field", "Handläggare")},
         {"status", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Status")},
         {"closed_on", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Avslutad")},
         {"cleared_on", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Gallrad")}},
        true};
    return spec;
}

const TableSpec& actionKind()
{
    static const TableSpec spec{
        "action_kind",
        QT_TRANSLATE_NOOP("sakra::Entity", "Åtgärdstyp"),
        "name",
        {{"name", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Namn")},
         {"sort_order", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Ordning")}}};
    return spec;
}

const TableSpec& action()
{
    static const TableSpec spec{
        "action",
        QT_TRANSLATE_NOOP("sakra::Entity", "Åtgärd"),
        "title",
        {{"title", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Rubrik")},
         {"description", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Beskrivning")},
         {"kind_id", T::Ref, "action_kind", true, QT_TRANSLATE_NOOP("sakra::Field", "Typ")},
         {"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Enhet")},
         {"site_id", T::Ref, "site", false, QT_TRANSLATE_NOOP("sakra::Field", "Lokal")},
         {"responsible_id", T::Ref, "person", false, QT_TRANSLATE_NOOP("sakra::Field", "Ansvarig")},
         {"status", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Status")},
         {"status_changed_on", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Status ändrad")},
         {"start_date", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Start")},
         {"due_date", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Klart senast")},
         {"done_date", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Genomförd")},
         {"estimated_cost_kr", T::Integer, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Beräknad kostnad (kr)")},
         {"actual_cost_kr", T::Integer, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Verklig kostnad (kr)")},
         {"fits_budget", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Ryms i budgetramen")},
         {"needs_board_decision", T::Integer, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Kräver nämndbeslut")},
         {"cost_estimated", T::Integer, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Kostnadsberäknad")}}};
    return spec;
}

const TableSpec& actionRisk()
{
    static const TableSpec spec{
        "action_risk",
        QT_TRANSLATE_NOOP("sakra::Entity", "Åtgärd mot risk"),
        "risk_id",
        {{"action_id", T::Ref, "action", true, QT_TRANSLATE_NOOP("sakra::Field", "Åtgärd")},
         {"risk_id", T::Ref, "risk", true, QT_TRANSLATE_NOOP("sakra::Field", "Risk")},
         {"residual_likelihood", T::Integer, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Förväntad sannolikhet efter åtgärd")},
         {"residual_consequence", T::Integer, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Förväntad konsekvens efter åtgärd")}}};
    return spec;
}

const TableSpec& actionNote()
{
    static const TableSpec spec{
        "action_note",
        QT_TRANSLATE_NOOP("sakra::Entity", "Uppföljningsanteckning"),
        "text",
        {{"action_id", T::Ref, "action", true, QT_TRANSLATE_NOOP("sakra::Field", "Åtgärd")},
         {"noted_on", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Datum")},
         {"text", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Anteckning")},
         {"author", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Skriven av")}}};
    return spec;
}

const TableSpec& incident()
{
    static const TableSpec spec{
        "incident",
        QT_TRANSLATE_NOOP("sakra::Entity", "Händelse"),
        "occurred_on",
        {{"occurred_on", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Datum")},
         {"occurred_time", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Klockslag")},
         {"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Enhet")},
         {"site_id", T::Ref, "site", false, QT_TRANSLATE_NOOP("sakra::Field", "Lokal")},
         {"target", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Utsatt")},
         {"kind", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Typ av händelse")},
         {"channel", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Kanal")},
         {"severity", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Allvarlighetsgrad")},
         {"description", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Beskrivning")},
         {"perpetrator", T::Text, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Gärningspersonens relation")},
         {"organised_crime", T::Integer, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Misstänkt koppling till organiserad brottslighet")},
         {"system_ref", T::Text, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Referens i incidentsystemet")},
         {"police_reported", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Polisanmäld")},
         {"police_reported_on", T::Text, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Polisanmäld den")},
         {"serious", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Allvarlig händelse")},
         {"authority_reported_on", T::Text, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Anmäld till Arbetsmiljöverket den")},
         {"support_manager", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Samtal med chef")},
         {"support_occupational_health", T::Integer, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Företagshälsovård")},
         {"support_crisis", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Krisstöd")},
         {"follow_up", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Uppföljning")},
         {"closed_on", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Avslutad")},
         {"cleared_on", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Gallrad")}}};
    return spec;
}

// How long a kind of record is kept (schema step 13, docs/retention.md).
const TableSpec& retentionRule()
{
    static const TableSpec spec{
        "retention_rule",
        QT_TRANSLATE_NOOP("sakra::Entity", "Gallringsregel"),
        "kind",
        {{"kind", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Slag av post")},
         {"months", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Bevaras i månader")}}};
    return spec;
}

const TableSpec& incidentRisk()
{
    static const TableSpec spec{
        "incident_risk",
        QT_TRANSLATE_NOOP("sakra::Entity", "Händelse som ledde till risk"),
        "risk_id",
        {{"incident_id", T::Ref, "incident", true, QT_TRANSLATE_NOOP("sakra::Field", "Händelse")},
         {"risk_id", T::Ref, "risk", true, QT_TRANSLATE_NOOP("sakra::Field", "Risk")}}};
    return spec;
}

const TableSpec& incidentAction()
{
    static const TableSpec spec{
        "incident_action",
        QT_TRANSLATE_NOOP("sakra::Entity", "Händelse som ledde till åtgärd"),
        "action_id",
        {{"incident_id", T::Ref, "incident", true, QT_TRANSLATE_NOOP("sakra::Field", "Händelse")},
         {"action_id", T::Ref, "action", true, QT_TRANSLATE_NOOP("sakra::Field", "Åtgärd")}}};
    return spec;
}

const TableSpec& training()
{
    static const TableSpec spec{
        "training",
        QT_TRANSLATE_NOOP("sakra::Entity", "Utbildning eller övning"),
        "held_on",
        {{"kind", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Typ")},
         {"title", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Rubrik")},
         {"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Enhet")},
         {"held_on", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Datum")},
         {"participants", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Deltagare")},
         {"target_group", T::Integer, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Målgruppens storlek")},
         {"recurrence_months", T::Integer, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Återkommer var (månader)")},
         {"next_due", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Nästa tillfälle senast")},
         {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Anteckning")}}};
    return spec;
}

const TableSpec& routine()
{
    static const TableSpec spec{
        "routine",
        QT_TRANSLATE_NOOP("sakra::Entity", "Rutin"),
        "title",
        {{"title", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Rubrik")},
         {"kind", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Typ")},
         {"documented", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Dokumenterad")},
         {"adopted_on", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Fastställd")},
         {"owner_id", T::Ref, "person", false, QT_TRANSLATE_NOOP("sakra::Field", "Ägare")},
         {"review_months", T::Integer, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Ses över var (månader)")},
         {"last_review_on", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Senast översedd")},
         {"next_review", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Nästa översyn")},
         {"known_by_staff", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Känd av personalen")},
         {"staff_briefed_on", T::Text, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Senast genomgången på arbetsplatsträff")},
         {"document_link", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Länk till dokumentet")},
         {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Anteckning")},
         {"elected_officials", T::Integer, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Gäller förtroendevalda")}}};
    return spec;
}

const TableSpec& routineUnit()
{
    static const TableSpec spec{
        "routine_unit",
        QT_TRANSLATE_NOOP("sakra::Entity", "Enhet som rutinen gäller"),
        "unit_id",
        {{"routine_id", T::Ref, "routine", true, QT_TRANSLATE_NOOP("sakra::Field", "Rutin")},
         {"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Enhet")}}};
    return spec;
}

const TableSpec& alarmEquipment()
{
    static const TableSpec spec{
        "alarm_equipment",
        QT_TRANSLATE_NOOP("sakra::Entity", "Larmutrustning"),
        "kind",
        {{"kind", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Typ")},
         {"unit_id", T::Ref, "org_unit", false, QT_TRANSLATE_NOOP("sakra::Field", "Enhet")},
         {"site_id", T::Ref, "site", false, QT_TRANSLATE_NOOP("sakra::Field", "Lokal")},
         {"devices", T::Integer, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Antal")},
         {"receiver", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Larmet tas emot av")},
         {"last_tested_on", T::Text, nullptr, false,
          QT_TRANSLATE_NOOP("sakra::Field", "Senast testad eller underhållen")},
         {"test_interval_months", T::Integer, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Testas var (månader)")},
         {"next_test", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Nästa test")},
         {"note", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Anteckning")},
         {"last_test_unknown", T::Integer, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Senaste test okänt")}}};
    return spec;
}

const TableSpec& assessmentOverride()
{
    static const TableSpec spec{
        "assessment_override",
        QT_TRANSLATE_NOOP("sakra::Entity", "Ändrat svar i självskattningen"),
        "question",
        {{"unit_id", T::Ref, "org_unit", true, QT_TRANSLATE_NOOP("sakra::Field", "Enhet")},
         {"question", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Fråga")},
         {"answer", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Svar")},
         {"justification", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Motivering")},
         {"decided_on", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Beslutat")}}};
    return spec;
}

const TableSpec& reportDraft()
{
    static const TableSpec spec{
        "report_draft",
        QT_TRANSLATE_NOOP("sakra::Entity", "Rapportutkast"),
        "name",
        {{"kind", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Typ av rapport")},
         {"name", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Namn")},
         {"scope_id", T::Ref, "org_unit", false, QT_TRANSLATE_NOOP("sakra::Field", "Omfattning")},
         {"period_from", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Period från")},
         {"period_to", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Period till")},
         {"language", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Språk")},
         {"document_date", T::Text, nullptr, false, QT_TRANSLATE_NOOP("sakra::Field", "Datum på handlingen")},
         {"registration_number", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Diarienummer")},
         {"classification", T::Text, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Informationsklassning")},
         {"proposed_decision", T::Text, nullptr, true,
          QT_TRANSLATE_NOOP("sakra::Field", "Förslag till beslut")},
         {"matter", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Ärendet")},
         {"preparation", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Beredning")},
         {"presentation", T::Text, nullptr, true, QT_TRANSLATE_NOOP("sakra::Field", "Föredragning")},
         {"signatory_id", T::Ref, "person", false, QT_TRANSLATE_NOOP("sakra::Field", "Undertecknas av")},
         {"second_signatory_id", T::Ref, "person", false,
          QT_TRANSLATE_NOOP("sakra::Field", "Kontrasigneras av")}}};
    return spec;
}

const std::vector<const TableSpec*>& all()
{
    static const std::vector<const TableSpec*> tables = {
        &orgUnit(),      &site(),          &unitSite(),          &unitBoard(),
        &person(),       &securityRole(),  &assignment(),        &plannedPost(),
        &focusArea(),    &profileArea(),   &milestone(),         &budgetLine(),
        &riskCategory(), &riskMatrix(),    &riskInventory(),     &risk(),
        &securityWalk(), &walkFinding(),   &premisesInventory(), &threatAssessment(),
        &actionKind(),   &action(),        &actionRisk(),        &actionNote(),
        &incident(),     &incidentRisk(),  &incidentAction(),    &training(),
        &routine(),      &routineUnit(),   &alarmEquipment(),    &assessmentOverride(),
        &reportDraft(),  &retentionRule(),
    };
    return tables;
}

bool isSeeded(const TableSpec& spec)
{
    return &spec == &securityRole() || &spec == &focusArea() || &spec == &riskCategory() ||
           &spec == &riskMatrix() || &spec == &actionKind();
}

const TableSpec* byName(const QString& table)
{
    for (const TableSpec* spec : all())
        if (table == QLatin1String(spec->table))
            return spec;
    return nullptr;
}

} // namespace sakra::Tables
