#pragma once

#include "Person.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

// What a list of people shows: filter, sort and the window of rows wanted.
struct PersonQuery
{
    enum class Sort
    {
        Name,
        Title,
        Unit,
        Email
    };
    qint64 scopeUnitId = 0; // 0: the whole register
    QString text;           // matched against name, title and e-mail
    Sort sort = Sort::Name;
    bool ascending = true;
    int offset = 0;
    int limit = -1;
};

struct PersonRow
{
    Person person;
    QString unitName;
};

class PersonRepository : public EntityRepository<Person>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::PersonRepository)

public:
    using EntityRepository::EntityRepository;

    using EntityRepository::count;

    std::vector<PersonRow> list(const PersonQuery& query) const;
    qint64 count(const PersonQuery& query) const;

protected:
    void validate(const Person& person) const override;
    void checkRemovable(qint64 id) const override;
};

} // namespace sakra
