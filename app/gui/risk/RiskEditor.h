#pragma once

#include "risk/Risk.h"
#include "risk/RiskMatrix.h"
#include "widgets/EntityForm.h"

class QPushButton;

namespace sakra::gui {

class ConsequenceInput;
class RegisterCommand;
class RiskLevelLabel;
class ScaleComboBox;

// One risk: what it is, where, the assessment on the register's matrix before and after
// treatment with the resulting levels shown as they are chosen, who owns it and when it is to be
// reviewed. Also the form for a new risk.
class RiskEditor : public EntityForm<Risk>
{
    Q_OBJECT

public:
    explicit RiskEditor(RegisterSession& session, QWidget* parent = nullptr);

    // A blank form for the unit with the inventory and site it came from already filled in.
    void startNewFrom(qint64 unitId, qint64 inventoryId, qint64 siteId);

protected:
    QString headingOf(const Risk& r) const override { return r.title; }
    Risk blank(qint64 unitId) const override;
    void loadChoices() override;
    void filled(const Risk&) override { updateDerived(); }
    bool readRest(Risk& r) override;

private:
    void loadMatrix();
    void loadSites(qint64 keepSiteId);
    void loadInventories(qint64 keepInventoryId);
    void updateDerived();

    RiskMatrix m_matrix;
    bool m_matrixLoaded = false;
    // What startNewFrom() hands blank().
    qint64 m_newInventoryId = 0;
    qint64 m_newSiteId = 0;
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
