#include "ImportIndex.h"

#include "storage/Query.h"
#include "storage/Tables.h"

#include <QRegularExpression>
#include <QUuid>
#include <algorithm>

namespace sakra {

namespace {

QString part(const QVariant& v)
{
    return v.isNull() ? QString() : TableIndex::normalised(v.toString());
}

int distance(const QString& a, const QString& b)
{
    std::vector<int> row(std::size_t(b.size()) + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[std::size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[std::size_t(j)];
            row[std::size_t(j)] = std::min(
                {above + 1, row[std::size_t(j - 1)] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[std::size_t(b.size())];
}

} // namespace

TableIndex::TableIndex(Database& db, const TableSpec& spec)
    : m_spec(spec), m_units(&spec == &Tables::orgUnit()), m_people(&spec == &Tables::person()),
      m_displayName(QLatin1String(spec.displayColumn)), m_display(spec.column(m_displayName))
{
    QStringList columns;
    for (const Column& c : spec.columns)
        columns << QLatin1String(c.name);
    Query q(db, QStringLiteral("SELECT id, uuid, deleted_at, %1 FROM %2 ORDER BY id")
                    .arg(columns.join(QLatin1Char(',')), QLatin1String(spec.table)));
    q.exec();
    while (q.next()) {
        QVariantMap values;
        for (int i = 0; i < int(spec.columns.size()); ++i)
            values.insert(columns.at(i), q.value(3 + i));
        add(q.value(0).toLongLong(), q.value(1).toString(), values, q.value(2).isNull());
    }
}

QString TableIndex::normalised(const QString& text)
{
    return text.simplified().toCaseFolded();
}

QString TableIndex::naturalKey(const TableSpec& spec, const QVariantMap& v)
{
    const auto join = [](const QStringList& parts) {
        for (const QString& p : parts)
            if (p.isEmpty())
                return QString();
        return parts.join(QChar(0x1f));
    };
    const QString table = QLatin1String(spec.table);
    if (table == u"incident")
        return join({part(v.value(QStringLiteral("unit_id"))), part(v.value(QStringLiteral("occurred_on"))),
                     v.value(QStringLiteral("occurred_time")).toString().isEmpty()
                         ? QStringLiteral("-")
                         : part(v.value(QStringLiteral("occurred_time"))),
                     part(v.value(QStringLiteral("kind")))});
    if (table == u"org_unit")
        return join({v.value(QStringLiteral("parent_id")).isNull()
                         ? QStringLiteral("-")
                         : part(v.value(QStringLiteral("parent_id"))),
                     part(v.value(QStringLiteral("name")))});
    if (table == u"person") {
        const QString email = part(v.value(QStringLiteral("email")));
        return email.isEmpty() ? join({QStringLiteral("n"), part(v.value(QStringLiteral("name")))})
                               : QStringLiteral("e") + QChar(0x1f) + email;
    }
    if (table == u"budget_line")
        return join({part(v.value(QStringLiteral("board_id"))), part(v.value(QStringLiteral("year")))});
    if (table == u"planned_post") {
        const auto orDash = [&](const char* column) {
            const QString p = part(v.value(QLatin1String(column)));
            return p.isEmpty() ? QStringLiteral("-") : p;
        };
        return join({part(v.value(QStringLiteral("unit_id"))), part(v.value(QStringLiteral("level"))),
                     orDash("title"), orDash("board_id")});
    }
    const Column* display = spec.column(QLatin1String(spec.displayColumn));
    if (!display)
        return QString();
    if (display->type == ColumnType::Ref) {
        // A link between two rows: both ends.
        QStringList parts;
        for (const Column& c : spec.columns)
            if (c.type == ColumnType::Ref)
                parts << part(v.value(QLatin1String(c.name)));
        return join(parts);
    }
    if (spec.column(QStringLiteral("unit_id")))
        return join(
            {part(v.value(QStringLiteral("unit_id"))), part(v.value(QLatin1String(spec.displayColumn)))});
    return join({part(v.value(QLatin1String(spec.displayColumn)))});
}

void TableIndex::add(qint64 id, const QString& uuid, const QVariantMap& values, bool live)
{
    m_byUuid.insert(uuid.toLower(), id);
    m_uuids.insert(id, uuid);
    if (m_units) {
        m_names.insert(id, values.value(QStringLiteral("name")).toString());
        if (!values.value(QStringLiteral("parent_id")).isNull())
            m_parents.insert(id, values.value(QStringLiteral("parent_id")).toLongLong());
    } else {
        m_names.insert(id, values.value(m_displayName).toString());
    }
    if (!live)
        return;
    m_live.insert(id);
    indexNames(id, values, true);
    const QString key = naturalKey(m_spec, values);
    if (!key.isEmpty())
        m_byKey.insert(key, id);
    if (m_people) {
        // A person is found by name as well as by e-mail.
        const QString byName =
            naturalKey(m_spec, {{QStringLiteral("name"), values.value(QStringLiteral("name"))}});
        if (byName != key && !byName.isEmpty())
            m_byKey.insert(byName, id);
    }
}

void TableIndex::change(qint64 id, const QVariantMap& before, const QVariantMap& after)
{
    indexNames(id, before, false);
    const auto drop = [&](const QString& key) {
        if (!key.isEmpty())
            m_byKey.remove(key, id);
    };
    drop(naturalKey(m_spec, before));
    if (m_people)
        drop(naturalKey(m_spec, {{QStringLiteral("name"), before.value(QStringLiteral("name"))}}));
    m_live.remove(id);
    add(id, m_uuids.value(id), after, true);
}

void TableIndex::indexNames(qint64 id, const QVariantMap& values, bool add)
{
    QStringList names;
    if (m_units) {
        names << values.value(QStringLiteral("name")).toString() << pathOf(id);
    } else {
        if (m_display && m_display->type != ColumnType::Ref)
            names << values.value(m_displayName).toString();
        if (m_people)
            names << values.value(QStringLiteral("email")).toString();
    }
    for (const QString& n : names) {
        const QString key = normalised(n);
        if (key.isEmpty())
            continue;
        if (add) {
            if (!m_byName.contains(key, id))
                m_byName.insert(key, id);
        } else {
            m_byName.remove(key, id);
        }
    }
}

QString TableIndex::pathOf(qint64 id) const
{
    QStringList names{m_names.value(id)};
    qint64 at = id;
    for (int depth = 0; m_parents.contains(at) && depth < 64; ++depth) {
        at = m_parents.value(at);
        names.prepend(m_names.value(at));
    }
    return names.join(QStringLiteral(" › "));
}

QString TableIndex::nameOf(qint64 id) const
{
    return m_units ? pathOf(id) : m_names.value(id);
}

QList<qint64> TableIndex::named(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (!QUuid::fromString(trimmed).isNull()) {
        const qint64 id = idOf(trimmed);
        return id ? QList<qint64>{id} : QList<qint64>{};
    }
    QString key = normalised(trimmed);
    if (m_units) {
        // Paths as people write them: "A > B", "A / B" as well as "A › B".
        static const QRegularExpression separators(QStringLiteral("\\s*(›|>|/)\\s*"));
        key = normalised(QString(trimmed).replace(separators, QStringLiteral(" › ")));
    }
    QList<qint64> ids = m_byName.values(key);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList TableIndex::closeTo(const QString& text) const
{
    const QString wanted = normalised(text);
    std::vector<std::pair<int, QString>> scored;
    for (qint64 id : m_live) {
        const QString name = nameOf(id);
        const QString last = normalised(m_names.value(id));
        const int d = std::min(distance(wanted, last), distance(wanted, normalised(name)));
        if (d <= std::max(2, int(wanted.size() / 4)) || last.contains(wanted) || wanted.contains(last))
            scored.emplace_back(d, name);
    }
    std::sort(scored.begin(), scored.end());
    QStringList out;
    for (const auto& [d, name] : scored) {
        if (out.size() == 3)
            break;
        if (!out.contains(name))
            out << name;
    }
    return out;
}

QList<qint64> TableIndex::matching(const QVariantMap& values) const
{
    const QString key = naturalKey(m_spec, values);
    if (key.isEmpty())
        return {};
    QList<qint64> ids = m_byKey.values(key);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

TableIndex& ImportIndex::of(const TableSpec& spec)
{
    auto it = m_tables.find(QLatin1String(spec.table));
    if (it == m_tables.end())
        it = m_tables.insert(QLatin1String(spec.table), std::make_shared<TableIndex>(m_db, spec));
    return **it;
}

} // namespace sakra
