#pragma once

#include "risk/SecurityWalk.h"

#include <QWidget>
#include <optional>

class QPushButton;
class QTableView;

namespace sakra::gui {

class RegisterSession;
class WalkFindingTableModel;

// The findings of the security walk shown in the editor: add, reword and remove them, turn one
// into a risk, or open the risk it has become.
class WalkFindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WalkFindingsPanel(RegisterSession& session, QWidget* parent = nullptr);

    // None: nothing to list (no walk, or one not saved yet).
    void setWalk(const std::optional<SecurityWalk>& walk);
    QTableView* table() const { return m_table; }
    // For tests and scripts: the finding selected, 0 when none.
    qint64 currentFindingId() const;

public Q_SLOTS:
    void makeRisk();

Q_SIGNALS:
    void riskActivated(qint64 riskId);

private:
    void reload();
    void updateButtons();
    void addFinding();
    void editFinding();
    void removeFinding();
    void openRisk();

    RegisterSession& m_session;
    std::optional<SecurityWalk> m_walk;
    WalkFindingTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_makeRisk;
    QPushButton* m_openRisk;
};

} // namespace sakra::gui
