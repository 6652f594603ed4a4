#pragma once

#include "ReportDraft.h"
#include "storage/EntityRepository.h"

#include <vector>

namespace sakra {

class ReportDraftRepository : public EntityRepository<ReportDraft>
{
    Q_DECLARE_TR_FUNCTIONS(sakra::ReportDraftRepository)

public:
    using EntityRepository::EntityRepository;

    // Live drafts, the most recently changed first.
    std::vector<ReportDraft> all() const;

protected:
    void validate(const ReportDraft& draft) const override;
};

} // namespace sakra
