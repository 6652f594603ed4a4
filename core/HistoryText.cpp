#include "HistoryText.h"

#include "action/Action.h"
#include "alarm/AlarmEquipment.h"
#include "incident/Incident.h"
#include "organisation/Milestone.h"
#include "organisation/SecurityLevel.h"
#include "organisation/UnitKind.h"
#include "report/ReportKind.h"
#include "risk/Risk.h"
#include "risk/ThreatAssessment.h"
#include "routine/Routine.h"
#include "storage/TableSpec.h"
#include "training/Training.h"

#include <QCoreApplication>
#include <QLocale>
#include <functional>
#include <map>

namespace sakra {

namespace {
using Labeller = std::function<QString(const QString&)>;

// label(fromCode(code)) where the code is known; the code itself otherwise.
template <typename FromCode, typename Label> Labeller labeller(FromCode fromCode, Label label)
{
    return [fromCode, label](const QString& code) {
        const auto value = fromCode(code);
        return value ? label(*value) : code;
    };
}

const std::map<std::pair<QString, QString>, Labeller>& labellers()
{
    static const std::map<std::pair<QString, QString>, Labeller> all{
        {{QStringLiteral("org_unit"), QStringLiteral("kind")}, labeller(unitKindFromCode, unitKindLabel)},
        {{QStringLiteral("planned_post"), QStringLiteral("level")},
         labeller(securityLevelFromCode, securityLevelLabel)},
        {{QStringLiteral("milestone"), QStringLiteral("level")},
         labeller(securityLevelFromCode, securityLevelLabel)},
        {{QStringLiteral("milestone"), QStringLiteral("status")},
         labeller(Milestone::statusFromCode, Milestone::statusLabel)},
        {{QStringLiteral("risk"), QStringLiteral("status")},
         labeller(Risk::statusFromCode, Risk::statusLabel)},
        {{QStringLiteral("threat_assessment"), QStringLiteral("threat_level")},
         labeller(ThreatAssessment::threatLevelFromCode, ThreatAssessment::threatLevelLabel)},
        {{QStringLiteral("action"), QStringLiteral("status")},
         labeller(Action::statusFromCode, Action::statusLabel)},
        {{QStringLiteral("incident"), QStringLiteral("target")},
         labeller(Incident::targetFromCode, Incident::targetLabel)},
        {{QStringLiteral("incident"), QStringLiteral("kind")},
         labeller(Incident::kindFromCode, Incident::kindLabel)},
        {{QStringLiteral("incident"), QStringLiteral("channel")},
         labeller(Incident::channelFromCode, Incident::channelLabel)},
        {{QStringLiteral("incident"), QStringLiteral("perpetrator")},
         labeller(Incident::perpetratorFromCode, Incident::perpetratorLabel)},
        {{QStringLiteral("incident"), QStringLiteral("follow_up")},
         labeller(Incident::followUpFromCode, Incident::followUpLabel)},
        {{QStringLiteral("training"), QStringLiteral("kind")},
         labeller(Training::kindFromCode, Training::kindLabel)},
        {{QStringLiteral("routine"), QStringLiteral("kind")},
         labeller(Routine::kindFromCode, Routine::kindLabel)},
        {{QStringLiteral("routine"), QStringLiteral("known")},
         labeller(Routine::knownFromCode, Routine::knownLabel)},
        {{QStringLiteral("alarm_equipment"), QStringLiteral("kind")},
         labeller(AlarmEquipment::kindFromCode, AlarmEquipment::kindLabel)},
        {{QStringLiteral("report_draft"), QStringLiteral("kind")},
         labeller(report::reportKindFromCode, report::reportKindLabel)},
    };
    return all;
}
} // namespace

QString historyValueText(const TableSpec& table, const Column& column, const QString& stored)
{
    if (stored.isEmpty())
        return stored;
    const auto it = labellers().find({QLatin1String(table.table), QLatin1String(column.name)});
    if (it != labellers().end())
        return it->second(stored);
    if (QLatin1String(column.name).endsWith(QLatin1String("_kr"))) {
        bool ok = false;
        const qint64 amount = stored.toLongLong(&ok);
        if (ok)
            return QCoreApplication::translate("sakra::History", "%1 kr").arg(QLocale().toString(amount));
    }
    return stored;
}

} // namespace sakra
