#include "SheetColumns.h"

#include "action/Action.h"
#include "alarm/AlarmEquipment.h"
#include "assessment/Assessment.h"
#include "assessment/AssessmentRules.h"
#include "incident/Incident.h"
#include "organisation/Milestone.h"
#include "organisation/SecurityLevel.h"
#include "organisation/UnitKind.h"
#include "report/ReportKind.h"
#include "risk/Risk.h"
#include "risk/ThreatAssessment.h"
#include "routine/Routine.h"
#include "training/Training.h"

#include <QCoreApplication>
#include <QSet>
#include <cstring>
#include <map>

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
    CodeList threatStatus{
        QStringLiteral("threat_status"),
        {{QStringLiteral("open"), tr("Öppen")}, {QStringLiteral("closed"), tr("Avslutad")}}};
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
    CodeList language{QStringLiteral("language"),
                      {{QStringLiteral("sv"), tr("Svenska")}, {QStringLiteral("en"), tr("Engelska")}}};

    // Which list each code column takes: "table.column".
    std::map<QString, const CodeList*> byColumn = {
        {QStringLiteral("org_unit.kind"), &unitKind},
        {QStringLiteral("security_role.level"), &securityLevel},
        {QStringLiteral("planned_post.level"), &securityLevel},
        {QStringLiteral("milestone.level"), &securityLevel},
        {QStringLiteral("milestone.status"), &milestoneStatus},
        {QStringLiteral("risk.status"), &riskStatus},
        {QStringLiteral("threat_assessment.threat_level"), &threatLevel},
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
    };
    std::vector<const CodeList*> all = {&unitKind,     &securityLevel,   &milestoneStatus, &riskStatus,
                                        &threatLevel,  &threatStatus,    &actionStatus,    &incidentTarget,
                                        &incidentKind, &incidentChannel, &perpetrator,     &followUp,
                                        &trainingKind, &routineKind,     &routineKnown,    &alarmKind,
                                        &question,     &answer,          &reportKind,      &language};
};

const Lists& lists()
{
    static const Lists instance;
    return instance;
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
