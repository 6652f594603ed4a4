#include "ActionNotesPanel.h"

#include "Register.h"
#include "RegisterSession.h"
#include "commands/CreateEntityCommand.h"
#include "commands/RemoveEntityCommand.h"
#include "widgets/Formatting.h"
#include "widgets/MessageLabel.h"
#include "widgets/Named.h"

#include <QAction>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace sakra::gui {

ActionNotesPanel::ActionNotesPanel(RegisterSession& session, QWidget* parent)
    : QGroupBox(tr("Uppföljning"), parent), m_session(session),
      m_current(named<QLabel>(this, "actionCurrentStateLabel")),
      m_list(named<QListWidget>(this, "actionNotesList")),
      m_date(named<QDateEdit>(this, "actionNoteDateEdit")),
      m_text(named<QPlainTextEdit>(this, "actionNoteTextEdit")),
      m_addButton(named<QPushButton>(this, "addActionNoteButton", tr("Ny &anteckning"))),
      m_removeButton(named<QPushButton>(this, "removeActionNoteButton", tr("Ta bort anteckning"))),
      m_message(named<MessageLabel>(this, "actionNoteMessage"))
{
    setObjectName(QStringLiteral("actionNotesPanel"));

    m_current->setTextFormat(Qt::PlainText);
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setFrameShape(QFrame::StyledPanel);
    m_current->setContentsMargins(6, 4, 6, 4);
    m_current->setAccessibleName(tr("Nuläge"));

    // Each note as a short paragraph, the date and author above the text: the editor is narrow
    // and notes are sentences, which columns would cut off.
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Anteckningar, de senaste först"));
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 7);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Anteckningens datum"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Vad har hänt? t.ex. \"Offert inkommen, beställning i maj\""));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
    m_text->setAccessibleName(tr("Ny anteckning"));
    m_addButton->setToolTip(tr("Lägg till anteckningen i uppföljningen (Ctrl+Retur); kan ångras"));
    // Ctrl+Return in the text adds the note; only there, so it cannot clash with other areas.
    auto* addFromText = new QAction(this);
    addFromText->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    addFromText->setShortcutContext(Qt::WidgetShortcut);
    m_text->addAction(addFromText);
    connect(addFromText, &QAction::triggered, this, &ActionNotesPanel::addNote);
    m_removeButton->setToolTip(tr("Ta bort den valda anteckningen; kan ångras"));

    auto* currentLabel = new QLabel(tr("Nuläge (senaste anteckningen):"), this);
    currentLabel->setBuddy(m_list);
    auto* removeRow = new QHBoxLayout;
    removeRow->addStretch();
    removeRow->addWidget(m_removeButton);
    auto* newRow = new QHBoxLayout;
    auto* dateLabel = new QLabel(tr("Datum:"), this);
    dateLabel->setBuddy(m_date);
    newRow->addWidget(dateLabel);
    newRow->addWidget(m_date);
    newRow->addStretch();
    newRow->addWidget(m_addButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(currentLabel);
    layout->addWidget(m_current);
    layout->addWidget(m_list, 1);
    layout->addLayout(removeRow);
    layout->addWidget(m_text);
    layout->addLayout(newRow);
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, &ActionNotesPanel::addNote);
    connect(m_removeButton, &QPushButton::clicked, this, &ActionNotesPanel::removeSelectedNote);
    connect(m_list, &QListWidget::currentItemChanged, this, &ActionNotesPanel::updateButtons);
    setActionId(0);
}

void ActionNotesPanel::setActionId(qint64 actionId)
{
    m_actionId = actionId;
    m_list->clear();
    m_message->clearMessage();
    const bool usable = actionId != 0 && m_session.hasRegister();
    setEnabled(usable);
    if (!usable) {
        m_current->setText(actionId == 0 ? tr("Spara åtgärden först; sedan kan du följa upp den här.")
                                         : QString());
        updateButtons();
        return;
    }
    const auto notes = m_session.reg().actionNotes().ofAction(actionId);
    for (const ActionNote& note : notes) {
        const QString heading = note.author.isEmpty()
                                    ? Formatting::date(note.notedOn)
                                    : tr("%1 – %2").arg(Formatting::date(note.notedOn), note.author);
        auto* item = new QListWidgetItem(heading + QLatin1Char('\n') + note.text, m_list);
        item->setData(Qt::UserRole, note.id);
        item->setData(Qt::UserRole + 1, Formatting::date(note.notedOn));
        item->setToolTip(note.text);
    }
    if (notes.empty())
        m_current->setText(tr("Ingen uppföljning ännu."));
    else
        m_current->setText(tr("%1: %2").arg(Formatting::date(notes.front().notedOn), notes.front().text));
    updateButtons();
}

bool ActionNotesPanel::addNote()
{
    if (!m_actionId || !m_session.hasRegister())
        return false;
    ActionNote note;
    note.actionId = m_actionId;
    note.notedOn = m_date->date();
    note.text = m_text->toPlainText().trimmed();
    auto* command =
        new CreateEntityCommand<ActionNote>(m_session, note, tr("Ny anteckning: %1").arg(note.text.left(40)));
    CommandFailure failure;
    if (!m_session.execute(command, &failure)) {
        m_message->showMessage(failure.message);
        m_text->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_text->clear();
    // Ctrl+Z should now undo the note, not bring back the text the field held.
    m_text->document()->clearUndoRedoStacks();
    m_date->setDate(QDate::currentDate());
    // The session's change notice has the editor read the log again; read it here too in case
    // this panel stands alone.
    setActionId(m_actionId);
    return true;
}

void ActionNotesPanel::removeSelectedNote()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item || !m_session.hasRegister())
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QString title = tr("Ta bort anteckning");
    if (QMessageBox::question(this, title,
                              tr("Ta bort anteckningen från %1? Det går att ångra.")
                                  .arg(item->data(Qt::UserRole + 1).toString())) != QMessageBox::Yes)
        return;
    CommandFailure failure;
    if (!m_session.execute(new RemoveEntityCommand<ActionNote>(m_session, id, tr("Ta bort anteckning")),
                           &failure))
        m_message->showMessage(failure.message);
    setActionId(m_actionId);
}

void ActionNotesPanel::updateButtons()
{
    m_removeButton->setEnabled(m_list->currentItem() != nullptr);
}

} // namespace sakra::gui
