#pragma once

#include "risk/RiskInventory.h"
#include "widgets/EntityForm.h"

class QListWidget;
class QPushButton;

namespace sakra::gui {

// A risk inventory (when, which unit, who took part, how) and the risks that came out of it.
class RiskInventoryEditor : public EntityForm<RiskInventory>
{
    Q_OBJECT

public:
    explicit RiskInventoryEditor(RegisterSession& session, QWidget* parent = nullptr);

Q_SIGNALS:
    void riskActivated(qint64 riskId);
    void newRiskRequested(qint64 unitId, qint64 inventoryId, qint64 siteId);

protected:
    QString headingOf(const RiskInventory& i) const override { return tr("Riskinventering %1").arg(date(i)); }
    QString nameOf(const RiskInventory& x) const override { return date(x); }
    void loadChoices() override { m_unit->load(session().reg()); }
    void shown() override;

private:
    static QString date(const RiskInventory& i);

    UnitComboBox* m_unit = nullptr;
    QListWidget* m_risks;
    QPushButton* m_newRisk;
};

} // namespace sakra::gui
