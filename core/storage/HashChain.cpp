#include "HashChain.h"

#include "Database.h"
#include "Query.h"
#include "Sha256.h"
#include "SqliteStatement.h"
#include "Tables.h"

#include <QDateTime>

namespace sakra {

namespace {

bool isSqlNull(const QVariant& v)
{
    // A null QString binds as SQL NULL, though Qt 6's QVariant does not call it null.
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isNull());
}

// Length-prefixed, so no choice of field contents can make two different rows hash alike.
void addText(QByteArray& hashed, const QString& value)
{
    const QByteArray bytes = value.toUtf8();
    hashed += 'S';
    hashed += QByteArray::number(bytes.size());
    hashed += ':';
    hashed += bytes;
}

// A null string as SQL NULL.
void addField(QByteArray& hashed, const QString& value)
{
    if (value.isNull())
        hashed += "N;";
    else
        addText(hashed, value);
}

void addField(QByteArray& hashed, const QVariant& value)
{
    if (isSqlNull(value))
        hashed += "N;";
    else
        addText(hashed, value.toString());
}

ChangeEntry entryFrom(Query& q, int first)
{
    return {q.value(first).toString(),
            q.value(first + 1).toString(),
            q.value(first + 2).toString(),
            q.value(first + 3).toString(),
            q.value(first + 4).toString(),
            q.value(first + 5).toString(),
            q.value(first + 6),
            q.value(first + 7)};
}

const char* const kSelectAll =
    "SELECT id, at, actor, entity, entity_uuid, action, field, old_value, new_value, hash "
    "FROM change_log ORDER BY id";

} // namespace

QVariant HashChain::storedText(const QVariant& value)
{
    if (isSqlNull(value))
        return QVariant();
    switch (value.typeId()) {
    case QMetaType::Bool: return QString(value.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
    case QMetaType::Double:
    case QMetaType::Float: return QString::number(value.toDouble(), 'g', 15);
    default: return value.toString();
    }
}

QString HashChain::hashOf(const QString& previousHash, qint64 id, const ChangeEntry& e)
{
    // What is hashed, in one piece: the fields in order, each as "N;" or "S<bytes>:<UTF-8>".
    QByteArray hashed;
    hashed.reserve(256 + e.newValue.toString().size() * 2);
    addField(hashed, previousHash);
    addField(hashed, QString::number(id));
    for (const QString* field : {&e.at, &e.actor, &e.entity, &e.entityUuid, &e.action, &e.field})
        addField(hashed, field->isNull() ? QStringLiteral("") : *field);
    addField(hashed, storedText(e.oldValue));
    addField(hashed, storedText(e.newValue));
    return QString::fromLatin1(Sha256::hexOf(hashed));
}

HashChain::Link HashChain::last(const Database& db)
{
    Query q(db, QStringLiteral("SELECT id, hash FROM change_log ORDER BY id DESC LIMIT 1"));
    q.exec();
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

namespace {

const char* const kInsert =
    "INSERT INTO change_log (id, at, actor, entity, entity_uuid, action, field, old_value, "
    "new_value, hash) VALUES (?,?,?,?,?,?,?,?,?,?)";

template <typename Statement>
HashChain::Link appendWith(Statement& insert, const HashChain::Link& last, const ChangeEntry& e)
{
    const HashChain::Link next{last.id + 1, HashChain::hashOf(last.hash, last.id + 1, e)};
    insert.bind(next.id)
        .bind(e.at)
        .bind(e.actor)
        .bind(e.entity)
        .bind(e.entityUuid)
        .bind(e.action)
        .bind(e.field.isNull() ? QStringLiteral("") : e.field) // empty, not NULL
        .bind(HashChain::storedText(e.oldValue))
        .bind(HashChain::storedText(e.newValue))
        .bind(next.hash)
        .exec();
    return next;
}

} // namespace

HashChain::Link HashChain::append(const Database& db, const Link& last, const ChangeEntry& e)
{
    Query insert(db, QString::fromLatin1(kInsert));
    return appendWith(insert, last, e);
}

// Thousands of entries in a row: the insert through the connection's SQLite handle.
struct HashChain::Appender::Statement
{
    SqliteStatement insert;
};

HashChain::Appender::Appender(const Database& db)
    : m_statement(new Statement{{db, QString::fromLatin1(kInsert)}}), m_last(HashChain::last(db))
{
}

HashChain::Appender::~Appender() = default;

void HashChain::Appender::append(const ChangeEntry& entry)
{
    m_last = appendWith(m_statement->insert, m_last, entry);
}

void HashChain::rebuild(const Database& db)
{
    Query rows(db, QString::fromLatin1(kSelectAll));
    rows.exec();
    Query update(db, QStringLiteral("UPDATE change_log SET hash = ? WHERE id = ?"));
    QString previous;
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        previous = hashOf(previous, id, entryFrom(rows, 1));
        update.bind(previous).bind(id).exec();
    }
}

HashChain::Link HashChain::resealFrom(const Database& db, qint64 fromId)
{
    Query before(db, QStringLiteral("SELECT id, hash FROM change_log WHERE id < ? ORDER BY id DESC LIMIT 1"));
    before.bind(fromId).exec();
    Link link;
    if (before.next())
        link = {before.value(0).toLongLong(), before.value(1).toString()};
    Query rows(
        db, QStringLiteral("SELECT id, at, actor, entity, entity_uuid, action, field, old_value, new_value, "
                           "hash FROM change_log WHERE id >= ? ORDER BY id"));
    rows.bind(fromId).exec();
    Query update(db, QStringLiteral("UPDATE change_log SET hash = ? WHERE id = ?"));
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        link = {id, hashOf(link.hash, id, entryFrom(rows, 1))};
        if (link.hash != rows.value(9).toString())
            update.bind(link.hash).bind(id).exec();
    }
    return link;
}

HashChain::Verification HashChain::verify(const Database& db, const std::function<bool()>& cancelled)
{
    Verification result;
    Query rows(db, QString::fromLatin1(kSelectAll));
    rows.exec();
    QString previous;
    while (rows.next()) {
        if (cancelled && result.entries % 4096 == 0 && cancelled())
            break;
        ++result.entries;
        const qint64 id = rows.value(0).toLongLong();
        const ChangeEntry entry = entryFrom(rows, 1);
        const QString expected = hashOf(previous, id, entry);
        const QString stored = rows.value(9).toString();
        if (result.intact() && stored != expected) {
            result.firstBrokenId = id;
            // When and about what, as people read it: local time and the kind of row.
            const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODateWithMs);
            const TableSpec* spec = Tables::byName(entry.entity);
            result.firstBrokenAt = QStringLiteral("%1, %2").arg(
                at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : entry.at,
                spec ? spec->translatedLabel().toLower() : entry.entity);
        }
        // Go on from the stored hash, so one edited row is named alone and the count stays whole.
        previous = stored;
    }
    return result;
}

HashChain::Verification HashChain::verifyFile(const QString& path, const std::function<bool()>& cancelled)
{
    Database db;
    db.openReadOnly(path);
    return verify(db, cancelled);
}

} // namespace sakra
