#pragma once

#include "widgets/ListFrame.h"

namespace sakra::gui {

class ThreatAssessmentTableModel;

// The threat assessments within the scope, for the restricted view. Nothing of them is handed to
// the main window's history panel, which stays on screen after the view is closed.
class ThreatAssessmentsTab : public ListFrame
{
    Q_OBJECT

public:
    explicit ThreatAssessmentsTab(RegisterSession& session, QWidget* parent = nullptr);

protected:
    void reload() override;

private:
    ThreatAssessmentTableModel* m_model;
};

} // namespace sakra::gui
