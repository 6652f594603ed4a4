#pragma once

#include "RecordListTab.h"

namespace sakra::gui {

class IncidentEditor;
class IncidentFilterPanel;
class IncidentTableModel;

// The incidents within the scope, filtered and sorted in the database, with the selected
// incident's editor beside the list.
class IncidentListTab : public RecordListTab
{
    Q_OBJECT

public:
    explicit IncidentListTab(RegisterSession& session, QWidget* parent = nullptr);

    IncidentTableModel* model() const { return m_model; }
    IncidentEditor* editor() const { return m_editor; }
    IncidentFilterPanel* filters() const { return m_filters; }

protected:
    const TableSpec& recordTable() const override;
    void applyQuery(Register* reg) override;
    QString countText(Register& reg, qint64 total) const override;
    QWidget* searchField() const override;

private:
    // The parts are made first and handed to the frame, which places them.
    IncidentListTab(RegisterSession& session, IncidentTableModel* model, IncidentEditor* editor,
                    IncidentFilterPanel* filters, QWidget* parent);

    IncidentTableModel* m_model;
    IncidentEditor* m_editor;
    IncidentFilterPanel* m_filters;
};

} // namespace sakra::gui
