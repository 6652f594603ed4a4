#include "Arguments.h"
#include "CommandLine.h"
#include "Register.h"
#include "storage/BackupStore.h"
#include "sync/Handout.h"
#include "sync/Merger.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::CommandLine", text);
}

QJsonObject conflictJson(const MergeConflict& c)
{
    return {{QStringLiteral("kind"), MergeConflict::kindName(c.kind)},
            {QStringLiteral("table"), c.table},
            {QStringLiteral("uuid"), c.uuid},
            {QStringLiteral("name"), c.rowName},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("base"), c.base.isUndefined() ? QJsonValue() : c.base},
            {QStringLiteral("central"), c.central.isUndefined() ? QJsonValue() : c.central},
            {QStringLiteral("site"), c.site.isUndefined() ? QJsonValue() : c.site},
            {QStringLiteral("central_by"), c.centralBy},
            {QStringLiteral("central_at"), c.centralAt},
            {QStringLiteral("site_by"), c.siteBy},
            {QStringLiteral("site_at"), c.siteAt}};
}

QString shown(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("–");
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return v.toString();
}

} // namespace

int CommandLine::package(const QStringList& args)
{
    const Arguments a = Arguments::parse(
        args, {QStringLiteral("--unit"), QStringLiteral("--out"), QStringLiteral("--to")}, {});
    const QString usage = tr("package behöver FIL --unit ENHET --out DEL.sakra [--to MOTTAGARE]");
    if (!a.problem.isEmpty())
        return usageError(a.problem + QLatin1String("; ") + usage);
    if (a.positional.size() != 1 || !a.values.contains(QStringLiteral("--unit")) ||
        !a.values.contains(QStringLiteral("--out")))
        return usageError(usage);
    auto reg = Register::open(a.positional.first());
    reportRecovery(reg->database());
    Handout::Request request;
    request.rootUnitId = resolveUnit(*reg, a.values.value(QStringLiteral("--unit")));
    request.outPath = a.values.value(QStringLiteral("--out"));
    request.handedTo = a.values.value(QStringLiteral("--to"), reg->units().find(request.rootUnitId)->name);
    const Handout::Result r = Handout::make(reg->database(), request);
    m_out << QJsonDocument(QJsonObject{{QStringLiteral("package"), r.packageId},
                                       {QStringLiteral("out"), QDir::toNativeSeparators(request.outPath)},
                                       {QStringLiteral("owned"), r.ownedRows},
                                       {QStringLiteral("reference"), r.referenceRows},
                                       {QStringLiteral("history"), r.historyEntries}})
                 .toJson(QJsonDocument::Indented);
    return 0;
}

int CommandLine::merge(const QStringList& args)
{
    const Arguments a = Arguments::parse(args, {QStringLiteral("--package"), QStringLiteral("--prefer")},
                                         {QStringLiteral("--dry-run"), QStringLiteral("--json")});
    const QString usage =
        tr("merge behöver FIL --package DEL.sakra [--dry-run] [--json] [--prefer central|site]");
    if (!a.problem.isEmpty())
        return usageError(a.problem + QLatin1String("; ") + usage);
    if (a.positional.size() != 1 || !a.values.contains(QStringLiteral("--package")))
        return usageError(usage);
    std::optional<MergeDecision::Choice> prefer;
    if (a.values.contains(QStringLiteral("--prefer"))) {
        const QString p = a.values.value(QStringLiteral("--prefer"));
        if (p == QLatin1String("central"))
            prefer = MergeDecision::Choice::Central;
        else if (p == QLatin1String("site"))
            prefer = MergeDecision::Choice::Site;
        else
            return usageError(tr("--prefer tar central eller site, inte %1").arg(p));
    }
    const QString packagePath = a.values.value(QStringLiteral("--package"));
    auto reg = Register::open(a.positional.first());
    reportRecovery(reg->database());
    Merger merger(reg->database());
    const MergePlan plan = merger.preview(packagePath);
    const bool json = a.flags.contains(QStringLiteral("--json"));
    const bool dryRun = a.flags.contains(QStringLiteral("--dry-run"));
    const bool blocked = !plan.conflicts.empty() && !prefer;

    MergeApplier::Result result;
    const bool applies = !dryRun && !blocked;
    if (applies)
        result = merger.apply(packagePath, plan, prefer ? Merger::preferAll(plan, *prefer) : MergeDecisions(),
                              BackupStore::defaultFolder());
    if (json) {
        QJsonArray conflicts;
        for (const MergeConflict& c : plan.conflicts)
            conflicts.append(conflictJson(c));
        QJsonArray refused;
        for (const MergeRefusal& r : plan.refused)
            refused.append(QJsonObject{{QStringLiteral("table"), r.table},
                                       {QStringLiteral("uuid"), r.uuid},
                                       {QStringLiteral("name"), r.rowName},
                                       {QStringLiteral("reason"), r.reason}});
        QJsonObject out{{QStringLiteral("automatic"), qint64(plan.automatic.size())},
                        {QStringLiteral("conflicts"), conflicts},
                        {QStringLiteral("refused"), refused},
                        {QStringLiteral("site_history"), plan.siteHistoryEntries},
                        {QStringLiteral("applied"), applies}};
        if (applies) {
            out.insert(QStringLiteral("created"), result.created);
            out.insert(QStringLiteral("updated"), result.updated);
            out.insert(QStringLiteral("removed"), result.removed);
            out.insert(QStringLiteral("restored"), result.restored);
            out.insert(QStringLiteral("dropped"), result.dropped);
        }
        m_out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("Utlämnad del: %1 (till %2, %3)\n")
                     .arg(plan.rootUnitName, plan.handedTo, plan.handedOutAt.left(10));
        m_out << tr("Sammanfogas utan konflikt: %1\n").arg(plan.automatic.size());
        m_out << tr("Konflikter: %1\n").arg(plan.conflicts.size());
        for (const MergeConflict& c : plan.conflicts)
            m_out << QStringLiteral("  %1 %2 ”%3” %4: %5 | %6 | %7\n")
                         .arg(MergeConflict::kindName(c.kind), c.table, c.rowName, c.field, shown(c.base),
                              shown(c.central), shown(c.site));
        for (const MergeRefusal& r : plan.refused)
            m_out << tr("  avvisas: %1 ”%2”: %3\n").arg(r.table, r.rowName, r.reason);
        if (applies)
            m_out << tr("Sammanfogat: %1 nya, %2 ändrade, %3 borttagna, %4 återställda poster; %5 "
                        "historikrader från platsen.\n")
                         .arg(result.created)
                         .arg(result.updated)
                         .arg(result.removed)
                         .arg(result.restored)
                         .arg(result.historyEntries);
    }
    if (blocked)
        return failure(tr("%1 konflikter: inget ändrades; avgör dem i Säkra eller välj --prefer central|site")
                           .arg(plan.conflicts.size()));
    return 0;
}

} // namespace sakra
