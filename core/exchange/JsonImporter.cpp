#include "JsonImporter.h"

#include "ExchangeFormat.h"
#include "ImportError.h"
#include "Register.h"
#include "storage/BulkWriter.h"
#include "storage/Query.h"
#include "storage/Tables.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>
#include <cmath>

namespace sakra {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sakra::JsonImporter", text);
}

[[noreturn]] void fail(const QString& place, const QString& what)
{
    throw ImportError(QStringLiteral("%1: %2").arg(place, what));
}

QString placeOf(const TableSpec& spec, int row, const QString& field = QString())
{
    QString place = QStringLiteral("tables.%1[%2]").arg(QLatin1String(spec.table)).arg(row);
    if (!field.isEmpty())
        place += QLatin1Char('.') + field;
    return place;
}

// Line and column of a byte offset, for JSON syntax errors.
QString lineAndColumn(const QByteArray& json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QCoreApplication::translate("sakra::JsonImporter", "rad %1, kolumn %2").arg(line).arg(column);
}

QString text(const QJsonObject& row, const QString& key, const QString& place, bool required)
{
    const QJsonValue v = row.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(place, QCoreApplication::translate("sakra::JsonImporter", "värde saknas"));
        return QString();
    }
    if (!v.isString())
        fail(place, QCoreApplication::translate("sakra::JsonImporter", "ska vara text"));
    return v.toString();
}

std::optional<qint64> integer(const QJsonObject& row, const QString& key, const QString& place, bool required)
{
    const QJsonValue v = row.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(place, QCoreApplication::translate("sakra::JsonImporter", "värde saknas"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 9.0e15)
        fail(place, QCoreApplication::translate("sakra::JsonImporter", "ska vara ett heltal"));
    return qint64(d);
}

class Importer
{
public:
    explicit Importer(Database& db) : m_db(db), m_writer(db) {}

    void importTable(const TableSpec& spec, const QJsonValue& value);
    void importHistory(const QJsonValue& value);

private:
    QHash<QString, qint64>& idsOf(const QString& table);

    Database& m_db;
    BulkWriter m_writer;
    QHash<QString, QHash<QString, qint64>> m_ids; // table -> uuid -> id
};

QHash<QString, qint64>& Importer::idsOf(const QString& table)
{
    if (!m_ids.contains(table)) {
        QHash<QString, qint64> ids;
        Query q(m_db, QStringLiteral("SELECT uuid, id FROM %1").arg(table));
        q.exec();
        while (q.next())
            ids.insert(q.value(0).toString(), q.value(1).toLongLong());
        m_ids.insert(table, ids);
    }
    return m_ids[table];
}

void Importer::importTable(const TableSpec& spec, const QJsonValue& value)
{
    const QString table = QLatin1String(spec.table);
    if (value.isUndefined())
        return;
    if (!value.isArray())
        fail(QStringLiteral("tables.%1").arg(table),
             QCoreApplication::translate("sakra::JsonImporter", "ska vara en lista"));

    static const QStringList meta{QStringLiteral("uuid"),        QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"),  QStringLiteral("updated_by"),
                                  QStringLiteral("row_version"), QStringLiteral("deleted_at")};
    QStringList columns = meta;
    for (const Column& c : spec.columns)
        columns << QLatin1String(c.name);

    // The rows go past the record store: the bulk writer announces the table as a whole.
    QHash<QString, qint64>& ids = idsOf(table);
    QSet<QString> seen;
    struct Deferred
    {
        qint64 id;
        QString column;
        QString uuid;
        QString place;
    };
    std::vector<Deferred> selfRefs;

    // A file written before a column was added has no value for it: the column's default then,
    // as the migration gave the rows the register held.
    QHash<QString, QVariant> defaults;
    if (!m_db.onServer()) {
        Query info(m_db,
                   QStringLiteral("SELECT name, dflt_value FROM pragma_table_info(?) WHERE dflt_value IS "
                                  "NOT NULL"));
        info.bind(table).exec();
        while (info.next()) {
            const QString sql = info.value(1).toString();
            bool isNumber = false;
            const qint64 number = sql.toLongLong(&isNumber);
            if (isNumber)
                defaults.insert(info.value(0).toString(), number);
            else if (sql.size() >= 2 && sql.startsWith(QLatin1Char('\'')) && sql.endsWith(QLatin1Char('\'')))
                defaults.insert(
                    info.value(0).toString(),
                    sql.mid(1, sql.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'")));
        }
    }

    const QJsonArray rows = value.toArray();
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject())
            fail(placeOf(spec, i), QCoreApplication::translate("sakra::JsonImporter", "ska vara ett objekt"));
        const QJsonObject row = rows.at(i).toObject();
        for (auto it = row.begin(); it != row.end(); ++it)
            if (!columns.contains(it.key()))
                fail(placeOf(spec, i, it.key()),
                     QCoreApplication::translate("sakra::JsonImporter", "okänt fält"));

        const QString uuid =
            text(row, QStringLiteral("uuid"), placeOf(spec, i, QStringLiteral("uuid")), true);
        if (QUuid::fromString(uuid).isNull())
            fail(placeOf(spec, i, QStringLiteral("uuid")),
                 QCoreApplication::translate("sakra::JsonImporter", "är inget giltigt UUID"));
        if (seen.contains(uuid))
            fail(placeOf(spec, i, QStringLiteral("uuid")),
                 QCoreApplication::translate("sakra::JsonImporter", "förekommer två gånger"));
        seen.insert(uuid);

        QVariantList values{uuid};
        for (const char* key : {"created_at", "updated_at", "updated_by"})
            values << text(row, QLatin1String(key), placeOf(spec, i, QLatin1String(key)), true);
        const auto version = integer(row, QStringLiteral("row_version"),
                                     placeOf(spec, i, QStringLiteral("row_version")), true);
        if (*version < 1)
            fail(placeOf(spec, i, QStringLiteral("row_version")),
                 QCoreApplication::translate("sakra::JsonImporter", "ska vara minst 1"));
        values << *version;
        const QString deleted =
            text(row, QStringLiteral("deleted_at"), placeOf(spec, i, QStringLiteral("deleted_at")), false);
        values << (deleted.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(deleted));

        std::vector<std::pair<QString, QString>> ownRefs;
        for (const Column& c : spec.columns) {
            const QString name = QLatin1String(c.name);
            const QString place = placeOf(spec, i, name);
            if (!row.contains(name) && defaults.contains(name) && c.type != ColumnType::Ref) {
                values << defaults.value(name);
                continue;
            }
            switch (c.type) {
            case ColumnType::Text: {
                const QString v = text(row, name, place, c.required);
                values << (v.isNull() && !c.required ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v));
                break;
            }
            case ColumnType::Integer: {
                const auto v = integer(row, name, place, c.required);
                values << (v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong)));
                break;
            }
            case ColumnType::Ref: {
                const QString ref = text(row, name, place, c.required);
                if (ref.isEmpty()) {
                    values << QVariant(QMetaType(QMetaType::LongLong));
                } else if (QLatin1String(c.refTable) == table) {
                    values << QVariant(QMetaType(QMetaType::LongLong)); // set once every row is in
                    ownRefs.emplace_back(name, ref);
                } else {
                    const qint64 id = idsOf(QLatin1String(c.refTable)).value(ref);
                    if (id == 0)
                        fail(place, QCoreApplication::translate("sakra::JsonImporter",
                                                                "hänvisar till %1 %2, som inte finns i filen")
                                        .arg(QLatin1String(c.refTable), ref));
                    values << id;
                }
                break;
            }
            }
        }

        try {
            const BulkWriter::Meta rowMeta{values.at(0).toString(),   values.at(1).toString(),
                                           values.at(2).toString(),   values.at(3).toString(),
                                           values.at(4).toLongLong(), values.at(5).toString()};
            const QVariantList own = values.mid(meta.size());
            qint64 id = ids.value(uuid);
            if (id != 0) {
                // A catalogue row that every new register already has: take the file's version of it.
                m_writer.overwrite(spec, id, rowMeta, own);
            } else {
                id = m_writer.insert(spec, rowMeta, own);
                ids.insert(uuid, id);
            }
            for (const auto& [column, ref] : ownRefs)
                selfRefs.push_back({id, column, ref, placeOf(spec, i, column)});
        } catch (const StorageError& e) {
            fail(
                placeOf(spec, i),
                QCoreApplication::translate("sakra::JsonImporter", "raden godtas inte: %1").arg(e.message()));
        }
    }

    for (const Deferred& d : selfRefs) {
        const qint64 target = ids.value(d.uuid);
        if (target == 0)
            fail(d.place, QCoreApplication::translate("sakra::JsonImporter",
                                                      "hänvisar till %1 %2, som inte finns i filen")
                              .arg(table, d.uuid));
        // A reference the schema refuses (a unit made its own ancestor) is named by its place in the
        // file, like every other refused row.
        try {
            m_writer.setColumn(spec, d.id, *spec.column(d.column), target);
        } catch (const StorageError& e) {
            fail(d.place, QCoreApplication::translate("sakra::JsonImporter", "hänvisningen godtas inte: %1")
                              .arg(e.message()));
        }
    }
}

void Importer::importHistory(const QJsonValue& value)
{
    if (value.isUndefined())
        return;
    if (!value.isArray())
        fail(QStringLiteral("history"),
             QCoreApplication::translate("sakra::JsonImporter", "ska vara en lista"));
    static const char* const columns[] = {"at",     "actor", "entity",    "entity_uuid",
                                          "action", "field", "old_value", "new_value"};
    const QJsonArray rows = value.toArray();
    // The history gets a hash chain of its own in this register, appended to what is there.
    for (int i = 0; i < rows.size(); ++i) {
        const QString place = QStringLiteral("history[%1]").arg(i);
        if (!rows.at(i).isObject())
            fail(place, QCoreApplication::translate("sakra::JsonImporter", "ska vara ett objekt"));
        const QJsonObject row = rows.at(i).toObject();
        for (auto it = row.begin(); it != row.end(); ++it)
            if (std::find_if(std::begin(columns), std::end(columns), [&](const char* c) {
                    return it.key() == QLatin1String(c);
                }) == std::end(columns))
                fail(place + QLatin1Char('.') + it.key(),
                     QCoreApplication::translate("sakra::JsonImporter", "okänt fält"));
        QString v[8];
        for (int c = 0; c < 8; ++c)
            v[c] = text(row, QLatin1String(columns[c]), place + QLatin1Char('.') + QLatin1String(columns[c]),
                        c < 5);
        const ChangeEntry entry{v[0],
                                v[1],
                                v[2],
                                v[3],
                                v[4],
                                v[5].isNull() ? QStringLiteral("") : v[5],
                                v[6].isNull() ? QVariant() : QVariant(v[6]),
                                v[7].isNull() ? QVariant() : QVariant(v[7])};
        try {
            m_writer.record(entry);
        } catch (const StorageError& e) {
            fail(
                place,
                QCoreApplication::translate("sakra::JsonImporter", "raden godtas inte: %1").arg(e.message()));
        }
    }
}

} // namespace

void JsonImporter::importRegister(Register& reg, const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(lineAndColumn(json, parseError.offset),
             tr("inte giltig JSON (%1)").arg(parseError.errorString()));
    if (!doc.isObject())
        fail(QStringLiteral("$"), tr("filen ska innehålla ett JSON-objekt"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(ExchangeFormat::kFormatName))
        fail(QStringLiteral("format"), tr("filen är ingen Säkra-export (format ska vara \"%1\")")
                                           .arg(QLatin1String(ExchangeFormat::kFormatName)));
    const auto version =
        integer(root, QStringLiteral("formatVersion"), QStringLiteral("formatVersion"), true);
    if (*version < 1 || *version > ExchangeFormat::kFormatVersion)
        fail(QStringLiteral("formatVersion"),
             tr("version %1 kan inte läsas; den här versionen av Säkra läser version 1 till %2")
                 .arg(*version)
                 .arg(ExchangeFormat::kFormatVersion));
    const QJsonValue tablesValue = root.value(QStringLiteral("tables"));
    if (!tablesValue.isObject())
        fail(QStringLiteral("tables"), tr("saknas eller är inget objekt"));
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!QStringList{QStringLiteral("format"), QStringLiteral("formatVersion"),
                         QStringLiteral("schemaVersion"), QStringLiteral("tables"), QStringLiteral("history"),
                         QStringLiteral("includesRestricted")}
                 .contains(it.key()))
            fail(it.key(), tr("okänt fält"));
    const QJsonObject tables = tablesValue.toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it)
        if (!Tables::byName(it.key()))
            fail(QStringLiteral("tables.") + it.key(), tr("okänd tabell"));

    if (!reg.holdsNoData())
        throw ImportError(tr(
            "Registret innehåller redan uppgifter. Importera till ett nytt register som skapats med init."));

    Database& db = reg.database();
    Transaction tx(db);
    Importer importer(db);
    for (const TableSpec* spec : Tables::all())
        importer.importTable(*spec, tables.value(QLatin1String(spec->table)));
    importer.importHistory(root.value(QStringLiteral("history")));
    const QString problem = db.integrityProblem();
    if (!problem.isEmpty())
        throw ImportError(tr("Filen ger ett register som inte hänger ihop: %1").arg(problem));
    // The planner's statistics in the same transaction: a write of them after the commit would be
    // a second one, and a crash in it would leave the import done but a journal behind.
    db.refreshPlannerStatistics();
    tx.commit();
}

} // namespace sakra
