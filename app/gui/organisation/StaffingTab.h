#pragma once

#include "organisation/SecurityLevel.h"
#include "widgets/SessionTab.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace sakra::gui {

class MessageLabel;
class StaffingTableModel;
class UnitComboBox;

// The staffing overview: planned and filled posts per administration or company and level (and
// related posts outside the three levels), today, with the number of planned posts, their yearly
// cost and the board that pays for them editable.
class StaffingTab : public SessionTab
{
    Q_OBJECT

public:
    explicit StaffingTab(RegisterSession& session, QWidget* parent = nullptr);

    void announceSelection() override;

protected:
    void reload() override;

private:
    void onCurrentChanged();
    void showPlanned();
    void setPlanned();
    SecurityLevel level() const;

    StaffingTableModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    UnitComboBox* m_unit;
    QComboBox* m_level;
    QLineEdit* m_title;
    QComboBox* m_payer;
    QSpinBox* m_posts;
    QSpinBox* m_cost;
    QPushButton* m_setButton;
    MessageLabel* m_message;
};

} // namespace sakra::gui
