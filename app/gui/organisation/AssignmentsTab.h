#pragma once

#include "widgets/ListFrame.h"

class QCheckBox;
class QLabel;

namespace sakra::gui {

class AssignmentEditor;
class AssignmentTableModel;

// Assignments in the security organisation within the scope: those active today, or all.
class AssignmentsTab : public ListFrame
{
    Q_OBJECT

public:
    explicit AssignmentsTab(RegisterSession& session, QWidget* parent = nullptr);

protected:
    void reload() override;
    void refresh(const ChangeSet& changes) override;

private:
    AssignmentTableModel* m_model;
    AssignmentEditor* m_editor;
    QCheckBox* m_showAll;
    QLabel* m_count;
};

} // namespace sakra::gui
