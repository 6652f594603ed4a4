#pragma once

#include "widgets/ListFrame.h"

namespace sakra::gui {

class SecurityWalkEditor;
class SecurityWalkTableModel;

// Security walks through the register's sites, newest first, with the findings of the selected
// walk; a finding becomes a risk from here. Sites are shared by the whole municipality, so the
// scope does not filter the walks.
class SecurityWalksTab : public ListFrame
{
    Q_OBJECT

public:
    explicit SecurityWalksTab(RegisterSession& session, QWidget* parent = nullptr);

    SecurityWalkEditor* editor() const { return m_editor; }

Q_SIGNALS:
    void riskActivated(qint64 riskId);

protected:
    void reload() override;

private:
    SecurityWalkTableModel* m_model;
    SecurityWalkEditor* m_editor;
};

} // namespace sakra::gui
