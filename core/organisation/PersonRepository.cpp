#include "PersonRepository.h"

#include "storage/Query.h"
#include "storage/SqlSnippets.h"

#include <QRegularExpression>

namespace sakra {

namespace {

// The filter part shared by list() and count(); binds in the order it writes placeholders.
QString whereClause(const PersonQuery& query)
{
    QString sql = QStringLiteral(" WHERE p.deleted_at IS NULL");
    if (query.scopeUnitId > 0)
        sql += SqlSnippets::inScope("p.unit_id");
    if (!query.text.trimmed().isEmpty())
        sql += QStringLiteral(
            " AND (p.name LIKE ? ESCAPE '\\' OR p.title LIKE ? ESCAPE '\\' OR p.email LIKE ? ESCAPE '\\')");
    return sql;
}

void bindFilter(Query& q, const PersonQuery& query)
{
    if (query.scopeUnitId > 0)
        q.bind(query.scopeUnitId);
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        const QString pattern = SqlSnippets::containsPattern(text);
        q.bind(pattern).bind(pattern).bind(pattern);
    }
}

QString orderBy(const PersonQuery& query)
{
    // Sorting is chosen from a fixed list, never taken from the caller as text.
    QString column;
    switch (query.sort) {
    case PersonQuery::Sort::Name: column = QStringLiteral("p.name COLLATE NOCASE"); break;
    case PersonQuery::Sort::Title: column = QStringLiteral("p.title COLLATE NOCASE"); break;
    case PersonQuery::Sort::Unit: column = QStringLiteral("u.name COLLATE NOCASE"); break;
    case PersonQuery::Sort::Email: column = QStringLiteral("p.email COLLATE NOCASE"); break;
    }
    const QString dir = query.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + column + dir + QStringLiteral(", p.id") + dir;
}
} // namespace

std::vector<PersonRow> PersonRepository::list(const PersonQuery& query) const
{
    const QString sql =
        QStringLiteral("SELECT p.id, p.uuid, p.row_version, p.name, p.title, p.phone, p.email, p.unit_id, "
                       "u.name FROM person p LEFT JOIN org_unit u ON u.id = p.unit_id") +
        whereClause(query) + orderBy(query) + QStringLiteral(" LIMIT ? OFFSET ?");
    Query q(m_db, sql);
    bindFilter(q, query);
    q.bind(query.limit).bind(query.offset).exec();
    std::vector<PersonRow> out;
    while (q.next()) {
        PersonRow row;
        row.person.id = q.value(0).toLongLong();
        row.person.uuid = q.value(1).toString();
        row.person.rowVersion = q.value(2).toInt();
        row.person.name = q.value(3).toString();
        row.person.title = q.value(4).toString();
        row.person.phone = q.value(5).toString();
        row.person.email = q.value(6).toString();
        row.person.unitId = q.value(7).toLongLong();
        row.unitName = q.value(8).toString();
        out.push_back(row);
    }
    return out;
}

qint64 PersonRepository::count(const PersonQuery& query) const
{
    Query q(m_db, QStringLiteral("SELECT count(*) FROM person p") + whereClause(query));
    bindFilter(q, query);
    return q.scalar().toLongLong();
}

void PersonRepository::validate(const Person& person) const
{
    if (person.name.trimmed().isEmpty())
        throw ValidationError(QStringLiteral("name"), tr("Ange personens namn."));
    if (person.name.trimmed().size() > 200)
        throw ValidationError(QStringLiteral("name"), tr("Namnet är för långt (högst 200 tecken)."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!person.email.trimmed().isEmpty() && !email.match(person.email.trimmed()).hasMatch())
        throw ValidationError(QStringLiteral("email"),
                              tr("E-postadressen är inte giltig (den ska se ut som namn@kommun.se)."));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()-]{5,25}$"));
    if (!person.phone.trimmed().isEmpty() && !phone.match(person.phone.trimmed()).hasMatch())
        throw ValidationError(
            QStringLiteral("phone"),
            tr("Telefonnumret får bara innehålla siffror, mellanslag, +, - och parenteser."));
    if (person.unitId != 0 && !RecordStore(m_db, Tables::orgUnit()).isLive(person.unitId))
        throw ValidationError(QStringLiteral("unit_id"), tr("Den valda enheten finns inte."));
}

void PersonRepository::checkRemovable(qint64 id) const
{
    const int n = int(liveRowsWhere("assignment", "person_id", id));
    if (n > 0)
        throw ValidationError(
            QStringLiteral("id"),
            tr("Personen har %n uppdrag i säkerhetsorganisationen; ta bort dem först.", nullptr, n));
    const int responsible = int(liveRowsWhere("action", "responsible_id", id));
    if (responsible > 0)
        throw ValidationError(QStringLiteral("id"),
                              tr("Personen är ansvarig för %n åtgärd(er); ge dem en annan ansvarig först.",
                                 nullptr, responsible));
    const int owned = int(liveRowsWhere("risk", "owner_id", id));
    if (owned > 0)
        throw ValidationError(QStringLiteral("id"),
                              tr("Personen äger %n risk(er); ge dem en annan ägare först.", nullptr, owned));
}

} // namespace sakra
