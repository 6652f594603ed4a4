#pragma once

#include "incident/RecordListTab.h"

namespace sakra::gui {

class RecordFilterPanel;
class RoutineEditor;
class RoutineTableModel;

// The routine area ("Rutiner"): routines, plans and checklists that apply within the scope, with
// the selected one's editor; those past their review stand out.
class RoutineListTab : public RecordListTab
{
    Q_OBJECT

public:
    explicit RoutineListTab(RegisterSession& session, QWidget* parent = nullptr);

    RoutineTableModel* model() const { return m_model; }
    RoutineEditor* editor() const { return m_editor; }
    RecordFilterPanel* filters() const { return m_filters; }

protected:
    const TableSpec& recordTable() const override;
    void applyQuery(Register* reg) override;
    QString countText(Register& reg, qint64 total) const override;
    QWidget* searchField() const override;

private:
    RoutineListTab(RegisterSession& session, RoutineTableModel* model, RoutineEditor* editor,
                   RecordFilterPanel* filters, QWidget* parent);

    RoutineTableModel* m_model;
    RoutineEditor* m_editor;
    RecordFilterPanel* m_filters;
};

} // namespace sakra::gui
