#include "ServerImport.h"

#include "ServerPolicies.h"
#include "ServerSchema.h"
#include "ServerTriggers.h"
#include "storage/Database.h"
#include "storage/Errors.h"
#include "storage/Query.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <algorithm>
#include <optional>

namespace sakra::ServerImport {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::ServerImport", text);
}

QLatin1String name(const char* s)
{
    return QLatin1String(s);
}

// The tables beside the entities that a register holds, in the order they are copied.
const char* const kOtherTables[] = {"change_log", "unit_closure", "incident_tally",
                                    "package",    "package_row",  "merge_decision"};

// Values in one INSERT of a copy: a few thousand keeps a statement well under a megabyte.
constexpr int kValuesPerStatement = 4000;

QStringList columnsOf(const Database& db, const QString& table)
{
    QStringList columns;
    const QSqlRecord record = db.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

// Rows whose references lead nowhere, as "table.column: n rows".
QStringList orphans(const Database& file)
{
    QStringList found;
    for (const TableSpec* spec : Tables::all())
        for (const Column& c : spec->columns) {
            if (c.type != ColumnType::Ref)
                continue;
            const qint64 n =
                Query(file, QStringLiteral("SELECT count(*) FROM %1 t WHERE t.%2 IS NOT NULL AND NOT "
                                           "EXISTS (SELECT 1 FROM %3 r WHERE r.id = t.%2)")
                                .arg(name(spec->table), name(c.name), name(c.refTable)))
                    .scalar()
                    .toLongLong();
            if (n > 0)
                found << QStringLiteral("%1.%2: %3").arg(name(spec->table), name(c.name)).arg(n);
        }
    return found;
}

} // namespace

qint64 copyTable(const Database& from, Database& to, const QString& table)
{
    const QStringList target = columnsOf(to, table);
    QStringList columns;
    for (const QString& c : columnsOf(from, table))
        if (target.contains(c))
            columns << c;
    Query read(from, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), table));
    read.exec();
    // Many rows to a statement: a city's register holds millions, and each statement is a round
    // trip to the server.
    const QString one =
        QStringLiteral("(%1)").arg(QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    const QString head =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')));
    const auto statement = [&](int count) {
        return Query(to, head + QStringList(count, one).join(QLatin1Char(',')) +
                             QStringLiteral(" ON CONFLICT DO NOTHING"));
    };
    const int perStatement = std::max(1, int(kValuesPerStatement / columns.size()));
    std::optional<Query> full;
    QVariantList values;
    int pending = 0;
    qint64 rows = 0;
    const auto flush = [&] {
        if (pending == 0)
            return;
        std::optional<Query> last; // the rows left over at the end
        if (pending < perStatement)
            last.emplace(statement(pending));
        else if (!full)
            full.emplace(statement(perStatement));
        Query& write = last ? *last : *full;
        for (const QVariant& v : std::as_const(values))
            write.bind(v);
        write.exec();
        values.clear();
        pending = 0;
    };
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            values << read.value(i);
        ++rows;
        if (++pending == perStatement)
            flush();
    }
    flush();
    if (target.contains(QLatin1String("id")) && to.onServer())
        Query(to, QStringLiteral(
                      "SELECT setval(pg_get_serial_sequence('%1', 'id'), greatest(coalesce(max(id), 0), 1)) "
                      "FROM %1")
                      .arg(table))
            .exec();
    return rows;
}

Result run(const Database& file, Database& server, const std::function<void(int)>& progress)
{
    const qint64 work =
        Query(server, QStringLiteral("SELECT (SELECT count(*) FROM org_unit) + (SELECT count(*) "
                                     "FROM change_log)"))
            .scalar()
            .toLongLong();
    if (work > 0)
        throw ValidationError(
            QString(), tr("Det gemensamma registret %1 har redan innehåll; bara ett tomt register kan ta "
                          "emot ett helt register från en fil.")
                           .arg(server.path()));
    const QStringList broken = orphans(file);
    if (!broken.isEmpty())
        throw ValidationError(
            QString(), tr("Filen har poster som hänvisar till poster som inte finns; inget har förts över. "
                          "Kör sakra-cli check på filen. %1")
                           .arg(broken.join(QStringLiteral("; "))));

    const ServerSchema::Roles roles = ServerSchema::roles(server);
    Result result;
    Transaction tx(server);
    Query(server, QStringLiteral("SET LOCAL ROLE %1").arg(ServerPolicies::ident(roles.owner))).exec();
    QStringList tables;
    for (const TableSpec* spec : Tables::all())
        tables << name(spec->table);
    for (const char* t : kOtherTables)
        tables << name(t);
    // The file's rows as they are: its history already tells who did what, and its closure and
    // tallies are the ones the triggers would make.
    for (const QString& t : tables)
        Query(server, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(t)).exec();
    // The catalogues every register starts with come from the file, edits and all.
    for (const TableSpec* spec : Tables::all())
        if (Tables::isSeeded(*spec))
            Query(server, QStringLiteral("DELETE FROM %1").arg(name(spec->table))).exec();
    int done = 0;
    for (const QString& t : tables) {
        const qint64 n = copyTable(file, server, t);
        if (t == QLatin1String("change_log"))
            result.historyEntries = n;
        else
            result.rows += n;
        if (progress)
            progress(int(++done * 100 / (tables.size() + 1)));
    }
    // Each history entry read as its row is.
    for (const TableSpec* spec : Tables::all()) {
        const QString unit = ServerTriggers::unitOf(*spec, QStringLiteral("r"));
        Query(server,
              QStringLiteral("UPDATE change_log c SET scope_unit_id = %1, restricted = %2 FROM %3 r WHERE "
                             "c.entity = '%3' AND c.entity_uuid = r.uuid")
                  .arg(unit.isEmpty() ? QStringLiteral("NULL") : unit,
                       spec->restricted ? QStringLiteral("true") : QStringLiteral("false"),
                       name(spec->table)))
            .exec();
    }
    Query(server, QStringLiteral("DELETE FROM register_info")).exec();
    copyTable(file, server, QStringLiteral("register_info"));
    Query(server,
          QStringLiteral("UPDATE server_info SET value = (SELECT value FROM register_info WHERE key = "
                         "'register_id') WHERE key = 'register_id'"))
        .exec();
    // Every reference checked now, before the triggers return.
    Query(server, QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE")).exec();
    for (const QString& t : tables)
        Query(server, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(t)).exec();
    Query(server, QStringLiteral("RESET ROLE")).exec();
    tx.commit();
    Query(server, QStringLiteral("ANALYZE")).exec();
    if (progress)
        progress(100);
    return result;
}

} // namespace sakra::ServerImport
