#pragma once

#include "Risk.h"
#include "storage/ListQuery.h"

#include <QDate>
#include <optional>

namespace sakra {

enum class RiskSort
{
    Title,
    Unit,
    Category,
    Level,
    ResidualLevel,
    Status,
    Owner,
    NextReview
};

// What a risk list shows: filters, sorting (done in SQL) and the window of rows wanted.
struct RiskQuery : ListQuery<RiskSort, RiskSort::Level, false>
{
    qint64 categoryId = 0;
    int level = -1; // index into the matrix's levels; -1: any
    std::optional<Risk::Status> status;
    qint64 ownerId = 0;
    bool overdueOnly = false; // review date before today (closed risks never are)
    QDate today = QDate::currentDate();
    // One cell of the heat map (0: none); residual picks the after-treatment map.
    int cellLikelihood = 0;
    int cellConsequence = 0;
    bool cellResidual = false;
    // text: in title, description or threat source
};

struct RiskRow
{
    Risk risk;
    qint64 id() const { return risk.id; }
    QString unitName;
    QString categoryName;
    QString ownerName;
};

} // namespace sakra
