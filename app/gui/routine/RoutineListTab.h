#pragma once

#include "incident/RecordListTab.h"
#include "routine/RoutineEditor.h"
#include "routine/RoutineTableModel.h"

namespace sakra::gui {

// The routine area ("Rutiner"): routines, plans and checklists that apply within the scope, with
// the selected one's editor; those past their review stand out.
class RoutineListTab : public RecordList<RoutineTableModel, RoutineEditor>
{
    Q_OBJECT

public:
    explicit RoutineListTab(RegisterSession& session, QWidget* parent = nullptr);
};

} // namespace sakra::gui
