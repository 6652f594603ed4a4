#pragma once

#include "BudgetLine.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

struct BudgetRow
{
    BudgetLine line;
    qint64 id() const { return line.id; }
    QString boardName;
};

// Budget allocations for security work per board and year.
class BudgetRepository : public EntityRepository<BudgetLine>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::BudgetRepository)

public:
    using EntityRepository::EntityRepository;

    // By year, then board.
    std::vector<BudgetRow> all() const;
    qint64 totalForYear(int year) const;

    static constexpr qint64 kMaxAmountKr = 100'000'000'000LL;

protected:
    void validate(const BudgetLine& line) const override;
};

} // namespace sakra
