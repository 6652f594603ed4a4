#pragma once

#include "widgets/ListFrame.h"

namespace sakra {
class Register;
}

namespace sakra::gui {

class EntityEditor;
class RecordTableModel;

// A list of records within the scope with their filters above it and the selected record's editor
// beside it: the list frame bridged to a RecordTableModel, for the incident, training, routine and
// alarm lists.
class RecordListTab : public ListFrame
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
    RecordListTab(RegisterSession& session, const QString& prefix, const Texts& texts,
                  RecordTableModel* model, EntityEditor* editor, QWidget* filters, QWidget* parent = nullptr);

    // Shows the record in the editor and selects it in the list when the list holds it.
    void showRecord(qint64 id);
    // A new record in the editor, for the unit when one is given (0: none chosen yet).
    void startNew(qint64 unitId);
    void announceSelection() override;

    RecordTableModel* recordModel() const { return m_model; }

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

    void requery();

private:
    void updateCount();

    RecordTableModel* m_model;
};

} // namespace sakra::gui
