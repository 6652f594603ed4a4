#include "Handout.h"

#include "PackageScope.h"
#include "RowReader.h"
#include "storage/BulkWriter.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Errors.h"
#include "storage/PackageStore.h"
#include "storage/Query.h"
#include "storage/RecordStore.h"
#include "storage/Schema.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <algorithm>

namespace sakra {

namespace {

struct Writing
{
    Database& central;
    Database& package;
    const PackageScope& scope;
    RowReader reader;
    BulkWriter writer;
    QHash<QString, QHash<QString, qint64>> ids; // table -> uuid -> id in the package
    std::vector<PackageStore::BaseRow> base;
    std::vector<QString> owned; // UUIDs of the owned rows, for their history
    qint64 referenceRows = 0;

    Writing(Database& c, Database& p, const PackageScope& s)
        : central(c), package(p), scope(s), reader(c), writer(p)
    {
    }

    void copy(const TableSpec& spec)
    {
        const QSet<qint64>& mine = scope.owned(spec);
        QList<qint64> rows = (mine + scope.references(spec)).values();
        std::sort(rows.begin(), rows.end());
        struct Later
        {
            qint64 id;
            const Column* column;
            QString uuid;
        };
        std::vector<Later> selfRefs;
        QHash<QString, qint64>& known = ids[QLatin1String(spec.table)];
        for (const qint64 id : std::as_const(rows)) {
            const auto image = reader.byId(spec, id);
            if (!image)
                continue;
            QVariantList values;
            std::vector<std::pair<const Column*, QString>> pending;
            for (const Column& c : spec.columns) {
                const QJsonValue v = image->value(c.name);
                if (c.type != ColumnType::Ref || v.isNull()) {
                    values << RecordStore::normalise(c, v.toVariant());
                    continue;
                }
                const qint64 target = ids.value(QLatin1String(c.refTable)).value(v.toString());
                if (target == 0 && QLatin1String(c.refTable) == QLatin1String(spec.table))
                    pending.push_back({&c, v.toString()}); // a unit above that comes later
                values << (target > 0 ? QVariant(target) : QVariant(QMetaType(QMetaType::LongLong)));
            }
            const BulkWriter::Meta meta{image->uuid,      image->createdAt,  image->updatedAt,
                                        image->updatedBy, image->rowVersion, image->deletedAt};
            const qint64 newId = writer.insert(spec, meta, values);
            known.insert(image->uuid, newId);
            for (const auto& [column, uuid] : pending)
                selfRefs.push_back({newId, column, uuid});
            const bool isOwned = mine.contains(id);
            if (isOwned)
                owned.push_back(image->uuid);
            else
                ++referenceRows;
            base.push_back({QLatin1String(spec.table), image->uuid, !isOwned, image->rowVersion,
                            image->deleted, image->valuesJson()});
        }
        for (const Later& l : selfRefs)
            writer.setColumn(spec, l.id, *l.column, known.value(l.uuid));
    }

    qint64 copyHistory()
    {
        // The owned rows' history, in the order it was written centrally.
        std::vector<std::pair<qint64, ChangeEntry>> entries;
        Query q(central,
                QStringLiteral("SELECT id, at, actor, entity, entity_uuid, action, field, old_value, "
                               "new_value FROM change_log WHERE entity_uuid = ? ORDER BY id"));
        for (const QString& uuid : owned) {
            q.bind(uuid).exec();
            while (q.next())
                entries.push_back({q.value(0).toLongLong(),
                                   {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                    q.value(7), q.value(8)}});
        }
        std::sort(entries.begin(), entries.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& e : entries)
            writer.record(e.second);
        return qint64(entries.size());
    }
};

} // namespace

Handout::Result Handout::make(Database& central, const Request& request, const Progress& progress)
{
    const auto root = RowReader(central).byId(Tables::orgUnit(), request.rootUnitId);
    if (!root || root->deleted)
        throw ValidationError(QStringLiteral("unit_id"), tr("Välj en enhet som finns i registret."));
    if (PackageStore(central).incoming())
        throw ValidationError(QStringLiteral("unit_id"),
                              tr("Det här registret är självt en utlämnad del; lämna ut "
                                 "från det centrala registret."));
    if (request.handedTo.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("handed_to"), tr("Ange vem som tar emot delen."));
    const QFileInfo out(request.outPath);
    if (out.exists())
        throw OpenError(
            tr("%1 finns redan; välj ett nytt filnamn.").arg(QDir::toNativeSeparators(request.outPath)));
    if (!out.absoluteDir().exists())
        throw OpenError(tr("Mappen %1 finns inte.").arg(QDir::toNativeSeparators(out.absolutePath())));

    const PackageScope scope(central, request.rootUnitId);
    const QString part =
        request.outPath + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    PackageStore::Record record;
    record.packageId = packageId;
    record.centralRegisterId = PackageStore(central).registerId();
    record.rootUnitUuid = root->uuid;
    record.rootUnitName = root->value("name").toString();
    record.handedTo = request.handedTo.trimmed();
    record.handedOutAt = Database::nowUtc();
    record.handedOutBy = central.actor();
    record.schemaVersion = Schema::currentVersion();

    Result result;
    result.packageId = packageId;
    {
        Database package;
        package.createNew(part);
        bool renamed = false;
        try {
            package.setActor(central.actor());
            Transaction tx(package);
            // The catalogues a new register starts with make way for the central register's own.
            for (const TableSpec* spec : Tables::all())
                if (Tables::isSeeded(*spec))
                    Query(package, QStringLiteral("DELETE FROM %1").arg(QLatin1String(spec->table))).exec();
            std::vector<PackageStore::BaseRow> base;
            {
                Writing w(central, package, scope);
                const auto& tables = Tables::all();
                for (std::size_t i = 0; i < tables.size(); ++i) {
                    w.copy(*tables[i]);
                    if (progress && !progress(int(90 * (i + 1) / tables.size())))
                        throw StorageError(tr("Utlämningen avbröts."));
                }
                result.historyEntries = w.copyHistory();
                result.ownedRows = qint64(w.owned.size());
                result.referenceRows = w.referenceRows;
                base = std::move(w.base);
            }
            record.baseHash = PackageStore::hashOf(base);
            PackageStore store(package);
            PackageStore::Record incoming = record;
            incoming.direction = PackageStore::Direction::In;
            incoming.historyFrom =
                Query(package, QStringLiteral("SELECT coalesce(max(id), 0) FROM change_log"))
                    .scalar()
                    .toLongLong();
            store.add(incoming);
            store.writeBase(packageId, base);

            Transaction centralTx(central);
            PackageStore centralStore(central);
            centralStore.add(record);
            centralStore.writeBase(packageId, base);
            // The units show what is handed out.
            central.pendingChanges().addTable(Tables::orgUnit());
            tx.commit();
            package.refreshPlannerStatistics();
            package.close();
            if (!QFile::rename(part, request.outPath))
                throw StorageError(
                    tr("Kunde inte skriva %1.").arg(QDir::toNativeSeparators(request.outPath)));
            renamed = true;
            centralTx.commit();
        } catch (...) {
            package.close();
            QFile::remove(renamed ? request.outPath : part);
            throw;
        }
    }
    if (progress)
        progress(100);
    return result;
}

} // namespace sakra
