#pragma once

#include "incident/IncidentEditor.h"
#include "incident/IncidentFilterPanel.h"
#include "incident/IncidentTableModel.h"
#include "incident/RecordListTab.h"

namespace sakra::gui {

// The incidents within the scope, filtered and sorted in the database, with the selected
// incident's editor beside the list.
class IncidentListTab : public RecordList<IncidentTableModel, IncidentEditor, IncidentFilterPanel>
{
    Q_OBJECT

public:
    explicit IncidentListTab(RegisterSession& session, QWidget* parent = nullptr);

protected:
    void narrow(IncidentQuery& query) const override;
};

} // namespace sakra::gui
