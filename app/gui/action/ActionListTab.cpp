#include "ActionListTab.h"

#include "ActionEditor.h"
#include "ActionFilterPanel.h"
#include "ActionTableModel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "commands/RemoveEntityCommand.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sakra::gui {

ActionListTab::ActionListTab(RegisterSession& session, QWidget* parent)
    : SessionTab(session, parent), m_model(new ActionTableModel(this)), m_filters(new ActionFilterPanel(session, this)),
      m_editor(new ActionEditor(session, this)), m_table(new QTableView(this)), m_count(new QLabel(this)),
      m_addButton(new QPushButton(tr("&Ny åtgärd"), this)), m_removeButton(new QPushButton(tr("Ta &bort åtgärd"), this)),
      m_sortColumn(ActionTableModel::DueColumn)
{
    watch<Action, ActionNote, ActionRisk, ActionKind, Risk, RiskMatrixSetting, OrgUnit, Person, Site, UnitSite>();
    setObjectName(QStringLiteral("actionListTab"));
    m_table->setObjectName(QStringLiteral("actionTable"));
    m_count->setObjectName(QStringLiteral("actionCountLabel"));
    m_addButton->setObjectName(QStringLiteral("addActionButton"));
    m_removeButton->setObjectName(QStringLiteral("removeActionButton"));
    m_addButton->setToolTip(tr("Lägg till en åtgärd (Insert i listan)"));
    m_removeButton->setToolTip(tr("Ta bort den valda åtgärden med dess uppföljning och riskkopplingar (Delete i "
                                  "listan); kan ångras"));
    m_removeButton->setEnabled(false);

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Åtgärder"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(ActionTableModel::TitleColumn, 240);
    m_table->setColumnWidth(ActionTableModel::StatusColumn, 170);
    m_table->setColumnWidth(ActionTableModel::DueColumn, 90);
    m_table->setColumnWidth(ActionTableModel::LatestNoteColumn, 260);
    m_table->setColumnWidth(ActionTableModel::UnitColumn, 170);
    m_table->setColumnWidth(ActionTableModel::ResponsibleColumn, 140);
    m_table->setColumnWidth(ActionTableModel::KindColumn, 150);
    m_table->setColumnWidth(ActionTableModel::CostColumn, 120);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActionTableModel::DueColumn, Qt::AscendingOrder);

    auto* filterBox = new QGroupBox(tr("Filter"), this);
    auto* filterLayout = new QVBoxLayout(filterBox);
    filterLayout->addWidget(m_filters);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_count);
    tools->addStretch();
    tools->addWidget(m_addButton);
    tools->addWidget(m_removeButton);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(filterBox);
    leftLayout->addLayout(tools);
    leftLayout->addWidget(m_table, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("actionEditorScroll"));
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(420);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("actionSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Keys on the table itself, so Delete in a text field never removes an action.
    auto* addAction = new QAction(this);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(addAction);
    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    this->addAction(find);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActionListTab::onCurrentChanged);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &ActionListTab::onSortIndicatorChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_removeButton->setEnabled(false); });
    connect(m_addButton, &QPushButton::clicked, this, [this] { startNewAction(SessionTab::session().scopeUnitId()); });
    connect(addAction, &QAction::triggered, m_addButton, &QPushButton::click);
    connect(m_removeButton, &QPushButton::clicked, this, &ActionListTab::removeCurrent);
    connect(removeAction, &QAction::triggered, m_removeButton, &QPushButton::click);
    connect(find, &QAction::triggered, this, [this] {
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });
    connect(m_filters, &ActionFilterPanel::changed, this, &ActionListTab::requery);
    connect(m_editor, &ActionEditor::actionCreated, this, &ActionListTab::selectId);
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
        m_shownId = 0;
        m_editor->showAction(0);
        updateCount();
        return;
    }
    m_filters->loadChoices(session().reg());
    m_editor->choicesChanged();
    requery();
}

void ActionListTab::refresh(const ChangeSet& changes)
{
    if (changes.touches(ActionKind::spec()) || changes.touches(OrgUnit::spec()) || changes.touches(Person::spec()) ||
        changes.touches(Site::spec()) || changes.touches(UnitSite::spec())) {
        reload(); // the filters' and the form's choices
        return;
    }
    const bool risks = changes.touches(ActionRisk::spec()) || changes.touches(Risk::spec()) ||
                       changes.touches(RiskMatrixSetting::spec());
    if (changes.touches(Action::spec())) {
        m_model->refresh();
        updateCount();
        selectId(m_shownId);
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
    selectId(m_shownId);
}

void ActionListTab::updateCount()
{
    if (!session().hasRegister()) {
        m_count->clear();
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
    m_count->setText(text);
}

qint64 ActionListTab::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    const ActionRow* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    return row ? row->action.id : 0;
}

void ActionListTab::selectId(qint64 id)
{
    m_shownId = id;
    reselect();
    if (!(id == 0 && m_editor->isCreating()))
        m_editor->showAction(id);
    announceSelection();
}

void ActionListTab::reselect()
{
    // m_shownId is set already, so onCurrentChanged lets the editor be.
    const int row = m_shownId ? m_model->rowOf(m_shownId) : -1;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_table->clearSelection();
        m_table->setCurrentIndex(QModelIndex());
    }
    m_removeButton->setEnabled(m_shownId != 0 && !m_editor->isCreating());
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

void ActionListTab::onCurrentChanged()
{
    const qint64 id = currentId();
    if (id == 0 || id == m_shownId)
        return;
    m_shownId = id;
    m_removeButton->setEnabled(true);
    m_editor->showAction(id);
    announceSelection();
}

void ActionListTab::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (ActionTableModel::isSortable(column)) {
        m_sortColumn = column;
        m_sortOrder = order;
        reselect();
        return;
    }
    // The latest note cannot be sorted by in the database; the indicator goes back to what the
    // list is sorted by.
    const QSignalBlocker blocker(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
}

void ActionListTab::startNewAction(qint64 unitId)
{
    m_shownId = 0;
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    m_removeButton->setEnabled(false);
    m_editor->startNew(unitId);
    announceSelection();
}

void ActionListTab::removeCurrent()
{
    const qint64 id = m_shownId;
    if (id == 0 || !session().hasRegister())
        return;
    const auto action = session().reg().actions().find(id);
    if (!action)
        return;
    const QString title = tr("Ta bort åtgärd");
    if (QMessageBox::question(this, title,
                              tr("Ta bort åtgärden %1 med dess uppföljning och riskkopplingar? Det går att ångra.")
                                  .arg(action->title)) != QMessageBox::Yes)
        return;
    CommandFailure failure;
    if (!session().execute(new RemoveEntityCommand<Action>(session(), id, tr("Ta bort åtgärden %1").arg(action->title)),
                           &failure))
        QMessageBox::information(this, title, failure.message);
}

void ActionListTab::announceSelection()
{
    if (!isVisible())
        return;
    if (!session().hasRegister() || m_editor->actionId() == 0) {
        session().setHistorySubject(nullptr, QString(), QString());
        return;
    }
    if (const auto action = session().reg().actions().find(m_editor->actionId()))
        session().setHistorySubject(&Action::spec(), action->uuid, action->title);
}

} // namespace sakra::gui
