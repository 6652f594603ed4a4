#include "Merger.h"

#include "MergeComparer.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/PackageStore.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace sakra {

namespace {

// The package opened read-only and checked against the central register.
struct OpenPackage
{
    Database site;
    PackageStore::Record record; // the central register's record
    qint64 historyFrom = 0;

    OpenPackage(Database& central, const QString& path)
    {
        const QString shown = QDir::toNativeSeparators(path);
        try {
            site.openReadOnly(path);
        } catch (const OpenError& e) {
            throw PackageError(Merger::tr("%1 kan inte tas emot: %2").arg(shown, e.message()));
        }
        const int version = site.schemaVersion();
        if (version > Schema::currentVersion())
            throw PackageError(
                Merger::tr("%1 är gjord av en nyare version av Säkra; uppdatera Säkra först.").arg(shown));
        if (version < Schema::currentVersion())
            throw PackageError(
                Merger::tr("%1 är gjord av en äldre version av Säkra; öppna den en gång i den här "
                           "versionen (den uppgraderas då) och ta emot den sedan.")
                    .arg(shown));
        const auto incoming = PackageStore(site).incoming();
        if (!incoming)
            throw PackageError(Merger::tr("%1 är inte en utlämnad del av ett register.").arg(shown));
        if (incoming->centralRegisterId != PackageStore(central).registerId())
            throw PackageError(
                Merger::tr("%1 lämnades ut från ett annat register och kan inte tas emot här.").arg(shown));
        const auto mine = PackageStore(central).find(incoming->packageId);
        if (!mine || mine->direction != PackageStore::Direction::Out)
            throw PackageError(Merger::tr("%1 lämnades inte ut från det här registret.").arg(shown));
        const QString hash = PackageStore(site).hashOfBase(incoming->packageId);
        if (hash != incoming->baseHash || hash != mine->baseHash)
            throw PackageError(
                Merger::tr("%1 har ändrats utanför Säkra (dess utgångsläge stämmer inte med det som "
                           "lämnades ut) och kan inte tas emot.")
                    .arg(shown));
        record = *mine;
        historyFrom = std::max(incoming->historyFrom, mine->mergedHistoryTo);
    }
};

} // namespace

MergePlan Merger::preview(const QString& packagePath)
{
    OpenPackage package(m_central, packagePath);
    MergeComparer comparer(m_central, package.site, package.record, package.historyFrom);
    return comparer.compare();
}

MergeApplier::Result Merger::apply(const QString& packagePath, const MergePlan& plan,
                                   const MergeDecisions& decisions, const QString& backupFolder)
{
    OpenPackage package(m_central, packagePath);
    if (package.record.packageId != plan.packageId)
        throw StaleMergeError(tr("Förhandsvisningen gäller en annan del; gör en ny."));
    // Nothing to write (the same package a second time, no edits anywhere): no backup either.
    const bool nothing = plan.changesNothing() && plan.siteHistoryEntries == 0;
    if (!backupFolder.isEmpty() && !nothing)
        BackupStore(backupFolder).make(m_central, BackupStore::Reason::Merge);
    Transaction tx(m_central);
    // Compared again inside the transaction: nobody can write between this comparison and the
    // writes.
    MergeComparer comparer(m_central, package.site, package.record, package.historyFrom);
    const MergePlan now = comparer.compare();
    if (now.token != plan.token)
        throw StaleMergeError(tr("Registret eller delen har ändrats sedan förhandsvisningen; gör en ny "
                                 "förhandsvisning och välj igen."));
    if (nothing)
        return {};
    MergeApplier applier(m_central, comparer, now, decisions);
    const MergeApplier::Result result = applier.run();
    tx.commit();
    return result;
}

MergeDecisions Merger::preferAll(const MergePlan& plan, MergeDecision::Choice choice)
{
    MergeDecisions out;
    for (const MergeConflict& c : plan.conflicts)
        out.insert(c.key(), {choice, {}});
    return out;
}

void Merger::saveDecision(const QString& packageId, const MergeConflict& conflict,
                          const MergeDecision& decision)
{
    const QString value =
        decision.value.isUndefined()
            ? QString()
            : QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), decision.value}})
                                    .toJson(QJsonDocument::Compact));
    Transaction tx(m_central);
    PackageStore(m_central).saveDecision(packageId, conflict.key(),
                                         MergeDecision::choiceName(decision.choice), value);
    tx.commit();
}

MergeDecisions Merger::savedDecisions(const QString& packageId) const
{
    MergeDecisions out;
    for (const auto& [item, saved] : PackageStore(m_central).decisions(packageId)) {
        MergeDecision d;
        if (!MergeDecision::choiceFromName(saved.first, d.choice))
            continue;
        if (!saved.second.isEmpty())
            d.value = QJsonDocument::fromJson(saved.second.toUtf8()).object().value(QStringLiteral("v"));
        out.insert(item, d);
    }
    return out;
}

std::vector<std::pair<QString, QString>> Merger::liveRows(const QString& table) const
{
    std::vector<std::pair<QString, QString>> out;
    const TableSpec* spec = Tables::byName(table);
    if (!spec)
        return out;
    // Identifiers from the compile-time table list.
    Query q(m_central,
            QStringLiteral("SELECT uuid, %1 FROM %2 WHERE deleted_at IS NULL ORDER BY 2 LIMIT 5000")
                .arg(QLatin1String(spec->displayColumn), QLatin1String(spec->table)));
    q.exec();
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace sakra
