#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QRadioButton;

namespace sakra {
class HeatMap;
class RiskMatrix;
} // namespace sakra

namespace sakra::gui {

class HeatMapModel;
class HeatMapWidget;

// The heat map of the risk list with its choice of before or after treatment, a legend of the
// levels in words, and a button to let go of a chosen cell.
class RiskHeatMapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RiskHeatMapPanel(QWidget* parent = nullptr);

    void setMatrix(const RiskMatrix& matrix);
    void setCounts(const HeatMap& counts);
    // After treatment (residual) rather than before.
    bool residual() const;
    HeatMapWidget* heatMap() const { return m_widget; }
    HeatMapModel* model() const { return m_model; }

Q_SIGNALS:
    void residualChanged(bool residual);
    void cellChosen(int likelihood, int consequence);

private:
    void onSelectionChanged(int likelihood, int consequence);
    void updateAccessibleName();

    HeatMapModel* m_model;
    HeatMapWidget* m_widget;
    QRadioButton* m_before;
    QRadioButton* m_after;
    QLabel* m_legend;
    QLabel* m_total;
    QPushButton* m_showAll;
};

} // namespace sakra::gui
