#include "SyncSupport.h"

#include "storage/ChangeLog.h"
#include "storage/Query.h"
#include "storage/RecordStore.h"
#include "storage/Tables.h"
#include "sync/Handout.h"
#include "sync/RowReader.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace sakra;

SyncFixture::SyncFixture()
{
    central->database().setActor(QStringLiteral("Samordnaren"));
    rootUnit = central->units().idsNamed(QStringLiteral("Utbildningsförvaltningen")).value(0);
    REQUIRE(rootUnit > 0);
    sitePath = central.file(QStringLiteral("skolkontoret.sakra"));
    Handout::make(central->database(), {rootUnit, QStringLiteral("Skolkontoret"), sitePath});
    site = Register::open(sitePath);
    site->database().setActor(QStringLiteral("Platsens rektor"));
}

MergePlan SyncFixture::preview()
{
    return Merger(central->database()).preview(sitePath);
}

MergeApplier::Result SyncFixture::apply(const MergePlan& plan, const MergeDecisions& decisions)
{
    return Merger(central->database()).apply(sitePath, plan, decisions);
}

qint64 SyncFixture::countIn(Register& reg, const TableSpec& table)
{
    return Query(reg.database(), QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL")
                                     .arg(QLatin1String(table.table)))
        .scalar()
        .toLongLong();
}

qint64 SyncFixture::countInSubtree(const TableSpec& table)
{
    const QString column = &table == &Tables::orgUnit() ? QStringLiteral("id") : QStringLiteral("unit_id");
    return Query(central->database(),
                 QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL AND %2 IN "
                                "(SELECT unit_id FROM unit_closure WHERE ancestor_id = ?)")
                     .arg(QLatin1String(table.table), column))
        .bind(rootUnit)
        .scalar()
        .toLongLong();
}

QString SyncFixture::ownedRiskUuid(int n, bool removable)
{
    // Risks without actions may be removed.
    Query q(central->database(),
            QStringLiteral("SELECT uuid FROM risk r WHERE deleted_at IS NULL AND unit_id IN "
                           "(SELECT unit_id FROM unit_closure WHERE ancestor_id = ?) AND (? = 0 "
                           "OR NOT EXISTS (SELECT 1 FROM action_risk l WHERE l.risk_id = r.id "
                           "AND l.deleted_at IS NULL)) ORDER BY id"));
    q.bind(rootUnit).bind(removable ? 1 : 0).exec();
    for (int i = 0; q.next(); ++i)
        if (i == n)
            return q.value(0).toString();
    FAIL("the subtree has too few risks");
    return {};
}

QString SyncFixture::boardUuid()
{
    return Query(central->database(),
                 QStringLiteral("SELECT p.uuid FROM org_unit u JOIN org_unit p ON p.id = "
                                "u.parent_id WHERE u.id = ?"))
        .bind(rootUnit)
        .scalar()
        .toString();
}

std::pair<QString, QString> SyncFixture::twoSubtreeUnits()
{
    Query q(central->database(),
            QStringLiteral("SELECT u.uuid FROM org_unit u JOIN unit_closure c ON c.unit_id = u.id "
                           "WHERE c.ancestor_id = ? AND c.depth > 0 AND NOT EXISTS (SELECT 1 FROM "
                           "org_unit k WHERE k.parent_id = u.id) ORDER BY u.id LIMIT 2"));
    q.bind(rootUnit).exec();
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    REQUIRE(found.size() == 2);
    return {found.at(0), found.at(1)};
}

qint64 SyncFixture::siteId(const TableSpec& table, const QString& uuid)
{
    return RecordStore(site->database(), table).idForUuid(uuid);
}

qint64 SyncFixture::centralId(const TableSpec& table, const QString& uuid)
{
    return RecordStore(central->database(), table).idForUuid(uuid);
}

void SyncFixture::editRisk(Register& reg, const QString& uuid, const std::function<void(Risk&)>& edit)
{
    Risk r = reg.risks().get(RecordStore(reg.database(), Tables::risk()).idForUuid(uuid));
    edit(r);
    reg.risks().update(r);
}

QString SyncFixture::titleEditedOnBothSides()
{
    const QString uuid = ownedRiskUuid();
    editRisk(*site, uuid, [](Risk& r) { r.title = QStringLiteral("Platsens rubrik"); });
    editRisk(*central, uuid, [](Risk& r) { r.title = QStringLiteral("Central rubrik"); });
    return uuid;
}

Risk SyncFixture::centralRisk(const QString& uuid)
{
    return central->risks().get(centralId(Tables::risk(), uuid));
}

QString SyncFixture::newSiteActionFor(const QString& riskUuid, const QString& title)
{
    const Risk risk = site->risks().get(siteId(Tables::risk(), riskUuid));
    Action a;
    a.title = title;
    a.unitId = risk.unitId;
    a.kindId =
        Query(site->database(), QStringLiteral("SELECT min(id) FROM action_kind")).scalar().toLongLong();
    const qint64 id = site->actions().createForRisk(a, risk.id);
    return RecordStore(site->database(), Tables::action()).uuidForId(id);
}

void SyncFixture::randomEdits(Register& reg, std::mt19937& rng, int n)
{
    static const QStringList titles = {QStringLiteral("Inbrott"), QStringLiteral("Brand"),
                                       QStringLiteral("Hot"), QStringLiteral("Skadegörelse")};
    RecordStore store(reg.database(), Tables::risk());
    const qint64 root =
        RecordStore(reg.database(), Tables::orgUnit())
            .idForUuid(RecordStore(central->database(), Tables::orgUnit()).uuidForId(rootUnit));
    for (int i = 0; i < n; ++i) {
        Query q(reg.database(),
                QStringLiteral("SELECT id, deleted_at IS NOT NULL FROM risk WHERE unit_id IN "
                               "(SELECT unit_id FROM unit_closure WHERE ancestor_id = ?) ORDER BY id"));
        q.bind(root).exec();
        std::vector<std::pair<qint64, bool>> risks;
        while (q.next())
            risks.push_back({q.value(0).toLongLong(), q.value(1).toBool()});
        if (risks.empty())
            return;
        const auto [id, removed] = risks[rng() % risks.size()];
        try {
            if (removed) {
                if (rng() % 3 == 0)
                    reg.risks().restore(id);
                continue;
            }
            switch (rng() % 8) {
            case 0: reg.risks().remove(id); break;
            case 1:
            case 2:
            case 3: {
                Risk r = reg.risks().get(id);
                r.title = titles.at(int(rng() % titles.size()));
                reg.risks().update(r);
                break;
            }
            default: {
                Risk r = reg.risks().get(id);
                r.likelihood = int(rng() % 5) + 1;
                reg.risks().update(r);
                break;
            }
            }
        } catch (const ValidationError&) {
            // A rule of the area said no (a unit removed meanwhile ...): as in the program, nothing written.
        }
    }
}

QStringList SyncFixture::centralState()
{
    QStringList state;
    for (const TableSpec* spec : Tables::all()) {
        Query q(central->database(),
                QStringLiteral("SELECT uuid, row_version, deleted_at FROM %1 ORDER BY id")
                    .arg(QLatin1String(spec->table)));
        q.exec();
        while (q.next())
            state << QStringLiteral("%1 %2 %3 %4")
                         .arg(QLatin1String(spec->table), q.value(0).toString(), q.value(1).toString(),
                              q.value(2).toString());
    }
    return state;
}

bool SyncFixture::historyExplainsEveryValue()
{
    RowReader reader(central->database());
    bool explained = true;
    for (const TableSpec* spec : Tables::all()) {
        for (const RowImage& row : reader.all(*spec)) {
            const auto entries = ChangeLog(central->database()).entriesFor(row.uuid);
            QHash<QString, QVariant> replayed;
            bool created = false;
            for (const ChangeEntry& e : entries) {
                if (e.action == QLatin1String("create")) {
                    created = true;
                    replayed.clear();
                    const QJsonObject first =
                        QJsonDocument::fromJson(e.newValue.toString().toUtf8()).object();
                    for (auto it = first.begin(); it != first.end(); ++it)
                        replayed.insert(it.key(), it.value().toVariant().toString());
                } else if ((e.action == QLatin1String("update") || e.action == QLatin1String("merge")) &&
                           !e.field.isEmpty()) {
                    replayed.insert(e.field,
                                    e.newValue.isNull() ? QVariant() : QVariant(e.newValue.toString()));
                }
            }
            if (!created)
                continue; // seeded catalogue rows
            for (const Column& c : spec->columns) {
                const QJsonValue now = row.value(c.name);
                const QString shown = now.isNull()     ? QString()
                                      : now.isDouble() ? QString::number(qint64(now.toDouble()))
                                                       : now.toString();
                const QVariant history = replayed.value(QLatin1String(c.name));
                const QString told = history.isNull() ? QString() : history.toString();
                if (shown != told) {
                    UNSCOPED_INFO(spec->table << " " << row.uuid.toStdString() << " " << c.name
                                              << ": row has " << shown.toStdString() << ", history says "
                                              << told.toStdString());
                    explained = false;
                }
            }
        }
    }
    return explained;
}
