#pragma once

#include "risk/Risk.h"
#include "risk/RiskMatrix.h"
#include "widgets/EntityEditor.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sakra::gui {

class ConsequenceInput;
class PersonPicker;
class RegisterCommand;
class RiskLevelLabel;
class ScaleComboBox;
class UnitComboBox;

// One risk: what it is, where, the assessment on the register's matrix before and after
// treatment with the resulting levels shown as they are chosen, who owns it and when it is to be
// reviewed. Also the form for a new risk.
class RiskEditor : public EntityEditor
{
    Q_OBJECT

public:
    explicit RiskEditor(RegisterSession& session, QWidget* parent = nullptr);

    // 0: nothing to show.
    void showRisk(qint64 id);
    // A blank form, with what is known already filled in.
    void startNew(qint64 unitId, qint64 inventoryId = 0, qint64 siteId = 0);
    qint64 riskId() const { return m_risk ? m_risk->id : 0; }
    bool isCreating() const { return m_creating; }
    // Units, categories, sites or inventories changed: read them again when next needed.
    void choicesChanged() { m_choicesStale = true; }

Q_SIGNALS:
    void riskCreated(qint64 id);

protected:
    void applyChanges() override;
    void revertChanges() override;

private:
    void loadChoices();
    void loadMatrix();
    void loadSites(qint64 keepSiteId);
    void loadInventories(qint64 keepInventoryId);
    void fill(const Risk& risk);
    Risk edited() const;
    void updateDerived();

    std::optional<Risk> m_risk;
    bool m_creating = false;
    bool m_choicesStale = true;
    RiskMatrix m_matrix;
    bool m_matrixLoaded = false;

    QLabel* m_heading;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    UnitComboBox* m_unit;
    QComboBox* m_site;
    QComboBox* m_category;
    QComboBox* m_inventory;
    QLineEdit* m_threatSource;
    QPlainTextEdit* m_controls;
    ScaleComboBox* m_likelihood;
    ConsequenceInput* m_consequence;
    RiskLevelLabel* m_level;
    ScaleComboBox* m_residualLikelihood;
    ConsequenceInput* m_residualConsequence;
    RiskLevelLabel* m_residualLevel;
    PersonPicker* m_owner;
    QComboBox* m_status;
    QDateEdit* m_assessedOn;
    QPushButton* m_assessToday;
    QSpinBox* m_reviewMonths;
    QLabel* m_nextReviewIcon;
    QLabel* m_nextReview;
};

} // namespace sakra::gui
