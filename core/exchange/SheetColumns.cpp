#include "SheetColumns.h"

#include "action/Action.h"
#include "alarm/AlarmEquipment.h"
#include "assessment/Assessment.h"
#include "assessment/AssessmentRules.h"
#include "i18n/LanguageScope.h"
#include "incident/Incident.h"
#include "organisation/Milestone.h"
#include "organisation/SecurityLevel.h"
#include "organisation/UnitKind.h"
#include "report/ReportKind.h"
#include "retention/RetentionRule.h"
#include "risk/Risk.h"
#include "risk/RiskInventory.h"
#include "risk/ThreatAssessment.h"
#include "routine/Routine.h"
#include "training/Training.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cstring>
#include <map>
#include <memory>

namespace sakra::SheetColumns {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::SheetColumns", text);
}

// The entries of an enum stored as a code, in the order of its values.
template <typename E, int N> CodeList listOf(const char* name, const CodeTable<E, N>& table)
{
    CodeList list{QLatin1String(name), {}};
    for (int i = 0; i < N; ++i)
        list.entries.emplace_back(table.code(E(i)), table.label(E(i)));
    return list;
}

struct Lists
{
    CodeList unitKind = listOf("unit_kind", kUnitKinds);
    CodeList securityLevel = listOf("security_level", kSecurityLevels);
    CodeList milestoneStatus = listOf("milestone_status", Milestone::kStatuses);
    CodeList riskStatus = listOf("risk_status", Risk::kStatuses);
    CodeList threatLevel = listOf("threat_level", ThreatAssessment::kThreatLevels);
    CodeList riskLevel = listOf("assessed_risk_level", RiskInventory::kThreatLevels);
    CodeList threatStatus{
        QStringLiteral("threat_status"),
        {{QStringLiteral("open"), QCoreApplication::translate("sakra::SheetColumns", "Öppen")},
         {QStringLiteral("closed"), QCoreApplication::translate("sakra::SheetColumns", "Avslutad")}}};
    CodeList actionStatus = listOf("action_status", Action::kStatuses);
    CodeList incidentTarget = listOf("incident_target", Incident::kTargets);
    CodeList incidentKind = listOf("incident_kind", Incident::kKinds);
    CodeList incidentChannel = listOf("incident_channel", Incident::kChannels);
    CodeList perpetrator = listOf("perpetrator", Incident::kPerpetrators);
    CodeList followUp = listOf("follow_up", Incident::kFollowUps);
    CodeList trainingKind = listOf("training_kind", Training::kKinds);
    CodeList routineKind = listOf("routine_kind", Routine::kKinds);
    CodeList routineKnown = listOf("routine_known", Routine::kKnown);
    CodeList alarmKind = listOf("alarm_kind", AlarmEquipment::kKinds);
    CodeList answer = listOf("answer", kAssessmentAnswers);
    CodeList question = [] {
        CodeList list{QStringLiteral("question"), {}};
        for (const AssessmentRules::Question& q : AssessmentRules::questions())
            list.entries.emplace_back(QLatin1String(q.code),
                                      AssessmentRules::questionText(QLatin1String(q.code)));
        return list;
    }();
    CodeList reportKind = listOf("report_kind", report::kReportKinds);
    CodeList retentionKind = listOf("retention_kind", RetentionRule::kKinds);
    CodeList language{
        QStringLiteral("language"),
        {{QStringLiteral("sv"), QCoreApplication::translate("sakra::SheetColumns", "Svenska")},
         {QStringLiteral("en"), QCoreApplication::translate("sakra::SheetColumns", "Engelska")}}};

    // Which list each code column takes: "table.column".
    std::map<QString, const CodeList*> byColumn = {
        {QStringLiteral("org_unit.kind"), &unitKind},
        {QStringLiteral("security_role.level"), &securityLevel},
        {QStringLiteral("planned_post.level"), &securityLevel},
        {QStringLiteral("milestone.level"), &securityLevel},
        {QStringLiteral("milestone.status"), &milestoneStatus},
        {QStringLiteral("risk.status"), &riskStatus},
        {QStringLiteral("threat_assessment.threat_level"), &threatLevel},
        {QStringLiteral("risk_inventory.threat_level"), &riskLevel},
        {QStringLiteral("threat_assessment.status"), &threatStatus},
        {QStringLiteral("action.status"), &actionStatus},
        {QStringLiteral("incident.target"), &incidentTarget},
        {QStringLiteral("incident.kind"), &incidentKind},
        {QStringLiteral("incident.channel"), &incidentChannel},
        {QStringLiteral("incident.perpetrator"), &perpetrator},
        {QStringLiteral("incident.follow_up"), &followUp},
        {QStringLiteral("training.kind"), &trainingKind},
        {QStringLiteral("routine.kind"), &routineKind},
        {QStringLiteral("routine.known_by_staff"), &routineKnown},
        {QStringLiteral("alarm_equipment.kind"), &alarmKind},
        {QStringLiteral("assessment_override.question"), &question},
        {QStringLiteral("assessment_override.answer"), &answer},
        {QStringLiteral("report_draft.kind"), &reportKind},
        {QStringLiteral("report_draft.language"), &language},
        {QStringLiteral("retention_rule.kind"), &retentionKind},
    };
    std::vector<const CodeList*> all = {
        &unitKind,     &securityLevel, &milestoneStatus, &riskStatus,   &threatLevel,     &riskLevel,
        &threatStatus, &actionStatus,  &incidentTarget,  &incidentKind, &incidentChannel, &perpetrator,
        &followUp,     &trainingKind,  &routineKind,     &routineKnown, &alarmKind,       &question,
        &answer,       &reportKind,    &language,        &retentionKind};
};

const Lists& lists()
{
    // The Swedish labels whatever the interface speaks: workbooks are read back by them.
    static const std::unique_ptr<const Lists> instance = [] {
        const LanguageScope swedish(Language::Swedish);
        return std::make_unique<const Lists>();
    }();
    return *instance;
}

// Stored as ISO dates (yyyy-mm-dd); the schema checks each with a GLOB.
bool isDateColumn(const char* name)
{
    static const QSet<QString> names = {
        QStringLiteral("start_date"),
        QStringLiteral("end_date"),
        QStringLiteral("due_date"),
        QStringLiteral("done_date"),
        QStringLiteral("target_date"),
        QStringLiteral("held_on"),
        QStringLiteral("assessed_on"),
        QStringLiteral("next_review"),
        QStringLiteral("walked_on"),
        QStringLiteral("inventoried_on"),
        QStringLiteral("camera_permit_expires"),
        QStringLiteral("closed_on"),
        QStringLiteral("status_changed_on"),
        QStringLiteral("noted_on"),
        QStringLiteral("occurred_on"),
        QStringLiteral("police_reported_on"),
        QStringLiteral("authority_reported_on"),
        QStringLiteral("next_due"),
        QStringLiteral("adopted_on"),
        QStringLiteral("last_review_on"),
        QStringLiteral("staff_briefed_on"),
        QStringLiteral("last_tested_on"),
        QStringLiteral("next_test"),
        QStringLiteral("decided_on"),
        QStringLiteral("period_from"),
        QStringLiteral("period_to"),
        QStringLiteral("document_date"),
    };
    return names.contains(QLatin1String(name));
}

} // namespace

QString CodeList::labelOf(const QString& code) const
{
    for (const auto& [c, label] : entries)
        if (c == code)
            return label;
    return code;
}

QString CodeList::codeOf(const QString& text) const
{
    const QString wanted = text.trimmed();
    for (const auto& [c, label] : entries)
        if (wanted.compare(c, Qt::CaseInsensitive) == 0 || wanted.compare(label, Qt::CaseInsensitive) == 0 ||
            wanted.compare(englishName(c), Qt::CaseInsensitive) == 0)
            return c;
    return QString();
}

std::vector<SheetColumn> layoutOf(const TableSpec& table, bool english, bool forTemplate)
{
    using S = SheetColumn::Source;
    std::vector<SheetColumn> columns;
    if (!forTemplate)
        columns.push_back({S::RowUuid, QStringLiteral("uuid"), QStringLiteral("UUID")});
    for (const Column& c : table.columns) {
        const QString key = QLatin1String(c.name);
        const QString title = header(c, english);
        const Kind kind = kindOf(table, c);
        if (kind == Kind::Ref) {
            columns.push_back({S::RefName, key + QLatin1String(".name"), title, &c, kind});
            if (!forTemplate)
                columns.push_back({S::RefUuid, key, title + QLatin1String(" (UUID)"), &c, kind});
        } else {
            columns.push_back({S::Value, key, title, &c, kind, codeList(table, c)});
        }
    }
    // What a person reads a row by, its name or title, stands first (after the UUID).
    std::stable_partition(columns.begin(), columns.end(), [](const SheetColumn& c) {
        return c.source == S::RowUuid ||
               (c.source == S::Value && (c.key == QLatin1String("name") || c.key == QLatin1String("title")));
    });
    if (!forTemplate) {
        const LanguageScope swedish(Language::Swedish);
        columns.push_back({S::DeletedAt, QStringLiteral("deleted_at"),
                           english ? QStringLiteral("Deleted")
                                   : QCoreApplication::translate("sakra::SpreadsheetExporter", "Borttagen")});
    }
    return columns;
}

QString sheetNameOf(const TableSpec& table, bool english)
{
    // A Swedish workbook is Swedish whatever the interface speaks.
    const LanguageScope swedish(Language::Swedish);
    return english ? QLatin1String(table.table) : table.translatedLabel();
}

QStringList synonymsOf(const TableSpec& table, const Column& column)
{
    // By column key, whatever the table; then a few that depend on the table.
    static const std::map<QString, QStringList> byKey = {
        {QStringLiteral("title"),
         {QStringLiteral("rubrik"), QStringLiteral("benämning"), QStringLiteral("namn"),
          QStringLiteral("risk"), QStringLiteral("åtgärd"), QStringLiteral("rutin")}},
        {QStringLiteral("name"),
         {QStringLiteral("benämning"), QStringLiteral("namn på enhet"), QStringLiteral("enhetsnamn"),
          QStringLiteral("för- och efternamn")}},
        {QStringLiteral("unit_id"),
         {QStringLiteral("enhet"), QStringLiteral("verksamhet"), QStringLiteral("avdelning"),
          QStringLiteral("förvaltning"), QStringLiteral("arbetsplats"), QStringLiteral("unit")}},
        {QStringLiteral("site_id"),
         {QStringLiteral("lokal"), QStringLiteral("plats"), QStringLiteral("byggnad")}},
        {QStringLiteral("owner_id"),
         {QStringLiteral("ansvarig"), QStringLiteral("ägare"), QStringLiteral("owner")}},
        {QStringLiteral("description"), {QStringLiteral("beskrivning"), QStringLiteral("händelseförlopp")}},
        {QStringLiteral("note"),
         {QStringLiteral("anteckning"), QStringLiteral("kommentar"), QStringLiteral("anmärkning"),
          QStringLiteral("övrigt")}},
        {QStringLiteral("email"),
         {QStringLiteral("e-post"), QStringLiteral("epost"), QStringLiteral("mejl"),
          QStringLiteral("e-postadress"), QStringLiteral("mail")}},
        {QStringLiteral("phone"),
         {QStringLiteral("telefon"), QStringLiteral("telefonnummer"), QStringLiteral("tel")}},
        {QStringLiteral("due_date"),
         {QStringLiteral("klart senast"), QStringLiteral("slutdatum"), QStringLiteral("deadline")}},
        {QStringLiteral("occurred_on"), {QStringLiteral("datum"), QStringLiteral("händelsedatum")}},
        {QStringLiteral("occurred_time"), {QStringLiteral("tid"), QStringLiteral("klockslag")}},
        {QStringLiteral("held_on"), {QStringLiteral("datum"), QStringLiteral("genomförd")}},
        {QStringLiteral("amount_kr"),
         {QStringLiteral("belopp"), QStringLiteral("belopp (kr)"), QStringLiteral("budget"),
          QStringLiteral("kronor")}},
        {QStringLiteral("cost_kr"), {QStringLiteral("kostnad"), QStringLiteral("kostnad (kr)")}},
        {QStringLiteral("year"), {QStringLiteral("år")}},
        {QStringLiteral("status"), {QStringLiteral("läge")}},
        {QStringLiteral("kind"), {QStringLiteral("typ"), QStringLiteral("slag"), QStringLiteral("sort")}},
        {QStringLiteral("street"), {QStringLiteral("adress"), QStringLiteral("gata")}},
        {QStringLiteral("postal_code"), {QStringLiteral("postnr")}},
    };
    QStringList out;
    const auto it = byKey.find(QLatin1String(column.name));
    if (it != byKey.end())
        out = it->second;
    Q_UNUSED(table)
    return out;
}

Kind kindOf(const TableSpec& table, const Column& column)
{
    if (column.type == ColumnType::Ref)
        return Kind::Ref;
    if (column.type == ColumnType::Integer)
        return Kind::Number;
    if (codeList(table, column))
        return Kind::Code;
    return isDateColumn(column.name) ? Kind::Date : Kind::Text;
}

const CodeList* codeList(const TableSpec& table, const Column& column)
{
    const auto& byColumn = lists().byColumn;
    const auto it = byColumn.find(QLatin1String(table.table) + QLatin1Char('.') + QLatin1String(column.name));
    return it == byColumn.end() ? nullptr : it->second;
}

const std::vector<const CodeList*>& allCodeLists()
{
    return lists().all;
}

QString header(const Column& column, bool english)
{
    const LanguageScope swedish(Language::Swedish);
    return english ? englishName(QLatin1String(column.name)) : TableSpec::translatedFieldLabel(column);
}

QString englishName(const QString& key)
{
    QString name = key;
    if (name.endsWith(QLatin1String("_id")))
        name.chop(3);
    if (name.endsWith(QLatin1String("_kr")))
        name = name.left(name.size() - 3) + QLatin1String(" (SEK)");
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace sakra::SheetColumns
