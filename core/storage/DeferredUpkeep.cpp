#include "DeferredUpkeep.h"

#include "Database.h"
#include "Query.h"
#include "Schema.h"
#include "SearchSchema.h"

#include <QStringList>

namespace sakra {

namespace {

// The triggers that keep the tallies and the full-text indexes: all of them, not only those on
// insert, so that no update or delete meanwhile changes derived rows that finish() makes anew.
QStringList upkeepTriggers()
{
    QStringList names{QStringLiteral("incident_tally_insert"), QStringLiteral("incident_tally_update"),
                      QStringLiteral("incident_tally_delete")};
    for (const SearchSchema::Table& t : SearchSchema::step9Tables())
        for (const char* event : {"_insert", "_delete", "_update"})
            names << SearchSchema::indexOf(t.table) + QLatin1String(event);
    return names;
}

} // namespace

DeferredUpkeep::DeferredUpkeep(Database& db) : m_db(db)
{
    if (db.onServer())
        return;
    const QStringList names = upkeepTriggers();
    // Trigger names are ours (upkeepTriggers), never a user's; the SQL comes back as the file
    // stores it, so the triggers made again are the same text.
    Query stored(db,
                 QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"));
    stored.exec();
    while (stored.next())
        if (names.contains(stored.value(0).toString()))
            m_triggers.emplace_back(stored.value(0).toString(), stored.value(1).toString());
    for (const auto& trigger : m_triggers)
        Query(db, QStringLiteral("DROP TRIGGER %1").arg(trigger.first)).exec();
}

void DeferredUpkeep::deferIndexes(const char* table)
{
    if (m_db.onServer())
        return;
    // The indexes of UNIQUE constraints have no SQL of their own and cannot be dropped.
    Query stored(m_db,
                 QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                "AND sql IS NOT NULL ORDER BY rowid"));
    stored.bind(QLatin1String(table)).exec();
    std::vector<std::pair<QString, QString>> found;
    while (stored.next())
        found.emplace_back(stored.value(0).toString(), stored.value(1).toString());
    for (const auto& index : found) {
        // Index names come from our own schema, never from a user.
        Query(m_db, QStringLiteral("DROP INDEX %1").arg(index.first)).exec();
        m_indexes.push_back(index);
    }
}

void DeferredUpkeep::finish()
{
    if (m_db.onServer())
        return;
    for (const auto& index : m_indexes)
        Query(m_db, index.second).exec();
    m_indexes.clear();
    if (m_triggers.empty())
        return;
    Query(m_db, QStringLiteral("DELETE FROM incident_tally")).exec();
    Query(m_db, QString::fromUtf8(Schema::incidentTallyFill())).exec();
    SearchSchema::rebuild(m_db);
    for (const auto& trigger : m_triggers)
        Query(m_db, trigger.second).exec();
    m_triggers.clear();
}

} // namespace sakra
