#include "MergeApplier.h"

#include "MergeComparer.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Errors.h"
#include "storage/HashChain.h"
#include "storage/PackageStore.h"
#include "storage/Query.h"
#include "storage/RecordStore.h"
#include "storage/Tables.h"

#include <QCoreApplication>

namespace sakra {

MergeApplier::MergeApplier(Database& central, MergeComparer& compared, const MergePlan& plan,
                           const MergeDecisions& decisions)
    : m_db(central), m_compared(compared), m_plan(plan), m_decisions(decisions)
{
}

void MergeApplier::decide()
{
    for (const MergeChange& c : m_plan.automatic) {
        const QString key = keyOf(c.table, c.uuid);
        switch (c.kind) {
        case MergeChange::Kind::Create: m_create.insert(key); break;
        case MergeChange::Kind::Update: m_update[key].insert(c.field, c.value); break;
        case MergeChange::Kind::Remove: m_remove.insert(key); break;
        case MergeChange::Kind::Restore: m_restore.insert(key); break;
        }
    }
    int undecided = 0;
    for (const MergeConflict& c : m_plan.conflicts) {
        const auto d = m_decisions.constFind(c.key());
        if (d == m_decisions.cend()) {
            ++undecided;
            continue;
        }
        const QString key = keyOf(c.table, c.uuid);
        const bool central = d->choice == MergeDecision::Choice::Central;
        const bool site = d->choice == MergeDecision::Choice::Site;
        switch (c.kind) {
        case MergeConflict::Kind::Cycle:
            if (!central)
                throw ValidationError(
                    QStringLiteral("parent_id"),
                    tr("%1: platsens flytt skulle göra enheten till en del av sig själv; behåll "
                       "den centrala placeringen.")
                        .arg(c.rowName));
            break;
        case MergeConflict::Kind::Field:
            if (site)
                m_update[key].insert(c.field, c.site);
            else if (!central)
                m_update[key].insert(c.field, d->value);
            break;
        case MergeConflict::Kind::RemovedAtSite:
            if (site)
                m_remove.insert(key);
            break;
        case MergeConflict::Kind::RemovedCentrally:
            if (site) {
                m_restore.insert(key);
                // Brought back with the site's values.
                const RowImage* row = m_compared.siteRow(c.table, c.uuid);
                const TableSpec* spec = Tables::byName(c.table);
                for (const Column& column : spec->columns)
                    m_update[key].insert(QLatin1String(column.name), row->value(column.name));
            }
            break;
        case MergeConflict::Kind::RefersToRemoved:
            if (central) {
                m_drop.insert(key);
            } else {
                m_create.insert(key);
                if (site)
                    m_restore.insert(keyOf(c.targetTable, c.targetUuid));
                else
                    m_overrides[key].insert(c.field, d->value);
            }
            break;
        case MergeConflict::Kind::UniqueClash:
            if (central) {
                m_drop.insert(key);
            } else {
                m_create.insert(key);
                m_remove.insert(keyOf(c.targetTable, c.targetUuid));
            }
            break;
        }
    }
    // A row chosen to refer to instead must be there.
    for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it) {
        const TableSpec* spec = Tables::byName(it.key().section(QLatin1Char('/'), 0, 0));
        for (auto f = it.value().begin(); f != it.value().end(); ++f) {
            const Column* column = spec->column(f.key());
            const TableSpec* target = Tables::byName(QLatin1String(column->refTable));
            const auto row = m_compared.centralRows().byUuid(*target, f.value().toString());
            if (!row || row->deleted)
                throw ValidationError(f.key(), tr("%1: välj en post som finns i registret.")
                                                   .arg(TableSpec::translatedFieldLabel(*column)));
        }
    }
    if (undecided > 0)
        throw ValidationError(QString(), QCoreApplication::translate("sakra::MergeApplier",
                                                                     "%n konflikter är inte avgjorda.",
                                                                     nullptr, undecided));
    // A row dropped anywhere is dropped everywhere (a new row with two conflicts).
    for (const QString& key : std::as_const(m_drop))
        m_create.remove(key);
}

void MergeApplier::appendSiteHistory()
{
    if (m_db.onServer()) {
        // The database keeps a shared register's chain; it takes the site's entries as the site
        // wrote them, for one who holds the whole register.
        Query append(m_db, QStringLiteral("SELECT sakra_merge_history(?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const ChangeEntry& e : m_compared.siteHistory()) {
            if (m_drop.contains(keyOf(e.entity, e.entityUuid)))
                continue;
            append.bind(e.at)
                .bind(e.actor)
                .bind(e.entity)
                .bind(e.entityUuid)
                .bind(e.action)
                .bind(e.field)
                .bind(HashChain::storedText(e.oldValue))
                .bind(HashChain::storedText(e.newValue))
                .exec();
            ++m_result.historyEntries;
        }
        return;
    }
    // Before any write of this merge: the appender continues the chain from its last link.
    HashChain::Appender appender(m_db);
    for (const ChangeEntry& e : m_compared.siteHistory()) {
        if (m_drop.contains(keyOf(e.entity, e.entityUuid)))
            continue;
        appender.append(e);
        ++m_result.historyEntries;
    }
}

void MergeApplier::createRows(const TableSpec& spec)
{
    const QString table = QLatin1String(spec.table);
    RowReader& central = m_compared.centralRows();
    RecordStore store(m_db, spec);
    std::vector<const RowImage*> waiting;
    for (const auto& [t, rows] : m_compared.siteRows())
        if (t == table)
            for (const RowImage& r : rows)
                if (m_create.contains(keyOf(table, r.uuid)))
                    waiting.push_back(&r);
    // Rows referring to another new row of the same table (a unit below a new unit) wait for it.
    while (!waiting.empty()) {
        std::vector<const RowImage*> later;
        for (const RowImage* row : waiting) {
            QJsonObject values = row->values;
            const QJsonObject overrides = m_overrides.value(keyOf(table, row->uuid));
            for (auto it = overrides.begin(); it != overrides.end(); ++it)
                values.insert(it.key(), it.value());
            bool ready = true;
            bool dropped = false;
            for (const Column& c : spec.columns) {
                const QJsonValue v = values.value(QLatin1String(c.name));
                if (c.type != ColumnType::Ref || v.isNull())
                    continue;
                if (central.idOf(c.refTable, v.toString()) != 0)
                    continue;
                if (m_drop.contains(keyOf(QLatin1String(c.refTable), v.toString())))
                    dropped = true; // it belongs to a new row left out
                else if (QLatin1String(c.refTable) == table && m_create.contains(keyOf(table, v.toString())))
                    ready = false;
                else
                    throw StorageError(tr("%1 %2 hänvisar till en post som inte finns.")
                                           .arg(spec.translatedLabel(), row->uuid));
            }
            if (dropped) {
                m_drop.insert(keyOf(table, row->uuid));
                ++m_result.dropped;
            } else if (ready) {
                store.insert(central.writable(spec, values), row->uuid);
                ++m_result.created;
            } else {
                later.push_back(row);
            }
        }
        if (later.size() == waiting.size())
            throw StorageError(tr("De nya enheterna hänvisar till varandra i en cirkel."));
        waiting = std::move(later);
    }
}

void MergeApplier::writeTable(const TableSpec& spec)
{
    const QString table = QLatin1String(spec.table);
    RowReader& central = m_compared.centralRows();
    RecordStore store(m_db, spec);
    for (const QString& key : std::as_const(m_restore)) {
        if (!key.startsWith(table + QLatin1Char('/')))
            continue;
        store.restore(central.idOf(spec.table, key.mid(table.size() + 1)));
        ++m_result.restored;
    }
    // A clash settled for the site: the central row with the same value goes first.
    for (const MergeConflict& c : m_plan.conflicts)
        if (c.kind == MergeConflict::Kind::UniqueClash && c.table == table &&
            m_create.contains(keyOf(table, c.uuid)) && m_remove.remove(keyOf(c.targetTable, c.targetUuid))) {
            store.remove(central.idOf(spec.table, c.targetUuid));
            ++m_result.removed;
        }
    createRows(spec);
    for (auto it = m_update.cbegin(); it != m_update.cend(); ++it) {
        if (!it.key().startsWith(table + QLatin1Char('/')))
            continue;
        const qint64 id = central.idOf(spec.table, it.key().mid(table.size() + 1));
        QVariantMap changes;
        for (auto f = it.value().begin(); f != it.value().end(); ++f)
            changes.insert(f.key(), central.writableValue(*spec.column(f.key()), f.value()));
        if (store.update(id, changes) > 0)
            ++m_result.updated;
    }
}

void MergeApplier::recordMergeEntries()
{
    ChangeLog log(m_db);
    for (const MergeConflict& c : m_plan.conflicts) {
        const MergeDecision d = m_decisions.value(c.key());
        if (c.kind == MergeConflict::Kind::RemovedCentrally && d.choice == MergeDecision::Choice::Central) {
            // Left removed: the site's edits, which its history brought along, were not taken.
            const RowImage* site = m_compared.siteRow(c.table, c.uuid);
            const TableSpec* spec = Tables::byName(c.table);
            const auto now = m_compared.centralRows().byUuid(*spec, c.uuid);
            for (const Column& column : spec->columns) {
                const QJsonValue s = site->value(column.name);
                const QJsonValue n = now->value(column.name);
                if (s != n)
                    log.record({QString(), QString(), c.table, c.uuid, QStringLiteral("merge"),
                                QLatin1String(column.name), s.isNull() ? QVariant() : s.toVariant(),
                                n.isNull() ? QVariant() : n.toVariant()});
            }
            continue;
        }
        const bool site = d.choice == MergeDecision::Choice::Site;
        const QJsonValue taken = site                                       ? c.site
                                 : d.choice == MergeDecision::Choice::Value ? d.value
                                                                            : c.central;
        const QJsonValue notTaken = site ? c.central : c.site;
        const QString field = c.table.isEmpty() || c.field.contains(QLatin1Char(',')) ? QString() : c.field;
        log.record({QString(), QString(), c.table, c.uuid, QStringLiteral("merge"), field,
                    notTaken.isNull() ? QVariant() : notTaken.toVariant(),
                    taken.isNull() ? QVariant() : taken.toVariant()});
    }
}

void MergeApplier::writeBase()
{
    // The next package from this site is compared with what the site had now: what the site kept
    // and the coordinator did not take is not offered again.
    std::vector<PackageStore::BaseRow> base;
    for (const auto& [table, rows] : m_compared.siteRows())
        for (const RowImage& r : rows) {
            const MergeComparer::BaseEntry* b = m_compared.baseRow(table, r.uuid);
            base.push_back({table, r.uuid, b && b->reference, r.rowVersion, r.deleted, r.valuesJson()});
        }
    PackageStore store(m_db);
    store.writeBase(m_plan.packageId, base);
    store.markMerged(m_plan.packageId, m_db.now(), m_db.actor(), m_compared.siteHistoryTo());
    store.clearDecisions(m_plan.packageId);
}

MergeApplier::Result MergeApplier::run()
{
    decide();
    appendSiteHistory();
    for (const TableSpec* spec : Tables::all())
        writeTable(*spec);
    const auto& tables = Tables::all();
    for (auto t = tables.rbegin(); t != tables.rend(); ++t) {
        const QString table = QLatin1String((*t)->table);
        RecordStore store(m_db, **t);
        for (const QString& key : std::as_const(m_remove)) {
            if (!key.startsWith(table + QLatin1Char('/')))
                continue;
            store.remove(m_compared.centralRows().idOf((*t)->table, key.mid(table.size() + 1)));
            ++m_result.removed;
        }
    }
    recordMergeEntries();
    writeBase();
    // The site's history entries are read as their rows are, now that the rows are written.
    if (m_db.onServer())
        Query(m_db, QStringLiteral("SELECT sakra_scope_history()")).exec();
    return m_result;
}

} // namespace sakra
