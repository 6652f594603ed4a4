#include "ChangeLog.h"

#include "Database.h"
#include "HashChain.h"
#include "Query.h"
#include "Tables.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sakra {

void ChangeLog::record(const ChangeEntry& e)
{
    if (m_db.onServer()) {
        // On a server the database writes the history of every row change itself, with the
        // session's user; only what no row change shows (the value a merge did not take) is asked
        // of it, through a function that checks the row is one the user may change.
        if (e.action == QLatin1String("merge"))
            Query(m_db, QStringLiteral("SELECT sakra_note_merge(?, ?, ?, ?, ?)"))
                .bind(e.entity)
                .bind(e.entityUuid)
                .bind(e.field)
                .bind(HashChain::storedText(e.oldValue))
                .bind(HashChain::storedText(e.newValue))
                .exec();
        return;
    }
    ChangeEntry filled = e;
    if (filled.at.isEmpty())
        filled.at = m_db.now();
    if (filled.actor.isEmpty())
        filled.actor = m_db.actor();
    HashChain::append(m_db, HashChain::last(m_db), filled);
}

std::vector<ChangeEntry> ChangeLog::entriesFor(const QString& entityUuid) const
{
    Query q(m_db, QStringLiteral("SELECT at, actor, entity, entity_uuid, action, field, old_value, new_value "
                                 "FROM change_log WHERE entity_uuid = ? ORDER BY id"));
    q.bind(entityUuid).exec();
    std::vector<ChangeEntry> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6),
                       q.value(7)});
    return out;
}

QString ChangeLog::nameOf(const QString& table, const QString& uuid) const
{
    const TableSpec* spec = Tables::byName(table);
    if (!spec || uuid.isEmpty())
        return uuid;
    // Identifiers come from the compile-time table list; the UUID is bound.
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?")
                            .arg(QLatin1String(spec->displayColumn), QLatin1String(spec->table));
    Query q(m_db, sql);
    const QVariant name = q.bind(uuid).scalar();
    return name.isValid() ? name.toString() : uuid;
}

std::vector<DescribedChange> ChangeLog::describe(const TableSpec& spec, const QString& entityUuid,
                                                 const ValueText& valueText) const
{
    const auto readable = [&](const Column& c, const QString& stored) {
        if (c.type == ColumnType::Ref)
            return nameOf(QLatin1String(c.refTable), stored);
        return valueText ? valueText(spec, c, stored) : stored;
    };
    std::vector<DescribedChange> out;
    for (const ChangeEntry& e : entriesFor(entityUuid)) {
        DescribedChange d;
        d.at = e.at;
        d.actor = e.actor;
        d.action = actionLabel(e.action);
        d.oldText = e.oldValue.toString();
        d.newText = e.newValue.toString();
        if (const Column* column = spec.column(e.field)) {
            d.field = TableSpec::translatedFieldLabel(*column);
            if (column->type == ColumnType::Ref) {
                d.oldUuid = d.oldText;
                d.newUuid = d.newText;
            }
            d.oldText = readable(*column, d.oldText);
            d.newText = readable(*column, d.newText);
        } else if (e.action == QLatin1String("retention")) {
            // A retention run names the fields it cleared (RetentionRun), never their values.
            const QJsonObject note = QJsonDocument::fromJson(e.newValue.toString().toUtf8()).object();
            QStringList fields;
            for (const QJsonValue& f : note.value(QStringLiteral("fields")).toArray())
                if (const Column* column = spec.column(f.toString()))
                    fields << TableSpec::translatedFieldLabel(*column);
            d.oldText.clear();
            d.newText = QCoreApplication::translate("sakra::ChangeLog", "Tömt: %1")
                            .arg(fields.join(QStringLiteral(", ")));
        } else if (e.action == QLatin1String("create")) {
            // A creation stores all first values as one JSON object; show them as "field: value".
            const QJsonObject values = QJsonDocument::fromJson(e.newValue.toString().toUtf8()).object();
            QStringList parts;
            for (const Column& c : spec.columns) {
                const QString stored = values.value(QLatin1String(c.name)).toVariant().toString();
                if (stored.isEmpty())
                    continue;
                const QString text = readable(c, stored);
                parts << QStringLiteral("%1: %2").arg(TableSpec::translatedFieldLabel(c), text);
            }
            d.newText = parts.join(QStringLiteral("; "));
        }
        out.push_back(d);
    }
    return out;
}

qint64 ChangeLog::count() const
{
    return Query(m_db, QStringLiteral("SELECT count(*) FROM change_log")).scalar().toLongLong();
}

QString ChangeLog::actionLabel(const QString& action)
{
    if (action == QLatin1String("create"))
        return QCoreApplication::translate("sakra::ChangeLog", "Skapad");
    if (action == QLatin1String("update"))
        return QCoreApplication::translate("sakra::ChangeLog", "Ändrad");
    if (action == QLatin1String("delete"))
        return QCoreApplication::translate("sakra::ChangeLog", "Borttagen");
    if (action == QLatin1String("restore"))
        return QCoreApplication::translate("sakra::ChangeLog", "Återställd");
    if (action == QLatin1String("merge"))
        return QCoreApplication::translate("sakra::ChangeLog", "Sammanfogning: ej taget → behållet");
    if (action == QLatin1String("retention"))
        return QCoreApplication::translate("sakra::ChangeLog", "Gallrad");
    return action;
}

} // namespace sakra
