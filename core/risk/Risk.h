#pragma once

#include "storage/Fields.h"
#include "storage/Tables.h"

#include <QDate>
#include <QMap>
#include <optional>

namespace sakra {

// A risk's assessment after treatment: likelihood and consequence and, with a matrix of several
// consequence dimensions, the value per dimension. Zeros: not assessed.
struct RiskResidual
{
    int likelihood = 0;
    int consequence = 0;
    QMap<QString, int> byDimension;
};

// A risk of a unit (and, where it applies, of one of its sites), assessed on the register's matrix.
// level, residualLevel and nextReview are worked out by the repository from the other fields.
struct Risk : StoredEntity<Risk>
{
    enum class Status
    {
        Open,
        Treated,
        Accepted,
        Closed
    };

    qint64 unitId = 0;
    qint64 siteId = 0;
    qint64 inventoryId = 0;
    qint64 categoryId = 0;
    qint64 ownerId = 0;
    QString title;
    QString description;
    QString threatSource;
    QString existingControls;
    int likelihood = 0;
    // With a matrix of several consequence dimensions the worst of consequenceByDimension counts;
    // consequence then holds that worst value.
    int consequence = 0;
    QMap<QString, int> consequenceByDimension;
    int residualLikelihood = 0; // 0: not assessed
    int residualConsequence = 0;
    QMap<QString, int> residualByDimension;
    int level = -1;         // index into RiskMatrix::levels()
    int residualLevel = -1; // -1: no residual assessment
    Status status = Status::Open;
    QDate assessedOn;
    int reviewMonths = 12;
    QDate nextReview;

    bool hasResidual() const { return residualLikelihood > 0 && residualConsequence > 0; }
    RiskResidual residual() const { return {residualLikelihood, residualConsequence, residualByDimension}; }
    bool isReviewOverdue(const QDate& today) const
    {
        return status != Status::Closed && nextReview.isValid() && nextReview < today;
    }

    static const CodeTable<Status, 4> kStatuses;
    static QString statusCode(Status value) { return kStatuses.code(value); }
    static std::optional<Status> statusFromCode(const QString& code) { return kStatuses.fromCode(code); }
    static QString statusLabel(Status value) { return kStatuses.label(value); }

    static const TableSpec& spec() { return Tables::risk(); }
    static const Fields<Risk>& fields();
};

} // namespace sakra
