#include "PersonRepository.h"

#include "storage/Query.h"
#include "storage/SqlSnippets.h"

#include <QRegularExpression>

namespace sakra {

namespace {

ListFilter filterFor(const PersonQuery& q)
{
    ListFilter f("p");
    f.inScope("p.unit_id", q.scopeUnitId);
    f.matches(q.text, "p.id", "person");
    return f;
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
    return SqlSnippets::orderById(column, "p", query.ascending);
}

PersonRepository::Listing listing()
{
    return {"p",
            QStringLiteral(", u.name"),
            QStringLiteral(" LEFT JOIN org_unit u ON u.id = p.unit_id"),
            filterFor,
            orderBy,
            [](Person p, const SqliteStatement& q, int n) {
                return PersonRow{std::move(p), q.value(n).toString()};
            }};
}

} // namespace

PersonRepository::PersonRepository(Database& db) : ListRepository(db, listing()) {}

void PersonRepository::validate(const Person& person) const
{
    requireText("name", person.name, tr("Ange personens namn."));
    requireAtMost("name", person.name, 200, tr("Namnet är för långt (högst 200 tecken)."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!person.email.trimmed().isEmpty() && !email.match(person.email.trimmed()).hasMatch())
        throw ValidationError(QStringLiteral("email"),
                              tr("E-postadressen är inte giltig (den ska se ut som namn@kommun.se)."));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()-]{5,25}$"));
    if (!person.phone.trimmed().isEmpty() && !phone.match(person.phone.trimmed()).hasMatch())
        throw ValidationError(
            QStringLiteral("phone"),
            tr("Telefonnumret får bara innehålla siffror, mellanslag, +, - och parenteser."));
    requireLiveOrNone("unit_id", Tables::orgUnit(), person.unitId, tr("Den valda enheten finns inte."));
}

void PersonRepository::checkRemovable(qint64 id) const
{
    requireUnused("assignment", "person_id", id, [&](int n) {
        return tr("Personen har %n uppdrag i säkerhetsorganisationen; ta bort dem först.", nullptr, n);
    });
    requireUnused("action", "responsible_id", id, [&](int n) {
        return tr("Personen är ansvarig för %n åtgärd(er); ge dem en annan ansvarig först.", nullptr, n);
    });
    requireUnused("risk", "owner_id", id, [&](int n) {
        return tr("Personen äger %n risk(er); ge dem en annan ägare först.", nullptr, n);
    });
}

} // namespace sakra
