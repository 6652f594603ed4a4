#include "ActionListTab.h"

#include "ActionEditor.h"
#include "ActionFilterPanel.h"
#include "ActionTableModel.h"
#include "Register.h"
#include "RegisterSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>

namespace sakra::gui {

ActionListTab::ActionListTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("action")), parent),
      m_model(new ActionTableModel(this)), m_filters(new ActionFilterPanel(session, this)),
      m_editor(new ActionEditor(session, this)), m_sortColumn(ActionTableModel::DueColumn)
{
    watch<Action, ActionNote, ActionRisk, ActionKind, Risk, RiskMatrixSetting, OrgUnit, Person, Site,
          UnitSite>();
    setUp(m_model, m_editor,
          {.addText = tr("&Ny åtgärd"),
           .removeText = tr("Ta &bort åtgärd"),
           .addTip = tr("Lägg till en åtgärd (Insert i listan)"),
           .removeTip = tr("Ta bort den valda åtgärden med dess uppföljning och riskkopplingar (Delete i "
                           "listan); kan ångras"),
           .listName = tr("Åtgärder"),
           .filters = m_filters,
           .editorMinWidth = 420,
           .listStretch = 5,
           .editorStretch = 4,
           .sortable = true});
    QTableView* list = table();
    list->setColumnWidth(ActionTableModel::TitleColumn, 240);
    list->setColumnWidth(ActionTableModel::StatusColumn, 170);
    list->setColumnWidth(ActionTableModel::DueColumn, 90);
    list->setColumnWidth(ActionTableModel::LatestNoteColumn, 260);
    list->setColumnWidth(ActionTableModel::UnitColumn, 170);
    list->setColumnWidth(ActionTableModel::ResponsibleColumn, 140);
    list->setColumnWidth(ActionTableModel::KindColumn, 150);
    list->setColumnWidth(ActionTableModel::CostColumn, 120);
    list->sortByColumn(ActionTableModel::DueColumn, Qt::AscendingOrder);

    connect(m_filters, &ActionFilterPanel::changed, this, &ActionListTab::requery);
}

ActionQuery ActionListTab::query() const
{
    ActionQuery q;
    q.scopeUnitId = session().scopeUnitId();
    m_filters->applyTo(q);
    return q;
}

void ActionListTab::reload()
{
    if (!session().hasRegister()) {
        m_model->setQuery(nullptr, ActionQuery());
        selectId(0);
        updateCount();
        return;
    }
    m_filters->loadChoices(session().reg());
    m_editor->choicesChanged();
    requery();
}

void ActionListTab::refresh(const ChangeSet& changes)
{
    if (changes.touches(ActionKind::spec()) || changes.touches(OrgUnit::spec()) ||
        changes.touches(Person::spec()) || changes.touches(Site::spec()) ||
        changes.touches(UnitSite::spec())) {
        reload(); // the filters' and the form's choices
        return;
    }
    const bool risks = changes.touches(ActionRisk::spec()) || changes.touches(Risk::spec()) ||
                       changes.touches(RiskMatrixSetting::spec());
    if (changes.touches(Action::spec())) {
        m_model->refresh();
        updateCount();
        selectId(shownId());
    } else if (changes.touches(ActionNote::spec()) || (risks && m_filters->riskId() != 0)) {
        // The latest note is a column; the form keeps what is being typed in it.
        m_model->refresh();
        updateCount();
        reselect();
    }
    if (changes.touches(ActionNote::spec()))
        m_editor->reloadNotes();
    if (risks)
        m_editor->reloadRisks();
}

void ActionListTab::requery()
{
    m_model->setQuery(session().hasRegister() ? &session().reg() : nullptr, query());
    updateCount();
    selectId(shownId());
}

void ActionListTab::updateCount()
{
    if (!session().hasRegister()) {
        countLabel()->clear();
        return;
    }
    const qint64 total = m_model->totalCount();
    QString text = total == 1 ? tr("1 åtgärd") : tr("%1 åtgärder").arg(QLocale().toString(total));
    ActionQuery overdue = m_model->query();
    if (!overdue.overdueOnly && overdue.dueWithinDays < 0 && total > 0) {
        overdue.overdueOnly = true;
        if (const qint64 late = session().reg().actions().count(overdue))
            text += tr(", varav %1 försenade").arg(QLocale().toString(late));
    }
    countLabel()->setText(text);
}

QWidget* ActionListTab::searchField() const
{
    return m_filters->searchField();
}

void ActionListTab::showAction(qint64 id)
{
    selectId(id);
}

void ActionListTab::showActionsForRisk(qint64 riskId)
{
    QString title;
    if (riskId && session().hasRegister())
        if (const auto risk = session().reg().risks().find(riskId))
            title = risk->title;
    m_filters->setRisk(riskId, title);
}

void ActionListTab::showOverdue()
{
    m_filters->clearFilters();
    m_filters->setOverdueOnly(true);
}

void ActionListTab::showDueSoon()
{
    m_filters->clearFilters();
    m_filters->setDueSoonOnly(true);
}

void ActionListTab::onSortChanged(int column, Qt::SortOrder order)
{
    if (m_model->isSortable(column)) {
        m_sortColumn = column;
        m_sortOrder = order;
        reselect();
        return;
    }
    // The latest note cannot be sorted by in the database; the indicator goes back to what the
    // list is sorted by.
    const QSignalBlocker blocker(table()->horizontalHeader());
    table()->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
}

void ActionListTab::startNewAction(qint64 unitId)
{
    beginNew([this, unitId] { m_editor->startNew(unitId); });
}

void ActionListTab::announceSelection()
{
    if (isVisible())
        ListFrame::announceSelection();
}

} // namespace sakra::gui
