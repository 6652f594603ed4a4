#pragma once

#include <QDialog>

namespace sakra::gui {

class RegisterSession;
class ThreatAssessmentsTab;

// The restricted view of threat assessments, opened only on purpose from the risk area after a
// notice. A banner keeps saying what is on screen for as long as it is open.
class ThreatAssessmentsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ThreatAssessmentsDialog(RegisterSession& session, QWidget* parent = nullptr);

    ThreatAssessmentsTab* tab() const { return m_tab; }

private:
    ThreatAssessmentsTab* m_tab;
};

} // namespace sakra::gui
