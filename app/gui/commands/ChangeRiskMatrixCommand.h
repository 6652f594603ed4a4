#pragma once

#include "RegisterCommand.h"
#include "risk/RiskMatrix.h"
#include "risk/RiskMatrixRepository.h"

#include <vector>

namespace sakra::gui {

// Saves a new risk matrix, which moves every risk onto it. Rescaling is lossy (5 steps to 3 and
// back is not the identity), so the first run keeps every risk's values as they were and undo
// puts those back exactly together with the old matrix.
class ChangeRiskMatrixCommand : public RegisterCommand
{
public:
    ChangeRiskMatrixCommand(RegisterSession& session, const RiskMatrix& after, const QString& text);

    // Risks whose values or levels the last run changed.
    int changedRisks() const { return m_changed; }

protected:
    void apply(bool firstTime) override;
    void revert() override;

private:
    RiskMatrix m_before;
    RiskMatrix m_after;
    std::vector<RiskMatrixRepository::Grades> m_grades;
    int m_changed = 0;
};

} // namespace sakra::gui
