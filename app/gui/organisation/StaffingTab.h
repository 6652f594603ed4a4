#pragma once

#include "widgets/SessionTab.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace sakra::gui {

class MessageLabel;
class StaffingTableModel;
class UnitComboBox;

// The staffing overview: planned and filled posts per administration or company and level,
// today, with the number of planned posts editable.
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

    StaffingTableModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    UnitComboBox* m_unit;
    QComboBox* m_level;
    QSpinBox* m_posts;
    QPushButton* m_setButton;
    MessageLabel* m_message;
};

} // namespace sakra::gui
