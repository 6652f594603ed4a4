#pragma once

#include "risk/RiskMatrixRepository.h"

#include <vector>

namespace sakra {
class RiskMatrix;
}

namespace sakra::gui {

// How many risks saving a new matrix would change, worked out from the risks' values without
// writing anything, so the matrix editor can say so before it saves. It follows the rules of
// RiskMatrixRepository::save() (rescale each value, fill new dimensions from the overall value,
// the worst dimension counts, levels anew); the matrix test checks the two agree.
class RegradePreview
{
public:
    static int changedRisks(const std::vector<RiskMatrixRepository::Grades>& grades, const RiskMatrix& from,
                            const RiskMatrix& to);
};

} // namespace sakra::gui
