#pragma once

#include <QTabWidget>

namespace sakra::gui {

class RegisterSession;
class RiskListTab;

// The risk area: the risks with their heat map, the occasions they come from (risk inventories
// and security walks), premises inventories and the category catalogue, one tab each. The risk
// matrix and the restricted threat assessments open from buttons beside the tabs, never as an
// ordinary list.
class RiskArea : public QTabWidget
{
    Q_OBJECT

public:
    explicit RiskArea(RegisterSession& session, QWidget* parent = nullptr);

    RiskListTab* riskList() const { return m_risks; }

public Q_SLOTS:
    void openMatrixEditor();
    void openThreatAssessments();

private:
    void onCurrentChanged(int index);
    void showRisk(qint64 id);
    void startNewRisk(qint64 unitId, qint64 inventoryId, qint64 siteId);

    RegisterSession& m_session;
    RiskListTab* m_risks;
};

} // namespace sakra::gui
