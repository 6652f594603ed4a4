#pragma once

#include "SessionTab.h"

class QAbstractItemModel;
class QHBoxLayout;
class QPushButton;
class QTableView;

namespace sakra::gui {

class RegisterCommand;

// A table of rows with the selected row's editor beside it, and buttons to add and remove rows.
// The selection is kept by id across reloads, since rows move when they are renamed or sorted.
class ListEditorTab : public SessionTab
{
    Q_OBJECT

public:
    // prefix names the widgets: prefix + "Table", "add" + Prefix + "Button", ...
    ListEditorTab(RegisterSession& session, const QString& prefix, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }

protected:
    // Builds the layout around the subclass's model and editor; call once from the constructor.
    void setUp(QAbstractItemModel* model, QWidget* editor, const QString& addText, const QString& removeText);
    // For search fields and filters above the table.
    QHBoxLayout* toolLayout() const { return m_tools; }

    virtual qint64 idAtRow(int row) const = 0;
    // -1 when the row is not shown.
    virtual int rowOfId(qint64 id) const = 0;
    // The editor shows this row (0: none).
    virtual void showItem(qint64 id) = 0;
    virtual void startNew() = 0;
    virtual void removeItem(qint64 id) = 0;

    qint64 currentId() const;
    // The row the editor shows, also when it is not among the rows read into the table.
    qint64 shownId() const { return m_shownId; }
    // Selects the row with this id if it is shown and has the editor show it in any case.
    void selectId(qint64 id);
    // Asks, then runs the command; shows core's refusal (something depends on the row) if any.
    void confirmAndRun(const QString& title, const QString& question, RegisterCommand* command);

private:
    void onCurrentChanged();

    QString m_prefix;
    QHBoxLayout* m_tools;
    QTableView* m_table;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    qint64 m_shownId = 0;
};

} // namespace sakra::gui
