#include "RecordListTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "widgets/EntityEditor.h"
#include "widgets/QueryTableModel.h"

#include <QLabel>
#include <QTableView>

namespace sakra::gui {

RecordListTab::RecordListTab(RegisterSession& session, const QString& prefix, const Texts& texts,
                             RecordTableModel* model, EntityEditor* editor, QWidget* filters, QWidget* parent)
    : ListFrame(session, ListFrame::Names::records(prefix), parent), m_model(model)
{
    m_model->setParent(this);
    setUp(m_model, editor,
          {.addText = texts.add,
           .removeText = texts.remove,
           .addTip = tr("Lägg till (Insert i listan)"),
           .listName = texts.listName,
           .filters = filters,
           .editorMinWidth = 420,
           .listStretch = 5,
           .editorStretch = 4,
           .sortable = true,
           .stretchLastColumn = true});
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
    entityEditor()->choicesChanged();
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

void RecordListTab::showRecord(qint64 id)
{
    selectId(id);
}

void RecordListTab::startNew(qint64 unitId)
{
    beginNew([this, unitId] { entityEditor()->startNew(unitId); });
}

void RecordListTab::announceSelection()
{
    if (isVisible())
        ListFrame::announceSelection();
}

} // namespace sakra::gui
