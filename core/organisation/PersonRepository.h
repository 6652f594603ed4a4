#pragma once

#include "Person.h"
#include "storage/ListQuery.h"
#include "storage/ListRepository.h"

#include <vector>

namespace sakra {

enum class PersonSort
{
    Name,
    Title,
    Unit,
    Email
};

// What a list of people shows: filter, sort and the window of rows wanted.
struct PersonQuery : ListQuery<PersonSort, PersonSort::Name>
{
    // text: matched against name, title and e-mail
};

struct PersonRow
{
    Person person;
    qint64 id() const { return person.id; }
    QString unitName;
};

class PersonRepository : public ListRepository<Person, PersonQuery, PersonRow>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::PersonRepository)

public:
    explicit PersonRepository(Database& db);

protected:
    void validate(const Person& person) const override;
    void checkRemovable(qint64 id) const override;
};

} // namespace sakra
