#pragma once

#include "RegisterCommand.h"
#include "risk/Risk.h"

namespace sakra::gui {

// Turns a finding of a security walk into a risk: creates the risk and points the finding at
// it, both or neither. Undo unlinks the finding and removes the risk (a tombstone, so redo
// brings back the same risk with its history).
class MakeRiskFromFindingCommand : public RegisterCommand
{
public:
    MakeRiskFromFindingCommand(RegisterSession& session, qint64 findingId, const Risk& risk,
                               const QString& text);

    qint64 riskId() const { return m_riskId; }

protected:
    void apply(bool firstTime) override;
    void revert() override;

private:
    qint64 m_findingId;
    Risk m_risk;
    qint64 m_riskId = 0;
};

} // namespace sakra::gui
