#include "SqlDialect.h"

#include "Errors.h"
#include "SearchSchema.h"
#include "Tables.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace sakra::SqlDialect {

// SQLite's NOCASE folds ASCII letters only and compares the rest byte by byte: on the server's
// byte-ordered columns (ServerSchema gives every text column the "C" collation) lower() does
// exactly that.
QString caseless(const QString& sql)
{
    static const QRegularExpression nocase(QStringLiteral(R"(([\w.]+)\s+COLLATE\s+NOCASE\b)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = sql;
    return out.replace(nocase, QStringLiteral("lower(\\1)"));
}

QString searchDocument(const QString& table)
{
    QStringList parts;
    for (const SearchSchema::Table& t : SearchSchema::step9Tables())
        if (table == QLatin1String(t.table))
            for (const char* c : t.columns)
                parts << QStringLiteral("coalesce(%1, '')").arg(QLatin1String(c));
    // Words split at every sign that is not a letter or digit (of any alphabet: ICU's classes), as
    // the file's index splits them; PostgreSQL's own parser would keep a path or address whole.
    return QStringLiteral(
               "to_tsvector('simple', regexp_replace((%1) COLLATE \"und-x-icu\", '[^[:alnum:]]+', ' ', "
               "'g'))")
        .arg(parts.join(QStringLiteral(" || ' ' || ")));
}

QStringList topLevelList(const QString& sql, qsizetype from, qsizetype* end, bool stopAtClause)
{
    static const QRegularExpression stop(QStringLiteral(R"(^\s*(LIMIT|OFFSET|UNION|EXCEPT|INTERSECT|FOR)\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    qsizetype i = from, termStart = from;
    int depth = 0;
    QChar quote;
    QStringList terms;
    for (; i < sql.size(); ++i) {
        const QChar c = sql[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            quote = c;
        else if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth-- == 0)
            break;
        else if (depth == 0 && c == QLatin1Char(',')) {
            terms << sql.mid(termStart, i - termStart);
            termStart = i + 1;
        } else if (stopAtClause && depth == 0 && i > from && sql[i - 1].isSpace() &&
                   stop.match(sql.mid(i, 12)).hasMatch())
            break;
    }
    terms << sql.mid(termStart, i - termStart);
    if (end)
        *end = i;
    return terms;
}

namespace {

bool hasIdColumn(const QString& table)
{
    return Tables::byName(table) != nullptr || table == QLatin1String("change_log");
}

// SQLite puts NULL first in an ascending order and last in a descending one; PostgreSQL the
// other way round. Each term of every ORDER BY gets SQLite's placement spelled out.
QString nullsAsSqlite(const QString& sql)
{
    static const QRegularExpression orderBy(QStringLiteral(R"(\bORDER\s+BY\s)"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression desc(QStringLiteral(R"(\bDESC\s*$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nulls(QStringLiteral(R"(\bNULLS\s+(FIRST|LAST)\s*$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype at = 0;
    auto m = orderBy.match(sql);
    while (m.hasMatch()) {
        const qsizetype start = m.capturedEnd();
        out += sql.mid(at, start - at);
        qsizetype i = start;
        const QStringList terms = topLevelList(sql, start, &i, true);
        QStringList placed;
        for (const QString& term : terms) {
            const QString t = term.trimmed();
            const QString trailing = term.mid(term.lastIndexOf(t) + t.size());
            if (nulls.match(t).hasMatch())
                placed << t + trailing;
            else
                placed << t +
                              (desc.match(t).hasMatch() ? QStringLiteral(" NULLS LAST")
                                                        : QStringLiteral(" NULLS FIRST")) +
                              trailing;
        }
        out += placed.join(QLatin1Char(','));
        at = i;
        m = orderBy.match(sql, i);
    }
    out += sql.mid(at);
    return out;
}

// The full-text index's subquery (TextSearch::matchingIds) as PostgreSQL's text search over the
// same columns; sakra_tsquery turns the bound index expression into a query of word prefixes.
QString textSearch(const QString& sql)
{
    static const QRegularExpression match(
        QStringLiteral(R"(SELECT rowid FROM (\w+)_search WHERE \1_search MATCH \?)"));
    QString out = sql;
    auto m = match.match(out);
    while (m.hasMatch()) {
        const QString table = m.captured(1);
        const QString replacement = QStringLiteral("SELECT id AS rowid FROM %1 WHERE %2 @@ sakra_tsquery(?)")
                                        .arg(table, searchDocument(table));
        out.replace(m.capturedStart(), m.capturedLength(), replacement);
        m = match.match(out, m.capturedStart() + replacement.size());
    }
    return out;
}

QString toPostgres(const QString& sql)
{
    QString out = nullsAsSqlite(caseless(textSearch(sql)));
    // SQLite's LIKE ignores the case of ASCII letters; PostgreSQL's ILIKE of all letters.
    static const QRegularExpression like(QStringLiteral(R"(\bLIKE\b)"));
    out.replace(like, QStringLiteral("ILIKE"));
    // A temporary table is in SQLite's schema temp and PostgreSQL's pg_temp.
    static const QRegularExpression tempSchema(QStringLiteral(R"(\btemp\.)"));
    out.replace(tempSchema, QStringLiteral("pg_temp."));
    static const QRegularExpression groupConcat(QStringLiteral(R"(\bgroup_concat\()"));
    out.replace(groupConcat, QStringLiteral("string_agg("));
    static const QRegularExpression charCall(QStringLiteral(R"(\bchar\((\d+)\))"));
    out.replace(charCall, QStringLiteral("chr(\\1)"));
    static const QRegularExpression zeroPadded(QStringLiteral(R"(\bprintf\('%0(\d+)d', ([\w.]+)\))"));
    out.replace(zeroPadded, QStringLiteral("lpad(CAST(\\2 AS text), \\1, '0')"));
    static const QRegularExpression immediate(QStringLiteral(R"(^\s*BEGIN\s+IMMEDIATE\s*$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    out.replace(immediate, QStringLiteral("BEGIN"));
    static const QRegularExpression insert(
        QStringLiteral(R"(^\s*INSERT\s+INTO\s+(\w+)\s*\([^)]*\)\s*VALUES\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = insert.match(out);
    if (m.hasMatch() && hasIdColumn(m.captured(1)) &&
        !out.contains(QLatin1String("RETURNING"), Qt::CaseInsensitive) &&
        !out.contains(QLatin1String("ON CONFLICT"), Qt::CaseInsensitive))
        out += QStringLiteral(" RETURNING id");
    return out;
}

} // namespace

QString adapt(Engine engine, const QString& sql)
{
    if (engine == Engine::Sqlite)
        return sql;
    static QMutex mutex;
    static QHash<QString, QString> adapted;
    QMutexLocker lock(&mutex);
    auto it = adapted.constFind(sql);
    if (it == adapted.constEnd())
        it = adapted.insert(sql, toPostgres(sql));
    return *it;
}

QString withValues(const QString& sql, const QVariantList& values, const QSqlDriver& driver)
{
    QString out;
    out.reserve(sql.size() + values.size() * 8);
    qsizetype next = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('?')) {
            if (next >= values.size())
                throw StorageError(QStringLiteral("Too few values for: %1").arg(sql));
            const QVariant& v = values.at(next++);
            QSqlField field(QString(), v.metaType());
            field.setValue(v);
            out += driver.formatValue(field);
        } else {
            out += c;
        }
    }
    if (next != values.size())
        throw StorageError(QStringLiteral("Too many values for: %1").arg(sql));
    return out;
}

bool returnsId(Engine engine, const QString& adaptedSql)
{
    return engine == Engine::Postgres && adaptedSql.endsWith(QLatin1String(" RETURNING id"));
}

Failure classify(Engine engine, const QSqlError& error)
{
    if (engine == Engine::Sqlite) {
        // SQLite's primary result code is the low byte of the (possibly extended) code Qt reports.
        switch (error.nativeErrorCode().toInt() & 0xff) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Failure::Busy;
        case 8: return Failure::ReadOnly;  // SQLITE_READONLY
        case 19: return Failure::Conflict; // SQLITE_CONSTRAINT
        default: return Failure::Other;
        }
    }
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("42501"))
        return Failure::Permission; // insufficient_privilege, row-level security included
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Failure::Busy; // serialization failure, deadlock, lock not available
    if (state == QLatin1String("25006"))
        return Failure::ReadOnly;
    if (state == QLatin1String("23505") || state == QLatin1String("23503"))
        return Failure::Conflict;
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
        state == QLatin1String("57P02") || state == QLatin1String("57P03") ||
        error.type() == QSqlError::ConnectionError)
        return Failure::Connection;
    return Failure::Other;
}

QString columnType(Engine engine, const QString& sqliteType)
{
    if (engine == Engine::Sqlite)
        return sqliteType;
    return sqliteType.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0 ? QStringLiteral("bigint")
                                                                                  : QStringLiteral("text");
}

} // namespace sakra::SqlDialect
