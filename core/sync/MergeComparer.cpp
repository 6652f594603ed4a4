#include "MergeComparer.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Sha256.h"
#include "storage/Tables.h"

#include <QCoreApplication>

namespace sakra {

namespace {

QString keyOf(const QString& table, const QString& uuid)
{
    return table + QLatin1Char('/') + uuid;
}

MergeChange changeOf(MergeChange::Kind kind, const QString& table, const QString& uuid, const QString& field,
                     const QJsonValue& value, const QString& rowName)
{
    return MergeChange{.kind = kind,
                       .table = table,
                       .uuid = uuid,
                       .field = field,
                       .value = value,
                       .rowName = rowName,
                       .tableLabel = {},
                       .fieldLabel = {},
                       .valueText = {}};
}

// How many units up a move is followed before it counts as a cycle; far beyond any real tree.
constexpr int kMaxDepth = 10000;

} // namespace

MergeComparer::MergeComparer(Database& central, Database& site, const PackageStore::Record& record,
                             qint64 siteHistoryFrom)
    : m_centralDb(central), m_siteDb(site), m_record(record), m_siteHistoryFrom(siteHistoryFrom),
      m_central(central), m_site(site)
{
}

QString MergeComparer::nameOf(const TableSpec& spec, const RowImage& row)
{
    const QJsonValue shown = row.value(spec.displayColumn);
    if (shown.isString() && !shown.toString().isEmpty() &&
        spec.column(QLatin1String(spec.displayColumn))->type != ColumnType::Ref)
        return shown.toString();
    if (shown.isDouble())
        return QString::number(qint64(shown.toDouble()));
    return spec.translatedLabel();
}

std::optional<RowImage> MergeComparer::central(const TableSpec& spec, const QString& uuid)
{
    auto row = m_central.byUuid(spec, uuid);
    m_state << QStringLiteral("c|%1|%2|%3|%4")
                   .arg(QLatin1String(spec.table), uuid)
                   .arg(row ? row->rowVersion : -1)
                   .arg(row && row->deleted ? 1 : 0);
    return row;
}

MergeConflict MergeComparer::conflict(MergeConflict::Kind kind, const TableSpec& spec, const RowImage& site,
                                      const RowImage* central, const QString& field)
{
    MergeConflict c;
    c.kind = kind;
    c.table = QLatin1String(spec.table);
    c.uuid = site.uuid;
    c.field = field;
    c.siteBy = site.updatedBy;
    c.siteAt = site.updatedAt;
    c.rowName = nameOf(spec, site);
    if (central) {
        c.centralBy = central->updatedBy;
        c.centralAt = central->updatedAt;
    }
    if (const BaseEntry* b = baseRow(c.table, site.uuid); b && !field.isEmpty())
        c.base = b->image.values.value(field);
    if (!field.isEmpty()) {
        c.site = site.values.value(field);
        if (central)
            c.central = central->values.value(field);
    }
    return c;
}

void MergeComparer::refuse(const TableSpec& spec, const RowImage& site, const QString& reason)
{
    m_plan.refused.push_back({QLatin1String(spec.table), site.uuid, nameOf(spec, site), reason});
}

const RowImage* MergeComparer::siteRow(const QString& table, const QString& uuid) const
{
    const auto t = m_siteIndex.constFind(table);
    if (t == m_siteIndex.cend())
        return nullptr;
    const auto i = t->constFind(uuid);
    if (i == t->cend())
        return nullptr;
    for (const auto& [name, rows] : m_siteRows)
        if (name == table)
            return &rows.at(std::size_t(*i));
    return nullptr;
}

const MergeComparer::BaseEntry* MergeComparer::baseRow(const QString& table, const QString& uuid) const
{
    const auto t = m_base.constFind(table);
    if (t == m_base.cend())
        return nullptr;
    const auto i = t->constFind(uuid);
    return i == t->cend() ? nullptr : &*i;
}

QString MergeComparer::textOf(const TableSpec& spec, const QString& column, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    const Column* c = spec.column(column);
    if (!c || c->type != ColumnType::Ref)
        return value.toString();
    const TableSpec& target = *Tables::byName(QLatin1String(c->refTable));
    if (const auto row = m_central.byUuid(target, value.toString()))
        return nameOf(target, *row);
    if (const RowImage* row = siteRow(QLatin1String(target.table), value.toString()))
        return nameOf(target, *row);
    return value.toString();
}

void MergeComparer::describe(MergeConflict& c)
{
    const TableSpec& spec = *Tables::byName(c.table);
    c.tableLabel = spec.translatedLabel();
    const Column* column = spec.column(c.field.section(QLatin1Char(','), 0, 0));
    c.fieldLabel = column ? TableSpec::translatedFieldLabel(*column) : QString();
    const QString field = c.field.section(QLatin1Char(','), 0, 0);
    c.baseText = textOf(spec, field, c.base);
    c.centralText = textOf(spec, field, c.central);
    c.siteText = textOf(spec, field, c.site);
    switch (c.kind) {
    case MergeConflict::Kind::RemovedAtSite:
        c.siteText = tr("borttagen");
        c.centralText = tr("ändrad");
        break;
    case MergeConflict::Kind::RemovedCentrally:
        c.siteText = tr("ändrad");
        c.centralText = tr("borttagen");
        break;
    case MergeConflict::Kind::RefersToRemoved: c.centralText = tr("%1 borttagen").arg(c.centralText); break;
    default: break;
    }
}

void MergeComparer::describe(MergeChange& change)
{
    const TableSpec& spec = *Tables::byName(change.table);
    change.tableLabel = spec.translatedLabel();
    if (const Column* column = spec.column(change.field))
        change.fieldLabel = TableSpec::translatedFieldLabel(*column);
    change.valueText = textOf(spec, change.field, change.value);
}

MergePlan MergeComparer::compare()
{
    m_plan = MergePlan();
    m_plan.packageId = m_record.packageId;
    m_plan.rootUnitName = m_record.rootUnitName;
    m_plan.handedTo = m_record.handedTo;
    m_plan.handedOutAt = m_record.handedOutAt;
    for (const PackageStore::BaseRow& r : PackageStore(m_centralDb).base(m_record.packageId)) {
        BaseEntry e{r.reference, r.deleted, r.rowVersion, RowImage()};
        e.image.uuid = r.uuid;
        e.image.deleted = r.deleted;
        e.image.rowVersion = r.rowVersion;
        e.image.values = RowImage::valuesFromJson(r.values);
        m_base[r.entity].insert(r.uuid, e);
    }
    for (const TableSpec* spec : Tables::all()) {
        std::vector<RowImage> rows = m_site.all(*spec);
        QHash<QString, int>& index = m_siteIndex[QLatin1String(spec->table)];
        for (int i = 0; i < int(rows.size()); ++i) {
            index.insert(rows[std::size_t(i)].uuid, i);
            m_state << QStringLiteral("s|%1|%2|%3|%4")
                           .arg(QLatin1String(spec->table), rows[std::size_t(i)].uuid)
                           .arg(rows[std::size_t(i)].rowVersion)
                           .arg(rows[std::size_t(i)].deleted ? 1 : 0);
        }
        m_siteRows.emplace_back(QLatin1String(spec->table), std::move(rows));
    }
    for (const TableSpec* spec : Tables::all())
        compareTable(*spec);
    findCycles();
    readSiteHistory();
    for (MergeConflict& c : m_plan.conflicts)
        describe(c);
    for (MergeChange& c : m_plan.automatic)
        describe(c);
    m_state << QStringLiteral("h|%1").arg(m_siteHistoryTo);
    m_state.sort();
    m_plan.token = QString::fromLatin1(Sha256::hexOf(m_state.join(QLatin1Char('\n')).toUtf8()));
    return m_plan;
}

void MergeComparer::compareTable(const TableSpec& spec)
{
    for (const auto& [table, rows] : m_siteRows) {
        if (table != QLatin1String(spec.table))
            continue;
        for (const RowImage& site : rows) {
            const BaseEntry* base = baseRow(table, site.uuid);
            if (base && base->reference) {
                if (!site.sameValues(spec, base->image) || site.deleted != base->deleted)
                    refuse(spec, site,
                           tr("hör till det centrala registret och ändras inte av en utlämnad del"));
                continue;
            }
            if (base)
                compareKnown(spec, site, *base);
            else
                compareNew(spec, site);
        }
    }
}

void MergeComparer::compareKnown(const TableSpec& spec, const RowImage& site, const BaseEntry& base)
{
    const auto now = central(spec, site.uuid);
    const QString table = QLatin1String(spec.table);
    if (!now) {
        refuse(spec, site, tr("finns inte i det centrala registret"));
        return;
    }
    if (site.deleted && now->deleted)
        return; // removed on both sides
    if (site.deleted) {
        if (base.deleted)
            return; // restored centrally; the site left it as it was
        if (now->sameValues(spec, base.image))
            m_plan.automatic.push_back(
                changeOf(MergeChange::Kind::Remove, table, site.uuid, QString(), {}, nameOf(spec, site)));
        else
            m_plan.conflicts.push_back(conflict(MergeConflict::Kind::RemovedAtSite, spec, site, &*now));
        return;
    }
    if (now->deleted && !base.deleted) {
        if (!site.sameValues(spec, base.image))
            m_plan.conflicts.push_back(conflict(MergeConflict::Kind::RemovedCentrally, spec, site, &*now));
        return;
    }
    if (now->deleted) {
        // Removed when handed out and brought back at the site.
        m_plan.automatic.push_back(
            changeOf(MergeChange::Kind::Restore, table, site.uuid, QString(), {}, nameOf(spec, site)));
        m_restored.insert(keyOf(table, site.uuid));
    }
    mergeFields(spec, site, base.image, *now);
}

void MergeComparer::mergeFields(const TableSpec& spec, const RowImage& site, const RowImage& base,
                                const RowImage& now)
{
    const QString table = QLatin1String(spec.table);
    for (const Column& c : spec.columns) {
        const QJsonValue s = site.value(c.name);
        const QJsonValue b = base.value(c.name);
        const QJsonValue n = now.value(c.name);
        if (s == b || s == n)
            continue;
        if (n != b) {
            m_plan.conflicts.push_back(
                conflict(MergeConflict::Kind::Field, spec, site, &now, QLatin1String(c.name)));
            continue;
        }
        if (c.type == ColumnType::Ref && !s.isNull() && !checkReference(spec, site, c))
            continue;
        m_plan.automatic.push_back(changeOf(MergeChange::Kind::Update, table, site.uuid,
                                            QLatin1String(c.name), s, nameOf(spec, site)));
    }
}

void MergeComparer::compareNew(const TableSpec& spec, const RowImage& site)
{
    if (site.deleted)
        return; // made and removed again at the site
    if (const auto now = central(spec, site.uuid)) {
        // Already there without being in the base (a catalogue entry both have): every field
        // that differs is the coordinator's to decide.
        if (now->deleted)
            return;
        for (const Column& c : spec.columns)
            if (site.value(c.name) != now->value(c.name))
                m_plan.conflicts.push_back(
                    conflict(MergeConflict::Kind::Field, spec, site, &*now, QLatin1String(c.name)));
        return;
    }
    bool plain = true;
    for (const Column& c : spec.columns)
        if (c.type == ColumnType::Ref && !site.value(c.name).isNull() && !checkReference(spec, site, c))
            plain = false;
    if (plain && clashes(spec, site))
        plain = false;
    m_created.insert(keyOf(QLatin1String(spec.table), site.uuid));
    if (plain)
        m_plan.automatic.push_back(changeOf(MergeChange::Kind::Create, QLatin1String(spec.table), site.uuid,
                                            QString(), {}, nameOf(spec, site)));
}

MergeComparer::Target MergeComparer::targetOf(const Column& column, const QString& uuid)
{
    const QString table = QLatin1String(column.refTable);
    if (m_created.contains(keyOf(table, uuid)) || m_restored.contains(keyOf(table, uuid)))
        return Target::New;
    const TableSpec* spec = Tables::byName(table);
    const auto now = central(*spec, uuid);
    if (now)
        return now->deleted ? Target::Removed : Target::Live;
    // A new unit may refer to another new unit that comes later in the file.
    const RowImage* site = siteRow(table, uuid);
    if (site && !site->deleted && !baseRow(table, uuid))
        return Target::New;
    return Target::Missing;
}

bool MergeComparer::checkReference(const TableSpec& spec, const RowImage& site, const Column& column)
{
    const QString uuid = site.value(column.name).toString();
    switch (targetOf(column, uuid)) {
    case Target::Live:
    case Target::New: return true;
    case Target::Removed: {
        MergeConflict c =
            conflict(MergeConflict::Kind::RefersToRemoved, spec, site, nullptr, QLatin1String(column.name));
        c.targetTable = QLatin1String(column.refTable);
        c.targetUuid = uuid;
        if (const auto target = m_central.byUuid(*Tables::byName(c.targetTable), uuid)) {
            c.centralBy = target->updatedBy;
            c.centralAt = target->updatedAt;
        }
        m_plan.conflicts.push_back(c);
        return false;
    }
    case Target::Missing:
        refuse(spec, site,
               tr("hänvisar till en post som finns i varken det centrala registret eller delen (%1)")
                   .arg(TableSpec::translatedFieldLabel(column)));
        return false;
    }
    return false;
}

bool MergeComparer::clashes(const TableSpec& spec, const RowImage& site)
{
    for (const QStringList& columns : m_centralDb.uniqueColumnSets(QLatin1String(spec.table))) {
        QStringList conditions;
        QVariantList values;
        bool comparable = true;
        for (const QString& column : columns) {
            const Column* c = spec.column(column);
            if (!c) {
                comparable = false;
                break;
            }
            const QVariant v = m_central.writableValue(*c, site.values.value(column));
            if (v.isNull() || (c->type == ColumnType::Ref && v.toLongLong() == 0)) {
                comparable = false; // refers to a row new from the site: nothing central can clash
                break;
            }
            conditions << QStringLiteral("%1 = ?").arg(column);
            values << v;
        }
        if (!comparable)
            continue;
        Query q(m_centralDb, QStringLiteral("SELECT uuid FROM %1 WHERE deleted_at IS NULL AND %2")
                                 .arg(QLatin1String(spec.table), conditions.join(QStringLiteral(" AND "))));
        for (const QVariant& v : values)
            q.bind(v);
        const QString other = q.scalar().toString();
        if (other.isEmpty() || other == site.uuid)
            continue;
        MergeConflict c =
            conflict(MergeConflict::Kind::UniqueClash, spec, site, nullptr, columns.join(QLatin1Char(',')));
        c.site = site.values.value(columns.first());
        c.targetTable = QLatin1String(spec.table);
        c.targetUuid = other;
        if (const auto target = central(spec, other)) {
            c.central = target->values.value(columns.first());
            c.centralBy = target->updatedBy;
            c.centralAt = target->updatedAt;
        }
        m_plan.conflicts.push_back(c);
        return true;
    }
    return false;
}

void MergeComparer::findCycles()
{
    const TableSpec& units = Tables::orgUnit();
    const QString table = QLatin1String(units.table);
    QHash<QString, QString> moved; // unit -> new parent, as the site moved it
    for (const MergeChange& c : m_plan.automatic)
        if (c.kind == MergeChange::Kind::Update && c.table == table && c.field == QLatin1String("parent_id"))
            moved.insert(c.uuid, c.value.toString());
    if (moved.isEmpty())
        return;
    const auto parentOf = [&](const QString& unit) -> QString {
        if (moved.contains(unit))
            return moved.value(unit);
        if (const auto now = m_central.byUuid(units, unit))
            return now->value("parent_id").toString();
        const RowImage* site = siteRow(table, unit);
        return site ? site->value("parent_id").toString() : QString();
    };
    for (auto it = m_plan.automatic.begin(); it != m_plan.automatic.end();) {
        if (it->kind != MergeChange::Kind::Update || it->table != table ||
            it->field != QLatin1String("parent_id")) {
            ++it;
            continue;
        }
        QString up = it->value.toString();
        int steps = 0;
        while (!up.isEmpty() && up != it->uuid && ++steps < kMaxDepth)
            up = parentOf(up);
        if (up.isEmpty()) {
            ++it;
            continue;
        }
        const RowImage* site = siteRow(table, it->uuid);
        const auto now = m_central.byUuid(units, it->uuid);
        m_plan.conflicts.push_back(conflict(MergeConflict::Kind::Cycle, units, *site, now ? &*now : nullptr,
                                            QStringLiteral("parent_id")));
        moved.remove(it->uuid);
        it = m_plan.automatic.erase(it);
    }
}

void MergeComparer::readSiteHistory()
{
    QSet<QString> owned;
    for (const auto& [table, rows] : m_siteRows)
        for (const RowImage& r : rows) {
            const BaseEntry* b = baseRow(table, r.uuid);
            if (!b || !b->reference)
                owned.insert(r.uuid);
        }
    Query q(m_siteDb,
            QStringLiteral("SELECT id, at, actor, entity, entity_uuid, action, field, old_value, new_value "
                           "FROM change_log WHERE id > ? ORDER BY id"));
    q.bind(m_siteHistoryFrom).exec();
    m_siteHistoryTo = m_siteHistoryFrom;
    while (q.next()) {
        m_siteHistoryTo = q.value(0).toLongLong();
        if (!owned.contains(q.value(4).toString()))
            continue;
        m_siteHistory.push_back({q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                 q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                 q.value(7), q.value(8)});
    }
    m_plan.siteHistoryEntries = qint64(m_siteHistory.size());
}

} // namespace sakra
