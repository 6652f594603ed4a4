#include "HistoryText.h"

#include "action/Action.h"
#include "action/ActionKind.h"
#include "action/ActionNote.h"
#include "action/ActionRisk.h"
#include "alarm/AlarmEquipment.h"
#include "assessment/AssessmentOverride.h"
#include "incident/Incident.h"
#include "organisation/Assignment.h"
#include "organisation/BudgetLine.h"
#include "organisation/Milestone.h"
#include "organisation/OrgUnit.h"
#include "organisation/Person.h"
#include "organisation/PlannedPost.h"
#include "organisation/SecurityRole.h"
#include "organisation/Site.h"
#include "report/ReportDraft.h"
#include "risk/PremisesInventory.h"
#include "risk/Risk.h"
#include "risk/RiskInventory.h"
#include "risk/SecurityWalk.h"
#include "risk/ThreatAssessment.h"
#include "routine/Routine.h"
#include "storage/TableSpec.h"
#include "training/Training.h"

#include <QCoreApplication>
#include <QLocale>

namespace sakra {

namespace {
using Shown = std::map<std::pair<QString, QString>, std::function<QString(const QString&)>>;

// Every column of T whose binding says how it reads (its codes, its flags).
template <typename... T> void addBindings(Shown& shown)
{
    const auto add = [&shown](const auto& fields, const TableSpec& spec) {
        for (const auto& field : fields)
            if (field.show)
                shown[{QLatin1String(spec.table), field.column}] = field.show;
    };
    (add(T::fields(), T::spec()), ...);
}

// "4 – Sannolik": the step of a scale with its name in the matrix; outside the scale as stored.
std::function<QString(const QString&)> step(const std::vector<RiskMatrix::Label>& labels)
{
    return [labels](const QString& stored) {
        bool ok = false;
        const int value = stored.toInt(&ok);
        if (!ok || value < 1 || value > int(labels.size()))
            return stored;
        return QStringLiteral("%1 – %2").arg(value).arg(labels[std::size_t(value - 1)].text());
    };
}

std::function<QString(const QString&)> level(const std::vector<RiskMatrix::Level>& levels)
{
    return [levels](const QString& stored) {
        bool ok = false;
        const int index = stored.toInt(&ok);
        if (!ok || index < 0 || index >= int(levels.size()))
            return stored;
        return levels[std::size_t(index)].name.text();
    };
}
} // namespace

HistoryText::HistoryText(const RiskMatrix& matrix)
{
    addBindings<Action, ActionKind, ActionNote, ActionRisk, AlarmEquipment, AssessmentOverride, Incident,
                Assignment, BudgetLine, Milestone, OrgUnit, Person, PlannedPost, SecurityRole, Site,
                ReportDraft, PremisesInventory, Risk, RiskInventory, SecurityWalk, ThreatAssessment, Routine,
                Training>(m_shown);
    for (const char* table : {"risk", "action_risk"}) {
        const QString name = QLatin1String(table);
        m_shown[{name, QStringLiteral("likelihood")}] = step(matrix.likelihoodLabels());
        m_shown[{name, QStringLiteral("residual_likelihood")}] = step(matrix.likelihoodLabels());
        m_shown[{name, QStringLiteral("consequence")}] = step(matrix.consequenceLabels());
        m_shown[{name, QStringLiteral("residual_consequence")}] = step(matrix.consequenceLabels());
    }
    m_shown[{QStringLiteral("incident"), QStringLiteral("severity")}] = [](const QString& stored) {
        const QString label = Incident::severityLabel(stored.toInt());
        return label.isEmpty() ? stored : QStringLiteral("%1 – %2").arg(stored, label);
    };
    m_shown[{QStringLiteral("risk"), QStringLiteral("level")}] = level(matrix.levels());
    m_shown[{QStringLiteral("risk"), QStringLiteral("residual_level")}] = level(matrix.levels());
}

QString HistoryText::operator()(const TableSpec& table, const Column& column, const QString& stored) const
{
    if (stored.isEmpty())
        return stored;
    const auto it = m_shown.find({QLatin1String(table.table), QLatin1String(column.name)});
    if (it != m_shown.end())
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
