#pragma once

#include "widgets/SessionTab.h"

class QLabel;
class QPushButton;
class QSplitter;
class QTableView;

namespace sakra {
class Register;
}

namespace sakra::gui {

class RecordEditor;
class RecordTableModel;

// A list of records within the scope with their filters above it and the selected record's editor
// beside it: the frame the incident, training, routine and alarm lists share. Insert in the list
// starts a new record, Delete removes the selected one (undoable), Ctrl+F goes to the filters.
class RecordListTab : public SessionTab
{
    Q_OBJECT

public:
    struct Texts
    {
        QString add;    // "&Ny händelse"
        QString remove; // "Ta &bort händelse"
        QString listName;
    };

    // prefix names the widgets for tests: prefix + "Table", "CountLabel", "AddButton", ...
    RecordListTab(RegisterSession& session, const QString& prefix, const Texts& texts, RecordTableModel* model,
                  RecordEditor* editor, QWidget* filters, QWidget* parent = nullptr);

    // Shows the record in the editor and selects it in the list when the list holds it.
    void showRecord(qint64 id);
    void startNew(qint64 unitId);
    void announceSelection() override;

    QTableView* table() const { return m_table; }
    RecordTableModel* recordModel() const { return m_model; }
    RecordEditor* recordEditor() const { return m_editor; }
    QLabel* countLabel() const { return m_count; }

protected:
    void reload() override;
    void refresh(const ChangeSet& changes) override;

    // The table of the records listed; a change there re-reads the rows, others reload all.
    virtual const TableSpec& recordTable() const = 0;
    // Hands the model its query: the scope, the filters, the register (null when none is open).
    virtual void applyQuery(Register* reg) = 0;
    virtual void loadChoices(Register& reg) { Q_UNUSED(reg) }
    // "12 händelser, varav 3 öppna"
    virtual QString countText(Register& reg, qint64 total) const = 0;
    // Asks and removes (an undoable command); messages on refusal.
    virtual void removeRecord(qint64 id) = 0;
    // What the history panel shows for the record.
    virtual void announceRecord(Register& reg, qint64 id) = 0;
    // The filter field Ctrl+F goes to.
    virtual QWidget* searchField() const { return nullptr; }

    void requery();
    QSplitter* splitter() const { return m_splitter; }

private:
    void updateCount();
    void selectId(qint64 id);
    void reselect();
    void onCurrentChanged();

    RecordTableModel* m_model;
    RecordEditor* m_editor;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QSplitter* m_splitter;
    qint64 m_shownId = 0;
};

} // namespace sakra::gui
