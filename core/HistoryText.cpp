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

template <typename E, int N> Labeller labeller(const CodeTable<E, N>& table)
{
    const CodeTable<E, N>* codes = &table; // a static table, alive as long as the labeller
    return labeller([codes](const QString& code) { return codes->fromCode(code); },
                    [codes](E value) { return codes->label(value); });
}

const std::map<std::pair<QString, QString>, Labeller>& labellers()
{
    static const std::map<std::pair<QString, QString>, Labeller> all{
        {{QStringLiteral("org_unit"), QStringLiteral("kind")}, labeller(kUnitKinds)},
        {{QStringLiteral("planned_post"), QStringLiteral("level")}, labeller(kSecurityLevels)},
        {{QStringLiteral("milestone"), QStringLiteral("level")}, labeller(kSecurityLevels)},
        {{QStringLiteral("milestone"), QStringLiteral("status")}, labeller(Milestone::kStatuses)},
        {{QStringLiteral("risk"), QStringLiteral("status")}, labeller(Risk::kStatuses)},
        {{QStringLiteral("threat_assessment"), QStringLiteral("threat_level")},
         labeller(ThreatAssessment::kThreatLevels)},
        {{QStringLiteral("action"), QStringLiteral("status")}, labeller(Action::kStatuses)},
        {{QStringLiteral("incident"), QStringLiteral("target")}, labeller(Incident::kTargets)},
        {{QStringLiteral("incident"), QStringLiteral("kind")}, labeller(Incident::kKinds)},
        {{QStringLiteral("incident"), QStringLiteral("channel")}, labeller(Incident::kChannels)},
        {{QStringLiteral("incident"), QStringLiteral("perpetrator")}, labeller(Incident::kPerpetrators)},
        {{QStringLiteral("incident"), QStringLiteral("follow_up")}, labeller(Incident::kFollowUps)},
        {{QStringLiteral("training"), QStringLiteral("kind")}, labeller(Training::kKinds)},
        {{QStringLiteral("routine"), QStringLiteral("kind")}, labeller(Routine::kKinds)},
        {{QStringLiteral("routine"), QStringLiteral("known")}, labeller(Routine::kKnown)},
        {{QStringLiteral("alarm_equipment"), QStringLiteral("kind")}, labeller(AlarmEquipment::kKinds)},
        {{QStringLiteral("report_draft"), QStringLiteral("kind")}, labeller(report::kReportKinds)},
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
