#pragma once

#include "SecurityLevel.h"
#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>
#include <optional>

namespace sakra {

// A step of the implementation plan of the security organisation.
struct Milestone : StoredEntity<Milestone>
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
    static QString statusCode(Status value) { return kStatuses.code(value); }
    static std::optional<Status> statusFromCode(const QString& code) { return kStatuses.fromCode(code); }
    static QString statusLabel(Status value) { return kStatuses.label(value); }
    static const TableSpec& spec() { return Tables::milestone(); }
    static const Fields<Milestone>& fields();
};

} // namespace sakra
