#pragma once

#include <QString>
#include <QVariant>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace sakra {

class Database;
class Query;

// A prepared statement on the connection's own SQLite handle, for the statements the bulk paths
// run tens of thousands of times (BulkWriter, the hash chain's Appender). Values are bound and
// stored exactly as Qt's SQLite driver binds them (text as UTF-16, a null string as NULL, bool as
// an integer, ...) and errors are thrown as Query throws them, with the same messages, but
// without QSqlQuery's bookkeeping for every value and every run. The lists read their pages
// through it too (next() and value()): Qt's driver copies every column of every row into a
// QVariant as UTF-16 before anyone asks, which cost more than SQLite's own work on a page. On a
// shared register (a server connection) it is an ordinary Query.
class SqliteStatement
{
public:
    SqliteStatement(const Database& db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // The next parameter's value.
    SqliteStatement& bind(const QVariant& value);
    // Runs the statement with the values bound since the last run, then forgets them.
    SqliteStatement& exec();
    // The next row of a statement that returns rows (run with the values bound on the first call);
    // false after the last, when the statement is ready to run again.
    bool next();
    // Column i of the current row, as Qt's SQLite driver gives it: an integer as qlonglong, text
    // as QString, a real as double, a blob as QByteArray, NULL as a null QString.
    QVariant value(int i) const;
    // The rowid of the last row inserted through the connection.
    qint64 lastInsertId() const;

private:
    QString errorMessage() const;
    // Throws as Query does for the QSqlError Qt's driver would give (type: QSqlError::ErrorType).
    [[noreturn]] void fail(int code, const QString& message, const char* driverText, int type) const;
    // Ready for the next run: reset, no values bound.
    void finish();
    // Binds the values bound since the last run; throws as Query does.
    void bindValues();
    // Throws for a step that returned rc (neither a row nor done).
    [[noreturn]] void failStep(int rc);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_sql;
    std::vector<QVariant> m_values; // kept until the run: text and blobs are bound without a copy
    std::unique_ptr<Query> m_server;
    bool m_reading = false; // next() has run the statement and rows remain
};

} // namespace sakra
