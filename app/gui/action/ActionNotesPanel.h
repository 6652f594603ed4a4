#pragma once

#include <QGroupBox>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QListWidget;

namespace sakra::gui {

class MessageLabel;
class RegisterSession;

// The follow-up log of one action, newest first, with the latest note shown as the action's
// current state ("Nuläge"). A new note is dated today unless another day is chosen; adding and
// removing notes are undoable.
class ActionNotesPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ActionNotesPanel(RegisterSession& session, QWidget* parent = nullptr);

    // Reads the action's notes (0: none, the panel is disabled).
    void setActionId(qint64 actionId);
    qint64 actionId() const { return m_actionId; }

public Q_SLOTS:
    // Adds the note typed in the panel; true if it was written.
    bool addNote();
    void removeSelectedNote();

private:
    void updateButtons();

    RegisterSession& m_session;
    qint64 m_actionId = 0;
    QLabel* m_current;
    QListWidget* m_list;
    QDateEdit* m_date;
    QPlainTextEdit* m_text;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    MessageLabel* m_message;
};

} // namespace sakra::gui
