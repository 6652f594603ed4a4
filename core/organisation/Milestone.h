#pragma once

#include "SecurityLevel.h"
#include "storage/EntityBase.h"
#include "storage/Tables.h"

#include <QDate>
#include <optional>

namespace sakra {

// A step of the implementation plan of the security organisation.
struct Milestone : EntityBase
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

    static QString statusCode(Status status);
    static std::optional<Status> statusFromCode(const QString& code);
    static QString statusLabel(Status status);
    static const TableSpec& spec() { return Tables::milestone(); }
    static Milestone fromValues(const QVariantMap& v);
    QVariantMap toValues() const;
};

} // namespace sakra
