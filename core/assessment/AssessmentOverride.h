#pragma once

#include "Assessment.h"
#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>

namespace sakra {

// A coordinator's own answer to one self-assessment question for a unit (or for a board or
// administration, replacing its roll-up), with the written justification the auditors would ask
// for. Kept in the change history like every other row.
struct AssessmentOverride : StoredEntity<AssessmentOverride>
{
    qint64 unitId = 0;
    QString question; // AssessmentRules::questions() code
    AssessmentAnswer answer = AssessmentAnswer::Partly;
    QString justification;
    QDate decidedOn; // today when left empty

    static const TableSpec& spec() { return Tables::assessmentOverride(); }
    static const Fields<AssessmentOverride>& fields();
};

} // namespace sakra
