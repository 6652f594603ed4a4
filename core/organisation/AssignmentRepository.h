#pragma once

#include "Assignment.h"
#include "storage/EntityRepository.h"

#include <QDate>
#include <vector>

namespace sakra {

struct AssignmentRow
{
    Assignment assignment;
    qint64 id() const { return assignment.id; }
    QString personName;
    QString roleName;
    QString level; // level code of the role
    QString unitName;
};

class AssignmentRepository : public EntityRepository<Assignment>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::AssignmentRepository)

public:
    using EntityRepository::EntityRepository;

    // Assignments at units in the subtree of scopeUnitId (0: all), active on the day if it is valid,
    // ordered by level, unit and person.
    std::vector<AssignmentRow> list(qint64 scopeUnitId, const QDate& activeOn = QDate()) const;
    std::vector<AssignmentRow> ofPerson(qint64 personId) const;

protected:
    void validate(const Assignment& a) const override;

private:
    std::vector<AssignmentRow> select(const QString& where, const QVariantList& values) const;
};

} // namespace sakra
