#pragma once

#include "RegisterSession.h"
#include "SessionTab.h"

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QMenu;
class QTableView;

namespace sakra::gui {

class EntityEditor;
class RegisterCommand;

// The one list-and-editor frame every list page uses: a table of rows with the selected row's
// editor beside it, buttons to add and remove, optional filters and widgets above and below the
// list, and the keys people expect (Insert adds, Delete removes the selected row, both only on
// the table so they never act inside a text field; Alt+Insert adds from anywhere in the page;
// Ctrl+F goes to the search field). The selection is kept by id across reloads and sorting, since
// rows move when they are renamed or sorted; an item being shown stays in the editor when the
// list no longer holds it.
class ListFrame : public SessionTab
{
    Q_OBJECT

public:
    // The objectNames of the frame's widgets (tests and screenshots find them by name).
    struct Names
    {
        QString tab;
        QString table;
        QString count;
        QString add;
        QString remove;
        QString splitter;
        QString editorScroll;
        QString listSplitter; // between top and the list, when there is a top

        // "risk": riskListTab, riskTable, riskCountLabel, addRiskButton, removeRiskButton, ...
        static Names entity(const QString& prefix);
        // "incident": incidentListTab, incidentTable, incidentAddButton, incidentRemoveButton, ...
        static Names records(const QString& prefix);
    };

    struct Options
    {
        QString addText = {};
        QString removeText = {};
        QString addTip = {};          // empty: a tip that names the key
        QString removeTip = {};       // empty: a tip that names the key and says it can be undone
        QString listName = {};        // the table's accessible name
        QWidget* filters = nullptr;   // in a "Filter" box above the list
        QWidget* top = nullptr;       // above the list in a splitter of its own (a heat map)
        QWidget* aboveList = nullptr; // right above the row of buttons
        QWidget* belowList = nullptr; // under the table
        int editorMinWidth = 340;
        int listStretch = 3;
        int editorStretch = 2;
        bool sortable = false;
        bool stretchLastColumn = false;
        int stretchColumn = -1; // >= 0: the columns fit their contents and this one takes the rest
    };

    ListFrame(RegisterSession& session, const Names& names, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    // True when the editor may show another row: it has no unsaved changes, or the user chose to
    // save them (and they were saved) or to drop them (asked in a box); false when the user stays.
    bool leaveEditor();
    // The same for every list frame under root (an area left, the window closed, another file).
    static bool leaveEditors(QWidget& root);
    // The menu of a list row (a right click, the menu key or Shift+F10 on the row at index, which
    // it selects): open in the form, new, remove, copy the row, export the list. The caller owns
    // it; the table's context menu shows it.
    QMenu* rowMenu(const QModelIndex& index);
    // Writes the list as it is shown (XLSX or CSV by its suffix) without asking for a
    // file; the export button asks, then comes here.
    void exportTo(const QString& path);
    // Names the shown row in the history panel (through an EntityEditor).
    void announceSelection() override;
    QLabel* countLabel() const { return m_count; }
    // Shows the row with this id in the form and selects it when the list holds it (a hit of
    // the search everywhere); unsaved changes in the form are asked about first.
    void openRecord(qint64 id) { selectId(id); }

protected:
    // Builds the layout around the page's model and editor; call once from the constructor.
    // When the editor is an EntityEditor, the frame shows, starts, removes and announces rows
    // through it, and selects a row it creates.
    void setUp(QAbstractItemModel* model, QWidget* editor, const Options& options);
    // Widgets put here before setUp() stand left of the add and remove buttons (search fields,
    // check boxes; countLabel() too, where the page wants it elsewhere than first); the row is
    // also where list-wide actions such as exporting the rows belong.
    QHBoxLayout* toolLayout() const { return m_tools; }
    QSplitter* splitter() const { return m_splitter; }
    void showEvent(QShowEvent* event) override;
    // The editor given to setUp() when it is an EntityEditor.
    EntityEditor* entityEditor() const { return m_editor; }

    // The id of a row and the row of an id (-1 when the list does not hold it); by default
    // asked of the model, which every list page's model answers (see RecordTableModel).
    virtual qint64 idAtRow(int row) const;
    virtual int rowOfId(qint64 id) const;
    // The editor shows this row (0: none).
    virtual void showItem(qint64 id);
    // The editor starts a new row; the list's selection is cleared already.
    virtual void startNew();
    // What a new row starts from (EntityEditor::startNew): the scope's unit unless said otherwise.
    virtual qint64 newContext() const;
    // Asks and removes (an undoable command); says why when core refuses.
    virtual void removeItem(qint64 id);
    // The editor holds a new row not yet saved.
    virtual bool isCreating() const;

    // The field Ctrl+F goes to.
    virtual QWidget* searchField() const { return nullptr; }
    // The list was sorted by another column; the default keeps the selection in view.
    virtual void onSortChanged(int column, Qt::SortOrder order);

    qint64 currentId() const;
    // The row the editor shows, also when it is not among the rows read into the table.
    qint64 shownId() const { return m_shownId; }
    // Puts the rows read(reg) returns in model (none without a register) and keeps the row shown.
    template <typename Model, typename Read> void showRows(Model* model, Read read)
    {
        const qint64 shown = shownId();
        if (session().hasRegister())
            model->setRows(read(session().reg()));
        else
            model->setRows({});
        selectId(shown);
    }
    // Has the editor show this row and selects it when the list holds it.
    void selectId(qint64 id);
    // Selects the shown row again after the list was read again, leaving the editor be.
    void reselect();
    // Clears the selection and has the editor start a new row: through start when given (a
    // new row with something filled in already), otherwise through startNew().
    void beginNew(const std::function<void()>& start = {});
    // Asks, then runs the command; shows core's refusal (something depends on the row) if any.
    void confirmAndRun(const QString& title, const QString& question, RegisterCommand* command);

private:
    void onCurrentChanged();
    // Writes the rows of the current filter and scope, with the columns shown, to XLSX or CSV.
    void exportRows();
    QString exportTitle() const;
    // The shown row's cells on the clipboard, tab-separated, to paste into a spreadsheet or mail.
    void copyRow();
    // The first field of the form takes the keyboard.
    void focusEditor();
    // Shares the height between the top and the list once it is known: the list gets room for a
    // screenful of rows, the top what is left, between its smallest and its preferred height.
    void shareColumn();

    Names m_names;
    EntityEditor* m_editor = nullptr;
    QHBoxLayout* m_tools;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_exportButton = nullptr;
    QSplitter* m_splitter;
    QSplitter* m_column = nullptr; // the top above the list, where there is one
    bool m_columnShared = false;
    qint64 m_shownId = 0;
    bool m_asking = false;
};

} // namespace sakra::gui
