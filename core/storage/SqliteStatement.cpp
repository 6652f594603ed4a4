#include "SqliteStatement.h"

#include "Database.h"
#include "Errors.h"
#include "Query.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QUuid>
#include <sqlite3.h>

namespace sakra {

namespace {

// What Qt's SQL layer binds as NULL (QSqlResultPrivate::isVariantNull).
bool isNull(const QVariant& v)
{
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QString: return static_cast<const QString*>(v.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray*>(v.constData())->isNull();
    case QMetaType::QDateTime: return !static_cast<const QDateTime*>(v.constData())->isValid();
    case QMetaType::QDate: return !static_cast<const QDate*>(v.constData())->isValid();
    case QMetaType::QTime: return !static_cast<const QTime*>(v.constData())->isValid();
    case QMetaType::QUuid: return static_cast<const QUuid*>(v.constData())->isNull();
    default: return false;
    }
}

int bindText(sqlite3_stmt* statement, int index, const QString& text, void (*lifetime)(void*))
{
    return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(QChar)), lifetime);
}

} // namespace

SqliteStatement::SqliteStatement(const Database& db, const QString& sql) : m_db(db.handle()), m_sql(sql)
{
    if (db.onServer()) {
        m_server = std::make_unique<Query>(db, sql);
        return;
    }
    if (!m_db)
        throw StorageError(QStringLiteral("SQL prepare failed: the register is not open"));
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                                      &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = errorMessage();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        Query::fail(QSqlError(QCoreApplication::translate("QSQLiteResult", "Unable to execute statement"),
                              message, QSqlError::StatementError, QString::number(rc)),
                    QStringLiteral("SQL prepare failed"));
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::errorMessage() const
{
    return QString::fromUtf16(static_cast<const char16_t*>(sqlite3_errmsg16(m_db)));
}

void SqliteStatement::fail(int code, const QString& message, const char* driverText, int type) const
{
    Query::fail(QSqlError(QCoreApplication::translate("QSQLiteResult", driverText), message,
                          QSqlError::ErrorType(type), QString::number(code)),
                QStringLiteral("SQL failed"));
}

SqliteStatement& SqliteStatement::bind(const QVariant& value)
{
    if (m_server) {
        m_server->bind(value);
        return *this;
    }
    m_values.push_back(value);
    return *this;
}

void SqliteStatement::finish()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_values.clear();
}

void SqliteStatement::bindValues()
{
    if (int(m_values.size()) != sqlite3_bind_parameter_count(m_statement)) {
        m_values.clear();
        Query::fail(QSqlError(QCoreApplication::translate("QSQLiteResult", "Parameter count mismatch"),
                              QString(), QSqlError::StatementError),
                    QStringLiteral("SQL failed"));
    }
    // As QSQLiteResult::exec binds them.
    for (int i = 0; i < int(m_values.size()); ++i) {
        const QVariant& v = m_values[std::size_t(i)];
        int rc = SQLITE_OK;
        if (isNull(v)) {
            rc = sqlite3_bind_null(m_statement, i + 1);
        } else {
            switch (v.typeId()) {
            case QMetaType::QByteArray: {
                const auto* bytes = static_cast<const QByteArray*>(v.constData());
                rc = sqlite3_bind_blob(m_statement, i + 1, bytes->constData(), int(bytes->size()),
                                       SQLITE_STATIC);
                break;
            }
            case QMetaType::Int:
            case QMetaType::Bool: rc = sqlite3_bind_int(m_statement, i + 1, v.toInt()); break;
            case QMetaType::Double: rc = sqlite3_bind_double(m_statement, i + 1, v.toDouble()); break;
            case QMetaType::UInt:
            case QMetaType::LongLong: rc = sqlite3_bind_int64(m_statement, i + 1, v.toLongLong()); break;
            case QMetaType::QDateTime:
                rc = bindText(m_statement, i + 1, v.toDateTime().toString(Qt::ISODateWithMs),
                              SQLITE_TRANSIENT);
                break;
            case QMetaType::QTime:
                rc = bindText(m_statement, i + 1, v.toTime().toString(u"hh:mm:ss.zzz"), SQLITE_TRANSIENT);
                break;
            case QMetaType::QString:
                rc = bindText(m_statement, i + 1, *static_cast<const QString*>(v.constData()), SQLITE_STATIC);
                break;
            default: rc = bindText(m_statement, i + 1, v.toString(), SQLITE_TRANSIENT); break;
            }
        }
        if (rc != SQLITE_OK) {
            const QString message = errorMessage();
            finish();
            fail(rc, message, "Unable to bind parameters", QSqlError::StatementError);
        }
    }
}

void SqliteStatement::failStep(int rc)
{
    m_reading = false;
    // As QSQLiteResult reports it: the generic SQLITE_ERROR says what it was only after a reset.
    if (rc == SQLITE_ERROR)
        rc = sqlite3_reset(m_statement);
    const QString message = errorMessage();
    finish();
    fail(rc, message, "Unable to fetch row", QSqlError::ConnectionError);
}

SqliteStatement& SqliteStatement::exec()
{
    if (m_server) {
        m_server->exec();
        return *this;
    }
    if (m_reading) {
        m_reading = false;
        finish();
    }
    bindValues();
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        failStep(rc);
    finish();
    return *this;
}

bool SqliteStatement::next()
{
    if (m_server) {
        if (!m_reading) {
            m_server->exec();
            m_reading = true;
        }
        if (m_server->next())
            return true;
        m_reading = false;
        return false;
    }
    if (!m_reading) {
        bindValues();
        m_reading = true;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        failStep(rc);
    // Done: reset at once, so that the statement holds no read transaction open.
    m_reading = false;
    finish();
    return false;
}

QVariant SqliteStatement::value(int i) const
{
    if (m_server)
        return m_server->value(i);
    switch (sqlite3_column_type(m_statement, i)) {
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(m_statement, i)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_statement, i));
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, i));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, i)));
    }
    case SQLITE_BLOB: {
        const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, i));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, i)));
    }
    default: return QVariant(QMetaType::fromType<QString>());
    }
}

qint64 SqliteStatement::lastInsertId() const
{
    if (m_server)
        return m_server->lastInsertId();
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace sakra
