#include "RiskListTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "RiskEditor.h"
#include "RiskFilterPanel.h"
#include "RiskHeatMapPanel.h"
#include "RiskTableModel.h"
#include "commands/RemoveEntityCommand.h"
#include "widgets/HeatMapModel.h"
#include "widgets/HeatMapWidget.h"

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
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sakra::gui {

RiskListTab::RiskListTab(RegisterSession& session, QWidget* parent)
    : SessionTab(session, parent), m_model(new RiskTableModel(this)), m_filters(new RiskFilterPanel(session, this)),
      m_heatMap(new RiskHeatMapPanel(this)), m_editor(new RiskEditor(session, this)), m_table(new QTableView(this)),
      m_count(new QLabel(this)), m_cellLabel(new QLabel(this)), m_addButton(new QPushButton(tr("&Ny risk"), this)),
      m_removeButton(new QPushButton(tr("Ta &bort risk"), this))
{
    watch<Risk, RiskMatrixSetting, RiskCategory, RiskInventory, OrgUnit, Person, Site, UnitSite>();
    setObjectName(QStringLiteral("riskListTab"));
    m_table->setObjectName(QStringLiteral("riskTable"));
    m_count->setObjectName(QStringLiteral("riskCountLabel"));
    m_cellLabel->setObjectName(QStringLiteral("riskCellLabel"));
    m_addButton->setObjectName(QStringLiteral("addRiskButton"));
    m_removeButton->setObjectName(QStringLiteral("removeRiskButton"));
    m_addButton->setToolTip(tr("Lägg till en risk (Insert i listan)"));
    m_removeButton->setToolTip(tr("Ta bort den valda risken (Delete i listan); kan ångras"));
    m_removeButton->setEnabled(false);
    m_cellLabel->setTextFormat(Qt::PlainText);
    m_cellLabel->setWordWrap(true);
    m_cellLabel->hide();

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Risker"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RiskTableModel::TitleColumn, 240);
    m_table->setColumnWidth(RiskTableModel::UnitColumn, 150);
    m_table->setColumnWidth(RiskTableModel::CategoryColumn, 120);
    m_table->setColumnWidth(RiskTableModel::LevelColumn, 80);
    m_table->setColumnWidth(RiskTableModel::ResidualLevelColumn, 100);
    m_table->setColumnWidth(RiskTableModel::StatusColumn, 80);
    m_table->setColumnWidth(RiskTableModel::OwnerColumn, 140);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RiskTableModel::LevelColumn, Qt::DescendingOrder);

    auto* filterBox = new QGroupBox(tr("Filter"), this);
    auto* filterLayout = new QVBoxLayout(filterBox);
    filterLayout->addWidget(m_filters);
    filterLayout->addStretch();
    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_heatMap, 3);
    topLayout->addWidget(filterBox, 2);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_count);
    tools->addStretch();
    tools->addWidget(m_addButton);
    tools->addWidget(m_removeButton);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_cellLabel);
    bottomLayout->addLayout(tools);
    bottomLayout->addWidget(m_table, 1);

    // People with a small screen can give the list the room the heat map takes.
    auto* left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("riskListSplitter"));
    left->addWidget(top);
    left->addWidget(bottom);
    left->setStretchFactor(0, 0);
    left->setStretchFactor(1, 1);
    left->setChildrenCollapsible(false);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(380);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("riskSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Keys on the table itself, so Delete in a text field never removes a risk.
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

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RiskListTab::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_removeButton->setEnabled(false); });
    connect(m_addButton, &QPushButton::clicked, this, &RiskListTab::startNew);
    connect(addAction, &QAction::triggered, m_addButton, &QPushButton::click);
    connect(m_removeButton, &QPushButton::clicked, this, &RiskListTab::removeCurrent);
    connect(removeAction, &QAction::triggered, m_removeButton, &QPushButton::click);
    connect(find, &QAction::triggered, this, [this] {
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });
    connect(m_filters, &RiskFilterPanel::changed, this, [this] { requery(true); });
    connect(m_heatMap, &RiskHeatMapPanel::residualChanged, this, [this] { updateHeatMap(); });
    connect(m_heatMap, &RiskHeatMapPanel::cellChosen, this, [this] { requery(false); });
    connect(m_editor, &RiskEditor::riskCreated, this, &RiskListTab::selectId);
}

RiskQuery RiskListTab::query(bool withCell) const
{
    RiskQuery q;
    q.scopeUnitId = session().scopeUnitId();
    m_filters->applyTo(q);
    const HeatMapWidget* map = m_heatMap->heatMap();
    if (withCell && map->hasSelection()) {
        q.cellLikelihood = map->selectedLikelihood();
        q.cellConsequence = map->selectedConsequence();
        q.cellResidual = m_heatMap->residual();
    }
    return q;
}

void RiskListTab::reload()
{
    if (!session().hasRegister()) {
        m_model->setQuery(nullptr, RiskQuery(), RiskMatrix());
        m_editor->showRisk(0);
        return;
    }
    Register& reg = session().reg();
    m_matrix = reg.riskMatrix().current();
    m_filters->loadChoices(reg, m_matrix);
    m_heatMap->setMatrix(m_matrix);
    m_editor->choicesChanged();
    requery(true);
}

void RiskListTab::refresh(const ChangeSet& changes)
{
    if (!touchesOnly(changes, Risk::spec())) {
        reload();
        return;
    }
    const qint64 shown = m_shownId;
    m_model->refresh();
    updateHeatMap();
    updateCount();
    selectId(shown);
}

void RiskListTab::requery(bool heatMapToo)
{
    const qint64 shown = m_shownId;
    m_model->setQuery(session().hasRegister() ? &session().reg() : nullptr, query(true), m_matrix);
    if (heatMapToo)
        updateHeatMap();
    updateCount();
    updateCellLabel();
    selectId(shown);
}

void RiskListTab::updateHeatMap()
{
    if (!session().hasRegister())
        return;
    // One GROUP BY over the filtered risks; the cell filter is left out so all cells count.
    m_heatMap->setCounts(session().reg().risks().heatMap(query(false), m_heatMap->residual()));
}

void RiskListTab::updateCount()
{
    if (!session().hasRegister()) {
        m_count->clear();
        return;
    }
    const qint64 total = m_model->totalCount();
    QString text = total == 1 ? tr("1 risk") : tr("%1 risker").arg(QLocale().toString(total));
    RiskQuery overdue = m_model->query();
    if (!overdue.overdueOnly && total > 0) {
        overdue.overdueOnly = true;
        if (const qint64 late = session().reg().risks().count(overdue))
            text += tr(", varav %1 med försenad omprövning").arg(QLocale().toString(late));
    }
    m_count->setText(text);
}

void RiskListTab::updateCellLabel()
{
    const HeatMapWidget* map = m_heatMap->heatMap();
    if (!map->hasSelection()) {
        m_cellLabel->hide();
        return;
    }
    const HeatMapModel* cells = m_heatMap->model();
    m_cellLabel->setText(tr("Listan visar rutan sannolikhet %1 och konsekvens %2 (%3). Välj rutan igen eller "
                            "Visa alla för att se alla.")
                             .arg(cells->likelihoodText(map->selectedLikelihood()),
                                  cells->consequenceText(map->selectedConsequence()),
                                  m_heatMap->residual() ? tr("efter åtgärder") : tr("före åtgärder")));
    m_cellLabel->show();
}

qint64 RiskListTab::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    const RiskRow* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    return row ? row->risk.id : 0;
}

void RiskListTab::selectId(qint64 id)
{
    const int row = id ? m_model->rowOf(id) : -1;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_table->setCurrentIndex(QModelIndex());
    }
    m_removeButton->setEnabled(id != 0 && !m_editor->isCreating());
    m_shownId = id;
    if (!(id == 0 && m_editor->isCreating()))
        m_editor->showRisk(id);
    announceSelection();
}

void RiskListTab::showRisk(qint64 id)
{
    selectId(id);
}

void RiskListTab::onCurrentChanged()
{
    const qint64 id = currentId();
    if (id == 0 || id == m_shownId)
        return;
    m_shownId = id;
    m_removeButton->setEnabled(true);
    m_editor->showRisk(id);
    announceSelection();
}

void RiskListTab::startNew()
{
    startNewRisk(session().scopeUnitId());
}

void RiskListTab::startNewRisk(qint64 unitId, qint64 inventoryId, qint64 siteId)
{
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    m_removeButton->setEnabled(false);
    m_shownId = 0;
    m_editor->startNew(unitId, inventoryId, siteId);
    announceSelection();
}

void RiskListTab::removeCurrent()
{
    const qint64 id = m_shownId;
    if (id == 0 || !session().hasRegister())
        return;
    const auto risk = session().reg().risks().find(id);
    if (!risk)
        return;
    const QString title = tr("Ta bort risk");
    if (QMessageBox::question(this, title, tr("Ta bort risken %1? Det går att ångra.").arg(risk->title)) !=
        QMessageBox::Yes)
        return;
    CommandFailure failure;
    if (!session().execute(new RemoveEntityCommand<Risk>(session(), id, tr("Ta bort risken %1").arg(risk->title)),
                           &failure))
        QMessageBox::information(this, title, failure.message);
}

void RiskListTab::announceSelection()
{
    if (!isVisible())
        return;
    if (!session().hasRegister() || m_editor->riskId() == 0) {
        session().setHistorySubject(nullptr, QString(), QString());
        return;
    }
    if (const auto risk = session().reg().risks().find(m_editor->riskId()))
        session().setHistorySubject(&Risk::spec(), risk->uuid, risk->title);
}

} // namespace sakra::gui
