#pragma once

#include "risk/RiskMatrix.h"
#include "risk/RiskQuery.h"
#include "widgets/ListFrame.h"

class QLabel;

namespace sakra::gui {

class RiskEditor;
class RiskFilterPanel;
class RiskHeatMapPanel;
class RiskTableModel;

// The risks within the scope: the heat map and the filters above the list, the selected risk's
// editor beside it. A cell of the heat map filters the list; the heat map itself follows the
// other filters. Everything is read a page at a time, so the largest registers open at once.
class RiskListTab : public ListFrame
{
    Q_OBJECT

public:
    explicit RiskListTab(RegisterSession& session, QWidget* parent = nullptr);

    void announceSelection() override;
    // Shows the risk in the editor and selects it in the list when the list holds it.
    void showRisk(qint64 id);
    void startNewRisk(qint64 unitId, qint64 inventoryId = 0, qint64 siteId = 0);

    RiskTableModel* model() const { return m_model; }
    RiskHeatMapPanel* heatMapPanel() const { return m_heatMap; }
    RiskEditor* editor() const { return m_editor; }

protected:
    void reload() override;
    void refresh(const ChangeSet& changes) override;

private:
    QWidget* searchField() const override;

    RiskQuery query(bool withCell) const;
    // Reads the list again, and the heat map too unless only the chosen cell changed.
    void requery(bool heatMapToo);
    void updateHeatMap();
    void updateCount();
    void updateCellLabel();

    RiskTableModel* m_model;
    RiskFilterPanel* m_filters;
    RiskHeatMapPanel* m_heatMap;
    RiskEditor* m_editor;
    QLabel* m_cellLabel;
    RiskMatrix m_matrix;
};

} // namespace sakra::gui
