#pragma once

#include "incident/RecordListTab.h"

namespace sakra::gui {

class RecordFilterPanel;
class TrainingEditor;
class TrainingTableModel;

// The training area ("Utbildning och övningar"): sessions and exercises within the scope with the
// selected one's editor; units that owe a new session stand out.
class TrainingListTab : public RecordListTab
{
    Q_OBJECT

public:
    explicit TrainingListTab(RegisterSession& session, QWidget* parent = nullptr);

    TrainingTableModel* model() const { return m_model; }
    TrainingEditor* editor() const { return m_editor; }
    RecordFilterPanel* filters() const { return m_filters; }

protected:
    const TableSpec& recordTable() const override;
    void applyQuery(Register* reg) override;
    QString countText(Register& reg, qint64 total) const override;
    QWidget* searchField() const override;

private:
    TrainingListTab(RegisterSession& session, TrainingTableModel* model, TrainingEditor* editor,
                    RecordFilterPanel* filters, QWidget* parent);

    TrainingTableModel* m_model;
    TrainingEditor* m_editor;
    RecordFilterPanel* m_filters;
};

} // namespace sakra::gui
