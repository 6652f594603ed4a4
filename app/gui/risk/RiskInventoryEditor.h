#pragma once

#include "risk/RiskInventory.h"
#include "widgets/EntityEditor.h"

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sakra::gui {

class UnitComboBox;

// One risk inventory as an occasion (date, unit, participants, method), with the risks it
// found; a new risk can be started from here with the inventory already filled in.
class RiskInventoryEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit RiskInventoryEditor(RegisterSession& session, QWidget* parent = nullptr);

    void showInventory(qint64 id);
    void startNew(qint64 unitId);
    qint64 inventoryId() const { return m_inventory ? m_inventory->id : 0; }
    void unitsChanged() { m_choicesStale = true; }

Q_SIGNALS:
    void inventoryCreated(qint64 id);
    void riskActivated(qint64 riskId);
    void newRiskRequested(qint64 unitId, qint64 inventoryId, qint64 siteId);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void loadChoices();
    void fill(const RiskInventory& inventory);
    void loadRisks();

    std::optional<RiskInventory> m_inventory;
    bool m_creating = false;
    bool m_choicesStale = true;
    QLabel* m_heading;
    QDateEdit* m_heldOn;
    UnitComboBox* m_unit;
    QPlainTextEdit* m_participants;
    QLineEdit* m_method;
    QPlainTextEdit* m_note;
    QListWidget* m_risks;
    QPushButton* m_newRisk;
};

} // namespace sakra::gui
