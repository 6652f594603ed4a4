#pragma once

#include "SecurityLevel.h"
#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>
#include <optional>

namespace sakra {

// A step of the implementation plan of the security organisation.
struct Milestone : StoredEntity<Milestone, Tables::milestone>
{
    enum class Status
    {
        Planned,
        InProgress,
        Done,
        Postponed
    };

    QString title;
    std::optional<SecurityLevel> level; // none: concerns the whole organisation
    QDate targetDate;
    Status status = Status::Planned;
    QString note;

    static const CodeTable<Status, 4> kStatuses;
    static const Fields<Milestone>& fields();
};

} // namespace sakra
