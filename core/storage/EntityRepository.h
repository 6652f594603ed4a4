#pragma once

#include "Database.h"
#include "Errors.h"
#include "ListFilter.h"
#include "LiveRows.h"
#include "Query.h"
#include "RecordStore.h"
#include "SqliteStatement.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>
#include <span>
#include <vector>

namespace sakra {

// The writes every entity shares: create, update, remove (tombstone) and restore, each in its own
// transaction with validation first and the change history written by the RecordStore.
//
// T provides: static const TableSpec& spec(); static T fromValues(const QVariantMap&);
// QVariantMap toValues() const; and the members id and rowVersion (StoredEntity in Fields.h gives
// all but the members).
template <typename T> class EntityRepository
{
public:
    explicit EntityRepository(Database& db) : m_db(db), m_store(db, T::spec()) {}
    virtual ~EntityRepository() = default;

    std::optional<T> find(qint64 id) const
    {
        const auto values = m_store.load(id);
        if (!values || !values->value(QStringLiteral("deleted_at")).isNull())
            return std::nullopt;
        return T::fromValues(*values);
    }

    T get(qint64 id) const
    {
        if (auto item = find(id))
            return *item;
        throw ValidationError(QStringLiteral("id"), QCoreApplication::translate("sakra::EntityRepository",
                                                                                "Posten (%1) finns inte.")
                                                        .arg(T::spec().translatedLabel().toLower()));
    }

    // Returns the new row's id.
    qint64 create(const T& item)
    {
        Transaction tx(m_db);
        T complete = item;
        completeDerived(complete);
        validate(complete);
        const qint64 id = m_store.insert(complete.toValues());
        tx.commit();
        return id;
    }

    // Writes item over the stored row; item.rowVersion must be the version it was read at.
    // Returns the new row version.
    int update(const T& item)
    {
        Transaction tx(m_db);
        T complete = item;
        completeDerived(complete);
        validate(complete);
        const int version = m_store.update(complete.id, complete.toValues(), complete.rowVersion);
        tx.commit();
        return version;
    }

    void remove(qint64 id)
    {
        Transaction tx(m_db);
        checkRemovable(id);
        m_store.remove(id);
        removeDependants(id); // after the row, so their tombstones are no older than its own
        tx.commit();
    }

    void restore(qint64 id)
    {
        Transaction tx(m_db);
        const auto stored = m_store.load(id);
        const QString removedAt = stored ? stored->value(QStringLiteral("deleted_at")).toString() : QString();
        m_store.restore(id);
        if (!removedAt.isEmpty())
            restoreDependants(id, removedAt);
        if (auto item = find(id))
            validate(*item); // e.g. a restored unit whose parent has gone meanwhile
        tx.commit();
    }

    // The item as create() or update() would write it: derived fields filled in, then validated
    // (ValidationError naming the field). Nothing is written; imports check every row so. live,
    // when given, says which rows are live instead of the database (an import's own index).
    T checked(const T& item, LiveRows* live = nullptr) const
    {
        m_live = live;
        try {
            T complete = item;
            completeDerived(complete);
            validate(complete);
            m_live = nullptr;
            return complete;
        } catch (...) {
            m_live = nullptr;
            throw;
        }
    }

    QString uuidOf(qint64 id) const { return m_store.uuidForId(id); }
    // Live (not removed) rows of the table.
    qint64 count() const { return liveRowsWhere(T::spec().table, nullptr, 0); }
    Database& database() const { return m_db; }

protected:
    // Works out the fields that follow from the others (levels, due dates) before validation.
    virtual void completeDerived(T& item) const { Q_UNUSED(item) }
    // Throws ValidationError naming the field and what is wrong with it.
    virtual void validate(const T& item) const = 0;
    // Throws ValidationError when something still depends on the row.
    virtual void checkRemovable(qint64 id) const { Q_UNUSED(id) }
    // Rows that belong to this one and go with it (an action's notes), each tombstoned with history.
    virtual void removeDependants(qint64 id) { Q_UNUSED(id) }
    // Brings back the dependants that were removed with the row (at or after removedAt).
    virtual void restoreDependants(qint64 id, const QString& removedAt)
    {
        Q_UNUSED(id)
        Q_UNUSED(removedAt)
    }

    // The checks validate() makes again and again; each throws ValidationError naming column with
    // message when the value fails it.
    // Text that is not empty once trimmed.
    static void requireText(const char* column, const QString& text, const QString& message)
    {
        if (text.trimmed().isEmpty())
            throw ValidationError(QLatin1String(column), message);
    }
    // Text of at most max characters once trimmed.
    static void requireAtMost(const char* column, const QString& text, qsizetype max, const QString& message)
    {
        if (text.trimmed().size() > max)
            throw ValidationError(QLatin1String(column), message);
    }
    // A date that is given (valid).
    static void requireDate(const char* column, const QDate& date, const QString& message)
    {
        if (!date.isValid())
            throw ValidationError(QLatin1String(column), message);
    }
    // A date, when given, on or before latest (today, for a day that cannot lie in the future).
    static void requireNotAfter(const char* column, const QDate& date, const QDate& latest,
                                const QString& message)
    {
        if (date.isValid() && date > latest)
            throw ValidationError(QLatin1String(column), message);
    }
    // A date, when given, on or after earliest, when that is given too.
    static void requireNotBefore(const char* column, const QDate& date, const QDate& earliest,
                                 const QString& message)
    {
        if (date.isValid() && earliest.isValid() && date < earliest)
            throw ValidationError(QLatin1String(column), message);
    }
    // The id of a live row of table.
    void requireLive(const char* column, const TableSpec& table, qint64 id, const QString& message) const
    {
        if (!(m_live ? m_live->isLive(table, id) : RecordStore(m_db, table).isLive(id)))
            throw ValidationError(QLatin1String(column), message);
    }
    // No row (0), or the id of a live row of table.
    void requireLiveOrNone(const char* column, const TableSpec& table, qint64 id,
                           const QString& message) const
    {
        if (id != 0)
            requireLive(column, table, id, message);
    }

    // Refuses a removal while live rows of table refer to the row through column; message(n) says
    // how many (tr(text, nullptr, n)).
    template <typename Message>
    void requireUnused(const char* table, const char* column, qint64 id, Message message) const
    {
        const int n = int(liveRowsWhere(table, column, id));
        if (n > 0)
            throw ValidationError(QStringLiteral("id"), message(n));
    }

    // Rows of another table that refer to this one: the table, its referring column and what to say
    // when there are n of them (with %n), marked with QT_TRANSLATE_NOOP in the caller's context.
    struct Dependant
    {
        const char* table;
        const char* column;
        const char* message;
    };
    // requireUnused for each dependant in turn, its message translated in context.
    void requireNoDependants(qint64 id, const char* context, std::span<const Dependant> dependants) const
    {
        for (const Dependant& d : dependants)
            requireUnused(d.table, d.column, id,
                          [&](int n) { return QCoreApplication::translate(context, d.message, nullptr, n); });
    }

    // For lists read in one statement: "SELECT %1 FROM table ..." with wholeRows() for %1 (more
    // columns may follow), then readAll() on the executed query.
    QString wholeRows(const QString& alias = QString()) const { return m_store.selectList(alias); }
    template <typename Source> T entityAt(const Source& q) const { return T::fromColumns(q); }
    template <typename Source> std::vector<T> readAll(Source& q) const
    {
        std::vector<T> out;
        while (q.next())
            out.push_back(entityAt(q));
        return out;
    }
    // The rows of an executed query that selected wholeRows() and then more columns: make(entity,
    // query, more) builds each from the entity and the query's columns from index more on.
    template <typename Row, typename Source, typename Make>
    std::vector<Row> readAllWith(Source& q, Make make) const
    {
        const int more = 4 + int(T::spec().columns.size()); // id, uuid, row_version, deleted_at, columns
        std::vector<Row> out;
        while (q.next())
            out.push_back(make(entityAt(q), q, more));
        return out;
    }

    // The live rows the filter (built without an alias) lets through, in order (SQL, "col DESC, id").
    std::vector<T> rowsWhere(const ListFilter& filter, const char* order = nullptr) const
    {
        QString sql = QStringLiteral("SELECT ") + wholeRows() + QStringLiteral(" FROM ") +
                      QLatin1String(T::spec().table) + filter.sql();
        if (order)
            sql += QStringLiteral(" ORDER BY ") + QLatin1String(order);
        Query q(m_db, sql);
        filter.bindTo(q);
        q.exec();
        return readAll(q);
    }

    // One page of a list, read in one statement. select is "SELECT %1, more columns FROM table alias
    // JOIN ..." with wholeRows(alias) for %1; the filter, order and the window follow. Values bound
    // before the filter's (in the more columns) go in leading. make(entity, query, more) builds a
    // list row from the entity and the query's columns from index more on.
    template <typename Row, typename Make>
    std::vector<Row> listPage(const QString& select, const ListFilter& filter, const QString& order,
                              int limit, int offset, Make make, const QVariantList& leading = {}) const
    {
        return readPage<Row>(select + filter.sql() + order + QStringLiteral(" LIMIT ? OFFSET ?"), filter,
                             limit, offset, make, leading);
    }

    // The rows of a page's statement sql, whose placeholders are: the values in leading, the
    // filter's, then the limit and the offset.
    template <typename Row, typename Make>
    std::vector<Row> readPage(const QString& sql, const ListFilter& filter, int limit, int offset, Make make,
                              const QVariantList& leading) const
    {
        SqliteStatement q(m_db, sql);
        for (const QVariant& v : leading)
            q.bind(v);
        for (const QVariant& v : filter.values())
            q.bind(v);
        // No limit: -1 to SQLite, NULL to PostgreSQL.
        q.bind(limit < 0 && m_db.onServer() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(limit))
            .bind(offset);
        return readAllWith<Row>(q, make);
    }

    // How many rows the filter lets through; from is "table alias" (with the joins the filter needs).
    qint64 countWhere(const QString& from, const ListFilter& filter) const
    {
        Query q(m_db, QStringLiteral("SELECT count(*) FROM ") + from + filter.sql());
        filter.bindTo(q);
        return q.scalar().toLongLong();
    }

    // Live rows of table whose column equals value (all live rows when column is null). The names
    // are compile-time constants of the callers; the value is bound.
    qint64 liveRowsWhere(const char* table, const char* column, qint64 value) const
    {
        QString sql =
            QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(QLatin1String(table));
        if (column)
            sql += QStringLiteral(" AND %1 = ?").arg(QLatin1String(column));
        Query q(m_db, sql);
        if (column)
            q.bind(value);
        return q.scalar().toLongLong();
    }

    Database& m_db;
    RecordStore m_store;

private:
    mutable LiveRows* m_live = nullptr; // while checked() runs with one
};

} // namespace sakra
