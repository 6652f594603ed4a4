#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace sakra {
class ChangeSet;
}

namespace sakra::gui {

class RegisterSession;

// The actions treating one risk, for the risk editor: each with its status, due date and latest
// note, a button for a new action treating the risk and one to see them in the action area. It
// follows changes made elsewhere (undo, the action editor) by itself.
//
// In the risk editor: extraLayout()->addWidget(m_actions = new RiskActionsPanel(session, this));
// and m_actions->setRiskId(id) whenever the editor shows a risk (0 for a new one).
class RiskActionsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit RiskActionsPanel(RegisterSession& session, QWidget* parent = nullptr);

    void setRiskId(qint64 riskId);
    qint64 riskId() const { return m_riskId; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void onChanged(const ChangeSet& changes);

    RegisterSession& m_session;
    qint64 m_riskId = 0;
    bool m_stale = true;
    QTreeWidget* m_list;
    QLabel* m_empty;
    QPushButton* m_newButton;
    QPushButton* m_showButton;
};

} // namespace sakra::gui
