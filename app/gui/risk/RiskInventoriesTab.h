#pragma once

#include "widgets/ListFrame.h"

namespace sakra::gui {

class RiskInventoryEditor;
class RiskInventoryTableModel;

// The risk inventories held within the scope, newest first, with the selected one's details
// and the risks it found.
class RiskInventoriesTab : public ListFrame
{
    Q_OBJECT

public:
    explicit RiskInventoriesTab(RegisterSession& session, QWidget* parent = nullptr);

Q_SIGNALS:
    void riskActivated(qint64 riskId);
    void newRiskRequested(qint64 unitId, qint64 inventoryId, qint64 siteId);

protected:
    void reload() override;

private:
    RiskInventoryTableModel* m_model;
    RiskInventoryEditor* m_editor;
};

} // namespace sakra::gui
