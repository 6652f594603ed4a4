#pragma once

#include "RegisterCommand.h"

#include <QMap>

namespace sakra::gui {

// Sets a risk's residual likelihood and consequence to what an action is expected to leave.
// Undo puts back the residual values the risk had, per consequence dimension too, and touches
// nothing else of the risk.
class SetRiskResidualCommand : public RegisterCommand
{
public:
    SetRiskResidualCommand(RegisterSession& session, qint64 riskId, int likelihood, int consequence,
                           const QString& text);

    const TableSpec& table() const override;

protected:
    void apply(bool firstTime) override;
    void revert() override;

private:
    struct Residual
    {
        int likelihood = 0;
        int consequence = 0;
        QMap<QString, int> byDimension;
    };

    void write(const Residual& residual);

    qint64 m_riskId;
    Residual m_before;
    Residual m_after;
    bool m_read = false;
};

} // namespace sakra::gui
