#pragma once

#include <QGroupBox>

class QPushButton;
class QListWidget;

namespace sakra::gui {

class MessageLabel;
class RegisterSession;

// The risks one action treats, each with its level now and the level the action is expected to
// leave. Links are added (with an offer to set the risk's residual to the expected level) and
// removed as undoable edits.
class ActionRisksPanel : public QGroupBox
{
    Q_OBJECT

public:
    // Item data of the list of links.
    enum Role
    {
        LinkIdRole = Qt::UserRole + 1,
        RiskIdRole,
        TitleRole
    };

    explicit ActionRisksPanel(RegisterSession& session, QWidget* parent = nullptr);

    // Reads the action's links (0: none, the panel is disabled).
    void setActionId(qint64 actionId);
    qint64 actionId() const { return m_actionId; }

    // Links the action to the risk with the expected residual (0, 0: none given); true if written.
    // With a residual, asks whether the risk's own residual should be set to it.
    bool addLink(qint64 riskId, int residualLikelihood, int residualConsequence);

public Q_SLOTS:
    // Opens the dialog to choose a risk.
    void chooseAndAddLink();
    void removeSelectedLink();

Q_SIGNALS:
    // A linked risk was opened (double-click or Enter): for whoever can show risks.
    void riskActivated(qint64 riskId);

private:
    void offerResidual(qint64 riskId, int likelihood, int consequence);
    void updateButtons();

    RegisterSession& m_session;
    qint64 m_actionId = 0;
    QListWidget* m_list;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    MessageLabel* m_message;
};

} // namespace sakra::gui
