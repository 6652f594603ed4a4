#pragma once

#include "incident/RecordListTab.h"

namespace sakra::gui {

class RecordFilterPanel;
class AlarmEditor;
class AlarmTableModel;

// The alarm area ("Larm"): alarm equipment of the units and sites within the scope, with the
// selected one's editor; equipment never tested or past its test stands out.
class AlarmListTab : public RecordListTab
{
    Q_OBJECT

public:
    explicit AlarmListTab(RegisterSession& session, QWidget* parent = nullptr);

    AlarmTableModel* model() const { return m_model; }
    AlarmEditor* editor() const { return m_editor; }
    RecordFilterPanel* filters() const { return m_filters; }

protected:
    const TableSpec& recordTable() const override;
    void applyQuery(Register* reg) override;
    QString countText(Register& reg, qint64 total) const override;
    QWidget* searchField() const override;

private:
    AlarmListTab(RegisterSession& session, AlarmTableModel* model, AlarmEditor* editor,
                 RecordFilterPanel* filters, QWidget* parent);

    AlarmTableModel* m_model;
    AlarmEditor* m_editor;
    RecordFilterPanel* m_filters;
};

} // namespace sakra::gui
