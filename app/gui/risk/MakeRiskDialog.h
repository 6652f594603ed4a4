#pragma once

#include "risk/RiskMatrix.h"
#include "risk/SecurityWalk.h"
#include "risk/WalkFinding.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace sakra::gui {

class MessageLabel;
class RegisterSession;
class ScaleComboBox;
class UnitComboBox;

// Turns a finding of a security walk into a risk: asks for what a risk needs and the finding
// does not say (the unit, a category and a first assessment), then creates the risk and links
// the finding to it in one undoable step. The rest is filled in afterwards in the risk editor.
class MakeRiskDialog : public QDialog
{
    Q_OBJECT

public:
    MakeRiskDialog(RegisterSession& session, const SecurityWalk& walk, const WalkFinding& finding,
                   QWidget* parent = nullptr);

    // The new risk once the dialog was accepted.
    qint64 createdRiskId() const { return m_riskId; }

public Q_SLOTS:
    void accept() override;

private:
    RegisterSession& m_session;
    SecurityWalk m_walk;
    WalkFinding m_finding;
    RiskMatrix m_matrix;
    QLineEdit* m_title;
    UnitComboBox* m_unit;
    QComboBox* m_category;
    ScaleComboBox* m_likelihood;
    ScaleComboBox* m_consequence;
    MessageLabel* m_message;
    qint64 m_riskId = 0;
};

} // namespace sakra::gui
