#pragma once

#include "RegisterCommand.h"
#include "risk/RiskMatrix.h"
#include "risk/RiskMatrixRepository.h"

#include <vector>

namespace sakra::gui {

class RegisterSession;

// A saved change of the risk matrix, which moved every risk onto it, as one undo step. The change
// itself ran on a worker thread (RegradeRunner) before the command is pushed, so the first run does
// nothing. Rescaling is lossy (5 steps to 3 and back is not the identity), so the command keeps
// every risk's values from before: undo puts those back exactly together with the old matrix, and
// redo saves the new matrix again; both run on a worker thread too, with a progress dialog, and
// what they commit reaches the views when they are done. A failed undo or redo is reported and
// empties the undo stack, since it no longer says what the register holds.
class ChangeRiskMatrixCommand : public RegisterCommand
{
public:
    ChangeRiskMatrixCommand(RegisterSession& session, const RiskMatrix& before, const RiskMatrix& after,
                            std::vector<RiskMatrixRepository::Grades> grades, const QString& text);

protected:
    void apply(bool firstTime) override;
    void revert() override;

private:
    RegisterSession& m_session;
    RiskMatrix m_before;
    RiskMatrix m_after;
    std::vector<RiskMatrixRepository::Grades> m_grades;
};

} // namespace sakra::gui
