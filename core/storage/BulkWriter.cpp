#include "BulkWriter.h"

#include "ChangeLog.h"
#include "ChangeSet.h"
#include "Database.h"
#include "Errors.h"

#include <QUuid>
#include <algorithm>

namespace sakra {

// Table and column names in the SQL below come from the compile-time TableSpecs only; every
// value is bound.

namespace {

// About 64 MB of page cache while an import runs (negative: KiB), against SQLite's 2 MB default:
// the indexes of a large register stay in memory between rows.
constexpr int kImportCacheKiB = -65536;

// The most values one statement binds in insertMany: SQLITE_MAX_VARIABLE_NUMBER of SQLite before
// 3.32, the least any build allows.
constexpr std::size_t kMaxBoundValues = 999;

void bindMeta(SqliteStatement& q, const BulkWriter::Meta& meta)
{
    q.bind(meta.uuid).bind(meta.createdAt).bind(meta.updatedAt).bind(meta.updatedBy).bind(meta.rowVersion);
    q.bind(meta.deletedAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(meta.deletedAt));
}

QStringList columnNames(const TableSpec& spec)
{
    QStringList names;
    for (const Column& c : spec.columns)
        names << QLatin1String(c.name);
    return names;
}

} // namespace

BulkWriter::BulkWriter(Database& db) : m_db(db)
{
    if (db.onServer())
        return; // the server's memory is its own
    m_cacheSizeBefore = Query(db, QStringLiteral("PRAGMA cache_size")).scalar().toLongLong();
    Query(db, QStringLiteral("PRAGMA cache_size = %1").arg(kImportCacheKiB)).exec();
}

BulkWriter::~BulkWriter()
{
    try {
        m_statements.clear();
        m_loads.clear();
        m_history.reset();
        if (!m_db.onServer())
            Query(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSizeBefore)).exec();
    } catch (const Error&) {
        // The cache size is only a matter of speed; a destructor must not throw.
    }
}

BulkWriter::Meta BulkWriter::filled(const QString& uuid) const
{
    const QString now = m_db.now();
    return {uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uuid,
            now,
            now,
            m_db.actor(),
            1,
            QString()};
}

SqliteStatement& BulkWriter::statement(const QString& key, const std::function<QString()>& sql)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end())
        it = m_statements.insert(key, std::make_shared<SqliteStatement>(m_db, sql()));
    return **it;
}

QString BulkWriter::keyOf(char kind, const TableSpec& spec)
{
    return QString(QLatin1Char(kind)) + QLatin1Char(':') + QLatin1String(spec.table);
}

void BulkWriter::touched(const TableSpec& spec)
{
    if (m_touched.contains(QLatin1String(spec.table)))
        return;
    m_touched.insert(QLatin1String(spec.table), true);
    m_db.pendingChanges().addTable(spec);
}

QStringList BulkWriter::insertColumns(const TableSpec& spec)
{
    return QStringList{QStringLiteral("uuid"),        QStringLiteral("created_at"),
                       QStringLiteral("updated_at"),  QStringLiteral("updated_by"),
                       QStringLiteral("row_version"), QStringLiteral("deleted_at")} +
           columnNames(spec);
}

qint64 BulkWriter::insert(const TableSpec& spec, const Meta& meta, const QVariantList& values)
{
    touched(spec);
    SqliteStatement& q = statement(keyOf('i', spec), [&] {
        const QStringList columns = insertColumns(spec);
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(QLatin1String(spec.table), columns.join(QLatin1Char(',')),
                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    });
    bindMeta(q, meta);
    for (const QVariant& v : values)
        q.bind(v);
    q.exec();
    return q.lastInsertId();
}

void BulkWriter::insertMany(const TableSpec& spec, const std::vector<std::pair<Meta, QVariantList>>& rows)
{
    touched(spec);
    const QStringList columns = insertColumns(spec);
    // Within the 999 values a statement may take in any SQLite build.
    const std::size_t perStatement = std::max<std::size_t>(1, kMaxBoundValues / std::size_t(columns.size()));
    for (std::size_t first = 0; first < rows.size(); first += perStatement) {
        const std::size_t count = std::min(perStatement, rows.size() - first);
        SqliteStatement& q = statement(keyOf('m', spec) + QString::number(count), [&] {
            const QString row = QLatin1Char('(') +
                                QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                                QLatin1Char(')');
            return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                .arg(QLatin1String(spec.table), columns.join(QLatin1Char(',')),
                     QStringList(qsizetype(count), row).join(QLatin1Char(',')));
        });
        for (std::size_t i = first; i < first + count; ++i) {
            bindMeta(q, rows[i].first);
            for (const QVariant& v : rows[i].second)
                q.bind(v);
        }
        q.exec();
    }
}

void BulkWriter::overwrite(const TableSpec& spec, qint64 id, const Meta& meta, const QVariantList& values)
{
    touched(spec);
    SqliteStatement& q = statement(keyOf('o', spec), [&] {
        QStringList sets{QStringLiteral("created_at = ?"), QStringLiteral("updated_at = ?"),
                         QStringLiteral("updated_by = ?"), QStringLiteral("row_version = ?"),
                         QStringLiteral("deleted_at = ?")};
        for (const QString& c : columnNames(spec))
            sets << c + QStringLiteral(" = ?");
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
            .arg(QLatin1String(spec.table), sets.join(QLatin1Char(',')));
    });
    q.bind(meta.createdAt).bind(meta.updatedAt).bind(meta.updatedBy).bind(meta.rowVersion);
    q.bind(meta.deletedAt.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(meta.deletedAt));
    for (const QVariant& v : values)
        q.bind(v);
    q.bind(id).exec();
}

void BulkWriter::update(const TableSpec& spec, qint64 id, const QVariantList& values)
{
    touched(spec);
    SqliteStatement& q = statement(keyOf('u', spec), [&] {
        QStringList sets;
        for (const QString& c : columnNames(spec))
            sets << c + QStringLiteral(" = ?");
        sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?")
             << QStringLiteral("row_version = row_version + 1");
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
            .arg(QLatin1String(spec.table), sets.join(QLatin1Char(',')));
    });
    for (const QVariant& v : values)
        q.bind(v);
    q.bind(m_db.now()).bind(m_db.actor()).bind(id).exec();
}

void BulkWriter::setColumn(const TableSpec& spec, qint64 id, const Column& column, const QVariant& value)
{
    touched(spec);
    SqliteStatement& q = statement(keyOf('s', spec) + QLatin1String(column.name), [&] {
        return QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
            .arg(QLatin1String(spec.table), QLatin1String(column.name));
    });
    q.bind(value).bind(id).exec();
}

std::optional<QVariantList> BulkWriter::load(const TableSpec& spec, qint64 id)
{
    auto it = m_loads.find(QLatin1String(spec.table));
    if (it == m_loads.end())
        it = m_loads.insert(
            QLatin1String(spec.table),
            std::make_shared<Query>(
                m_db, QStringLiteral("SELECT id, uuid, row_version, deleted_at, %1 FROM %2 "
                                     "WHERE id = ?")
                          .arg(columnNames(spec).join(QLatin1Char(',')), QLatin1String(spec.table))));
    Query& q = **it;
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    QVariantList row;
    for (int i = 0; i < 4 + int(spec.columns.size()); ++i)
        row << q.value(i);
    q.raw().finish();
    return row;
}

void BulkWriter::record(const ChangeEntry& entry)
{
    if (m_db.onServer()) {
        ChangeLog(m_db).record(entry); // the database writes the history of what changed
        return;
    }
    if (!m_history)
        m_history = std::make_unique<HashChain::Appender>(m_db);
    ChangeEntry filled = entry;
    if (filled.at.isEmpty())
        filled.at = m_db.now();
    if (filled.actor.isEmpty())
        filled.actor = m_db.actor();
    m_history->append(filled);
}

} // namespace sakra
