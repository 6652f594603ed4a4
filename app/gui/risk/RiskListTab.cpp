#include "RiskListTab.h"

#include "Register.h"
#include "RegisterSession.h"
#include "RiskEditor.h"
#include "RiskFilterPanel.h"
#include "RiskHeatMapPanel.h"
#include "RiskTableModel.h"
#include "widgets/HeatMapModel.h"
#include "widgets/HeatMapWidget.h"
#include "widgets/Named.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace sakra::gui {

RiskListTab::RiskListTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("risk")), parent),
      m_model(new RiskTableModel(this)), m_filters(new RiskFilterPanel(session, this)),
      m_heatMap(new RiskHeatMapPanel(this)), m_editor(new RiskEditor(session, this)),
      m_cellLabel(named<QLabel>(this, "riskCellLabel"))
{
    watch<Risk, RiskMatrixSetting, RiskCategory, RiskInventory, OrgUnit, Person, Site, UnitSite>();
    m_cellLabel->setTextFormat(Qt::PlainText);
    m_cellLabel->setWordWrap(true);
    m_cellLabel->hide();

    auto* filterBox = new QGroupBox(tr("Filter"), this);
    auto* filterLayout = new QVBoxLayout(filterBox);
    filterLayout->addWidget(m_filters);
    filterLayout->addStretch();
    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_heatMap, 3);
    topLayout->addWidget(filterBox, 2);

    setUp(m_model, m_editor,
          {.addText = tr("&Ny risk"),
           .removeText = tr("Ta &bort risk"),
           .addTip = tr("Lägg till en risk (Insert i listan)"),
           .removeTip = tr("Ta bort den valda risken (Delete i listan); kan ångras"),
           .listName = tr("Risker"),
           .top = top,
           .aboveList = m_cellLabel,
           .editorMinWidth = 380,
           .sortable = true,
           .stretchLastColumn = true});
    table()->sortByColumn(RiskTableModel::LevelColumn, Qt::DescendingOrder);

    connect(m_filters, &RiskFilterPanel::changed, this, [this] { requery(true); });
    connect(m_heatMap, &RiskHeatMapPanel::residualChanged, this, [this] { updateHeatMap(); });
    connect(m_heatMap, &RiskHeatMapPanel::cellChosen, this, [this] { requery(false); });
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
        m_editor->showRecord(0);
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
    m_model->refresh();
    updateHeatMap();
    updateCount();
    selectId(shownId());
}

void RiskListTab::requery(bool heatMapToo)
{
    m_model->setQuery(session().hasRegister() ? &session().reg() : nullptr, query(true), m_matrix);
    if (heatMapToo)
        updateHeatMap();
    updateCount();
    updateCellLabel();
    selectId(shownId());
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
        countLabel()->clear();
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
    countLabel()->setText(text);
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

QWidget* RiskListTab::searchField() const
{
    return m_filters->searchField();
}

void RiskListTab::showRisk(qint64 id)
{
    selectId(id);
}

void RiskListTab::startNewRisk(qint64 unitId, qint64 inventoryId, qint64 siteId)
{
    beginNew([=, this] { m_editor->startNewFrom(unitId, inventoryId, siteId); });
}

void RiskListTab::announceSelection()
{
    if (isVisible())
        ListFrame::announceSelection();
}

} // namespace sakra::gui
