#pragma once

#include "alarm/AlarmEditor.h"
#include "alarm/AlarmTableModel.h"
#include "incident/RecordListTab.h"

namespace sakra::gui {

// The alarm area ("Larm"): alarm equipment of the units and sites within the scope, with the
// selected one's editor; equipment never tested or past its test stands out.
class AlarmListTab : public RecordList<AlarmTableModel, AlarmEditor>
{
    Q_OBJECT

public:
    explicit AlarmListTab(RegisterSession& session, QWidget* parent = nullptr);
};

} // namespace sakra::gui
