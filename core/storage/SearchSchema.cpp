#include "SearchSchema.h"

#include "Query.h"

#include <QStringList>

namespace sakra {

namespace {

QString joined(const std::vector<const char*>& columns, const QString& prefix)
{
    QStringList out;
    for (const char* c : columns)
        out << prefix + QLatin1String(c);
    return out.join(QStringLiteral(", "));
}

QString rebuildOf(const SearchSchema::Table& t)
{
    return QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(SearchSchema::indexOf(t.table));
}

QStringList statementsFor(const SearchSchema::Table& t)
{
    const QString table = QLatin1String(t.table);
    const QString index = SearchSchema::indexOf(t.table);
    const QString columns = joined(t.columns, QString());
    const QString add = QStringLiteral("INSERT INTO %1 (rowid, %2) VALUES (NEW.id, %3);")
                            .arg(index, columns, joined(t.columns, QStringLiteral("NEW.")));
    // An external-content index forgets a row by being told the words it indexed for it.
    const QString take = QStringLiteral("INSERT INTO %1 (%1, rowid, %2) VALUES ('delete', OLD.id, %3);")
                             .arg(index, columns, joined(t.columns, QStringLiteral("OLD.")));
    QStringList changed;
    for (const char* c : t.columns)
        changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(QLatin1String(c));
    return {
        // No content of its own: the words point at the entity table's rows (content_rowid).
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', "
                       "tokenize='unicode61 remove_diacritics 0', prefix='2 3', detail=none)")
            .arg(index, columns, table),
        QStringLiteral("CREATE TRIGGER %1_insert AFTER INSERT ON %2 BEGIN %3 END").arg(index, table, add),
        QStringLiteral("CREATE TRIGGER %1_delete AFTER DELETE ON %2 BEGIN %3 END").arg(index, table, take),
        // Only a change of an indexed column (or of the id) re-indexes the row: re-grading risks and
        // writing a row over with the same text leave the index alone.
        QStringLiteral("CREATE TRIGGER %1_update AFTER UPDATE ON %2 WHEN OLD.id IS NOT NEW.id OR %3 "
                       "BEGIN %4 %5 END")
            .arg(index, table, changed.join(QStringLiteral(" OR ")), take, add),
        rebuildOf(t),
    };
}

} // namespace

const std::vector<SearchSchema::Table>& SearchSchema::step9Tables()
{
    // The columns each area's list searched with LIKE before step 9, so a list finds by word
    // what it found before by text.
    static const std::vector<Table> tables = {
        {"risk", {"title", "description", "threat_source"}},
        {"action", {"title", "description"}},
        {"action_note", {"text"}},
        {"incident", {"description", "system_ref"}},
        {"training", {"title", "note"}},
        {"routine", {"title", "note", "document_link"}},
        {"alarm_equipment", {"receiver", "note"}},
        {"person", {"name", "title", "email"}},
        {"org_unit", {"name", "note"}},
        {"site", {"name", "street", "postal_code", "city", "note"}},
        {"threat_assessment", {"subject", "description", "measures"}},
    };
    return tables;
}

QString SearchSchema::indexOf(const char* table)
{
    return QLatin1String(table) + QStringLiteral("_search");
}

void SearchSchema::createStep9(Database& db)
{
    for (const Table& t : step9Tables())
        for (const QString& sql : statementsFor(t))
            Query(db, sql).exec();
}

void SearchSchema::rebuild(Database& db)
{
    for (const Table& t : step9Tables())
        Query(db, rebuildOf(t)).exec();
}

} // namespace sakra
