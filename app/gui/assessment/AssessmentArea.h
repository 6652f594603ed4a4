#pragma once

#include "widgets/SessionTab.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace sakra::gui {

class AssessmentDetailPanel;
class AssessmentTableModel;

// The self-assessment area ("Egenkontroll"): the auditors' questions answered from the register,
// as a table per board, administration or unit within the scope, with the chosen cell's reasons,
// recommendations and override beside it.
class AssessmentArea : public SessionTab
{
    Q_OBJECT

public:
    explicit AssessmentArea(RegisterSession& session, QWidget* parent = nullptr);

    QComboBox* levelCombo() const { return m_level; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    QTableView* table() const { return m_table; }
    AssessmentTableModel* model() const { return m_model; }
    AssessmentDetailPanel* detailPanel() const { return m_detail; }

    void announceSelection() override;

protected:
    void reload() override;

private:
    void onCurrentChanged();
    void reselect();

    AssessmentTableModel* m_model;
    QComboBox* m_level;
    QDateEdit* m_asOf;
    QLabel* m_summary;
    QTableView* m_table;
    AssessmentDetailPanel* m_detail;
    qint64 m_unitId = 0;
    QString m_question;
};

} // namespace sakra::gui
