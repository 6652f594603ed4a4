#pragma once

#include "risk/RiskMatrix.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sakra::gui {

class HeatMapModel;
class RegradeRunner;
class HeatMapWidget;
class RegisterSession;

// Edits the register's risk matrix: the size and step names of both scales, the risk levels
// with their colours and thresholds, and the consequence dimensions. A preview shows the grid
// as it will be; what is wrong is said as it happens and Save waits until nothing is. Saving
// says how many risks will be re-graded and is one step on the undo stack; the counting and the
// re-grading run on a thread of their own (RegradeRunner) with a progress dialog.
class RiskMatrixDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RiskMatrixDialog(RegisterSession& session, QWidget* parent = nullptr);

    // The matrix as the form has it now.
    RiskMatrix edited() const;

public Q_SLOTS:
    void save();

private:
    QWidget* createScalesPage();
    QWidget* createLevelsPage();
    QWidget* createDimensionsPage();
    void fillScale(QTableWidget* table, const std::vector<RiskMatrix::Label>& labels);
    void fillLevels(const std::vector<RiskMatrix::Level>& levels);
    void fillDimensions(const std::vector<RiskMatrix::Dimension>& dimensions);
    void setLevelColour(int row, const QColor& colour);
    void onSizeChanged();
    void chooseColour();
    void addLevel();
    void removeLevel();
    void addDimension();
    void removeDimension();
    void onEdited();
    void onRunnerFinished(const QString& problem);

    enum class Step
    {
        Idle,
        Counting, // how many risks the change touches
        Saving,
    };

    RegisterSession& m_session;
    RegradeRunner* m_runner;
    Step m_step = Step::Idle;
    RiskMatrix m_saving; // the matrix being saved
    RiskMatrix m_original;
    // Step names that a smaller size hid, so that growing again brings them back.
    std::vector<RiskMatrix::Label> m_likelihoodMemory;
    std::vector<RiskMatrix::Label> m_consequenceMemory;
    bool m_filling = false;
    QSpinBox* m_likelihoodSize;
    QSpinBox* m_consequenceSize;
    QTableWidget* m_likelihoodLabels;
    QTableWidget* m_consequenceLabels;
    QTableWidget* m_levels;
    QTableWidget* m_dimensions;
    HeatMapModel* m_previewModel;
    HeatMapWidget* m_preview;
    QLabel* m_problem;
    QPushButton* m_save;
};

} // namespace sakra::gui
