#include "RecordStore.h"

#include "ChangeLog.h"
#include "Database.h"
#include "Errors.h"
#include "PackageStore.h"
#include "Query.h"
#include "Tables.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace sakra {

// Table and column names in the SQL below come from the compile-time TableSpecs only; every
// value is bound.

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::RecordStore", text);
}
QLatin1String name(const char* s)
{
    return QLatin1String(s);
}
} // namespace

RecordStore::RecordStore(Database& db, const TableSpec& spec) : m_db(db), m_spec(spec) {}

QVariant RecordStore::normalise(const Column& column, const QVariant& value)
{
    switch (column.type) {
    case ColumnType::Ref: {
        const qint64 id = value.toLongLong();
        return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
    }
    case ColumnType::Integer:
        if (value.isNull() && !column.required)
            return QVariant(QMetaType(QMetaType::LongLong));
        return QVariant(value.toLongLong());
    case ColumnType::Text:
        if ((value.isNull() || value.toString().isEmpty()) && !column.required)
            return QVariant(QMetaType(QMetaType::QString));
        // A null QString binds as SQL NULL; a required text column wants '' instead.
        return QVariant(value.toString().isNull() ? QStringLiteral("") : value.toString());
    }
    return value;
}

QVariant RecordStore::historyValue(const Column& column, const QVariant& value) const
{
    if (value.isNull())
        return QVariant(QMetaType(QMetaType::QString));
    if (column.type == ColumnType::Ref) {
        const TableSpec* ref = Tables::byName(name(column.refTable));
        return ref ? QVariant(RecordStore(m_db, *ref).uuidForId(value.toLongLong())) : value;
    }
    return QVariant(value.toString());
}

void RecordStore::refuseReferenceRow(const QString& uuid) const
{
    // A package for a site without network holds rows of the central register only so that its
    // own rows can refer to them; they are changed centrally.
    if (PackageStore(m_db).isReferenceRow(m_spec, uuid))
        throw ValidationError(QString(),
                              tr("Posten (%1) hör till det centrala registret och kan inte ändras i "
                                 "en utlämnad del.")
                                  .arg(m_spec.translatedLabel().toLower()));
}

void RecordStore::refuseUnknownColumns(const QVariantMap& values) const
{
    // A misspelled key would otherwise lose its value without a word.
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!m_spec.column(it.key()))
            throw StorageError(QStringLiteral("%1 has no column %2").arg(name(m_spec.table), it.key()));
}

qint64 RecordStore::insert(const QVariantMap& values, const QString& givenUuid)
{
    refuseUnknownColumns(values);
    const QString uuid = givenUuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : givenUuid;
    const QString now = m_db.now();
    QStringList columns{QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                        QStringLiteral("updated_by")};
    QVariantList bound{uuid, now, now, m_db.actor()};
    QJsonObject firstValues;
    for (const Column& c : m_spec.columns) {
        const QVariant v = normalise(c, values.value(name(c.name)));
        columns << name(c.name);
        bound << v;
        if (!v.isNull())
            firstValues.insert(name(c.name), QJsonValue::fromVariant(historyValue(c, v)));
    }
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(name(m_spec.table), columns.join(QLatin1Char(',')),
                                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')));
    Query q(m_db, sql);
    for (const QVariant& v : bound)
        q.bind(v);
    q.exec();
    const qint64 id = q.lastInsertId();

    ChangeLog(m_db).record({now,
                            m_db.actor(),
                            name(m_spec.table),
                            uuid,
                            QStringLiteral("create"),
                            QString(),
                            {},
                            QString::fromUtf8(QJsonDocument(firstValues).toJson(QJsonDocument::Compact))});
    m_db.pendingChanges().addRow(m_spec, id, uuid, ChangeSet::Kind::Created);
    return id;
}

QString RecordStore::selectList(const QString& alias) const
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList columns{prefix + QStringLiteral("id"), prefix + QStringLiteral("uuid"),
                        prefix + QStringLiteral("row_version"), prefix + QStringLiteral("deleted_at")};
    for (const Column& c : m_spec.columns)
        columns << prefix + name(c.name);
    return columns.join(QLatin1Char(','));
}

QVariantMap RecordStore::rowAt(const Query& q) const
{
    QVariantMap row{{QStringLiteral("id"), q.value(0)},
                    {QStringLiteral("uuid"), q.value(1)},
                    {QStringLiteral("row_version"), q.value(2)},
                    {QStringLiteral("deleted_at"), q.value(3)}};
    int i = 4;
    for (const Column& c : m_spec.columns)
        row.insert(name(c.name), q.value(i++));
    return row;
}

std::optional<QVariantMap> RecordStore::load(qint64 id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(selectList(), name(m_spec.table)));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return rowAt(q);
}

QString RecordStore::displayText(const Column& column, const QVariant& value) const
{
    if (value.isNull())
        return QString();
    if (column.type == ColumnType::Ref) {
        // People know a referred row by its name, not its number.
        if (const TableSpec* ref = Tables::byName(name(column.refTable))) {
            const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                    .arg(name(ref->displayColumn), name(ref->table));
            const QVariant shown = Query(m_db, sql).bind(value).scalar();
            if (shown.isValid())
                return shown.toString();
        }
    }
    return value.toString();
}

QList<ConflictError::Difference> RecordStore::differences(const QVariantMap& stored,
                                                          const QVariantMap& wanted) const
{
    QList<ConflictError::Difference> out;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const Column* c = m_spec.column(it.key());
        if (!c)
            continue;
        const QVariant now = normalise(*c, stored.value(it.key()));
        const QVariant yours = normalise(*c, it.value());
        if (now == yours && now.isNull() == yours.isNull())
            continue;
        out.append({TableSpec::translatedFieldLabel(*c), displayText(*c, now), displayText(*c, yours)});
    }
    return out;
}

int RecordStore::update(qint64 id, const QVariantMap& changes, std::optional<int> expectedVersion)
{
    refuseUnknownColumns(changes);
    const auto current = load(id);
    if (!current || !current->value(QStringLiteral("deleted_at")).isNull())
        throw ConflictError(
            tr("Posten (%1) har tagits bort under tiden.").arg(m_spec.translatedLabel().toLower()));
    const int version = current->value(QStringLiteral("row_version")).toInt();
    if (expectedVersion && *expectedVersion != version)
        throw ConflictError(tr("Posten (%1) har ändrats någon annanstans sedan du öppnade den; läs in den på "
                               "nytt och försök igen.")
                                .arg(m_spec.translatedLabel().toLower()),
                            differences(*current, changes));

    QStringList assignments;
    QVariantList bound;
    std::vector<ChangeEntry> entries;
    const QString now = m_db.now();
    const QString uuid = current->value(QStringLiteral("uuid")).toString();
    refuseReferenceRow(uuid);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const Column* c = m_spec.column(it.key());
        const QVariant before = normalise(*c, current->value(it.key()));
        const QVariant after = normalise(*c, it.value());
        if (before == after && before.isNull() == after.isNull())
            continue;
        assignments << QStringLiteral("%1 = ?").arg(name(c->name));
        bound << after;
        entries.push_back({now, m_db.actor(), name(m_spec.table), uuid, QStringLiteral("update"),
                           name(c->name), historyValue(*c, before), historyValue(*c, after)});
    }
    if (assignments.isEmpty())
        return version;

    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?")
                << QStringLiteral("row_version = row_version + 1");
    const QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND row_version = ?")
                            .arg(name(m_spec.table), assignments.join(QStringLiteral(", ")));
    Query q(m_db, sql);
    for (const QVariant& v : bound)
        q.bind(v);
    q.bind(now).bind(m_db.actor()).bind(id).bind(version).exec();
    if (q.rowsAffected() != 1)
        throw ConflictError(
            tr("Posten (%1) har ändrats någon annanstans; läs in den på nytt och försök igen.")
                .arg(m_spec.translatedLabel().toLower()));
    ChangeLog log(m_db);
    for (const ChangeEntry& e : entries)
        log.record(e);
    m_db.pendingChanges().addRow(m_spec, id, uuid, ChangeSet::Kind::Updated);
    return version + 1;
}

void RecordStore::setDeleted(qint64 id, bool deleted)
{
    const auto current = load(id);
    if (!current)
        throw ConflictError(tr("Posten (%1) finns inte.").arg(m_spec.translatedLabel().toLower()));
    if (current->value(QStringLiteral("deleted_at")).isNull() != deleted)
        return; // already in the wanted state
    refuseReferenceRow(current->value(QStringLiteral("uuid")).toString());
    const QString now = m_db.now();
    const QString sql = QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ?, updated_by = ?, "
                                       "row_version = row_version + 1 WHERE id = ?")
                            .arg(name(m_spec.table));
    Query(m_db, sql)
        .bind(deleted ? QVariant(now) : QVariant(QMetaType(QMetaType::QString)))
        .bind(now)
        .bind(m_db.actor())
        .bind(id)
        .exec();
    ChangeLog(m_db).record({now,
                            m_db.actor(),
                            name(m_spec.table),
                            current->value(QStringLiteral("uuid")).toString(),
                            deleted ? QStringLiteral("delete") : QStringLiteral("restore"),
                            QString(),
                            {},
                            {}});
    m_db.pendingChanges().addRow(m_spec, id, current->value(QStringLiteral("uuid")).toString(),
                                 deleted ? ChangeSet::Kind::Removed : ChangeSet::Kind::Restored);
}

void RecordStore::remove(qint64 id)
{
    setDeleted(id, true);
}

void RecordStore::restore(qint64 id)
{
    setDeleted(id, false);
}

bool RecordStore::isLive(qint64 id) const
{
    if (id <= 0)
        return false;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(name(m_spec.table));
    return Query::cached(m_db, sql).bind(id).scalar().toInt() > 0;
}

qint64 RecordStore::idForUuid(const QString& uuid) const
{
    const QString sql = QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(name(m_spec.table));
    return Query::cached(m_db, sql).bind(uuid).scalar().toLongLong();
}

QString RecordStore::uuidForId(qint64 id) const
{
    const QString sql = QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(name(m_spec.table));
    return Query::cached(m_db, sql).bind(id).scalar().toString();
}

} // namespace sakra
