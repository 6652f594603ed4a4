#pragma once

#include "risk/RiskMatrix.h"

#include <QDialog>
#include <set>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace sakra::gui {

class RegisterSession;

// Chooses a risk within the scope for an action to treat, and optionally the likelihood and
// consequence the risk is expected to have left once the action is done, on the register's
// matrix. The register may hold many risks, so the list is a search, not everything.
class LinkRiskDialog : public QDialog
{
    Q_OBJECT

public:
    // linked: risks the action already treats; they are listed but cannot be chosen again.
    LinkRiskDialog(RegisterSession& session, const std::set<qint64>& linked, QWidget* parent = nullptr);

    qint64 riskId() const;
    // 0 when not given.
    int residualLikelihood() const;
    int residualConsequence() const;

    // For tests and scripts: choose without the mouse.
    void chooseRisk(qint64 riskId);
    void setResidual(int likelihood, int consequence);

private:
    void search();
    void updateState();

    RegisterSession& m_session;
    std::set<qint64> m_linked;
    RiskMatrix m_matrix;
    QLineEdit* m_search;
    QListWidget* m_risks;
    QComboBox* m_likelihood;
    QComboBox* m_consequence;
    QLabel* m_level;
    QPushButton* m_ok;
    QTimer* m_delay;
};

} // namespace sakra::gui
