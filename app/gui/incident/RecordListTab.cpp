#include "RecordListTab.h"

#include "RecordEditor.h"
#include "Register.h"
#include "RegisterSession.h"
#include "widgets/QueryTableModel.h"

#include <QLabel>
#include <QTableView>

namespace sakra::gui {

RecordListTab::RecordListTab(RegisterSession& session, const QString& prefix, const Texts& texts,
                             RecordTableModel* model, RecordEditor* editor, QWidget* filters, QWidget* parent)
    : ListFrame(session, ListFrame::Names::records(prefix), parent), m_model(model), m_editor(editor)
{
    m_model->setParent(this);
    setUp(m_model, m_editor,
          {.addText = texts.add,
           .removeText = texts.remove,
           .addTip = tr("Lägg till (Insert i listan)"),
           .listName = texts.listName,
           .filters = filters,
           .editorMinWidth = 420,
           .listStretch = 5,
           .editorStretch = 4,
           .editorScrollsSideways = false, // long unit names are cut in their combo boxes instead
           .sortable = true,
           .stretchLastColumn = true});
    connect(m_editor, &RecordEditor::recordCreated, this, &RecordListTab::selectId);
}

void RecordListTab::reload()
{
    if (!session().hasRegister()) {
        applyQuery(nullptr);
        selectId(0);
        updateCount();
        return;
    }
    loadChoices(session().reg());
    m_editor->choicesChanged();
    requery();
}

void RecordListTab::refresh(const ChangeSet& changes)
{
    if (touchesOnly(changes, recordTable())) {
        m_model->refresh();
        updateCount();
        selectId(shownId());
    } else {
        reload();
    }
}

void RecordListTab::requery()
{
    applyQuery(session().hasRegister() ? &session().reg() : nullptr);
    updateCount();
    selectId(shownId());
}

void RecordListTab::updateCount()
{
    if (!session().hasRegister()) {
        countLabel()->clear();
        return;
    }
    countLabel()->setText(countText(session().reg(), m_model->totalCount()));
}

void RecordListTab::showItem(qint64 id)
{
    m_editor->showRecord(id);
}

bool RecordListTab::isCreating() const
{
    return m_editor->isCreating();
}

void RecordListTab::removeItem(qint64 id)
{
    removeRecord(id);
}

void RecordListTab::showRecord(qint64 id)
{
    selectId(id);
}

void RecordListTab::startNew(qint64 unitId)
{
    beginNew([this, unitId] { m_editor->startNew(unitId); });
}

void RecordListTab::startNew()
{
    m_editor->startNew(session().scopeUnitId());
}

void RecordListTab::announceSelection()
{
    if (!isVisible())
        return;
    if (!session().hasRegister() || m_editor->recordId() == 0) {
        session().setHistorySubject(nullptr, QString(), QString());
        return;
    }
    announceRecord(session().reg(), m_editor->recordId());
}

} // namespace sakra::gui
