#include "WalkFindingsPanel.h"

#include "MakeRiskDialog.h"
#include "Register.h"
#include "RegisterSession.h"
#include "WalkFindingTableModel.h"
#include "commands/CreateEntityCommand.h"
#include "commands/RemoveEntityCommand.h"
#include "commands/UpdateEntityCommand.h"
#include "widgets/Named.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sakra::gui {

WalkFindingsPanel::WalkFindingsPanel(RegisterSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new WalkFindingTableModel(this)),
      m_table(named<QTableView>(this, "findingsTable")),
      m_add(named<QPushButton>(this, "addFindingButton", tr("Ny iakttagelse…"))),
      m_edit(named<QPushButton>(this, "editFindingButton", tr("Ändra…"))),
      m_remove(named<QPushButton>(this, "removeFindingButton", tr("Ta bort"))),
      m_makeRisk(named<QPushButton>(this, "makeRiskButton", tr("&Gör till risk…"))),
      m_openRisk(named<QPushButton>(this, "openFindingRiskButton", tr("Visa risken")))
{
    m_makeRisk->setToolTip(tr("Skapa en risk av iakttagelsen och koppla den till iakttagelsen (kan ångras)"));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Iakttagelser"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(WalkFindingTableModel::DescriptionColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WalkFindingTableModel::RiskColumn,
                                                      QHeaderView::Interactive);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 8);

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_edit, 0, 1);
    buttons->addWidget(m_remove, 0, 2);
    buttons->addWidget(m_makeRisk, 1, 0, 1, 2);
    buttons->addWidget(m_openRisk, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &WalkFindingsPanel::addFinding);
    connect(m_edit, &QPushButton::clicked, this, &WalkFindingsPanel::editFinding);
    connect(m_remove, &QPushButton::clicked, this, &WalkFindingsPanel::removeFinding);
    connect(m_makeRisk, &QPushButton::clicked, this, &WalkFindingsPanel::makeRisk);
    connect(m_openRisk, &QPushButton::clicked, this, &WalkFindingsPanel::openRisk);
    connect(m_table, &QTableView::activated, this, [this] {
        const WalkFindingRow* row = m_model->rowAt(m_table->currentIndex().row());
        if (row && row->finding.riskId)
            openRisk();
        else
            editFinding();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WalkFindingsPanel::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WalkFindingsPanel::updateButtons);
    updateButtons();
}

void WalkFindingsPanel::setWalk(const std::optional<SecurityWalk>& walk)
{
    m_walk = walk;
    reload();
}

qint64 WalkFindingsPanel::currentFindingId() const
{
    const WalkFindingRow* row = m_model->rowAt(m_table->currentIndex().row());
    return row ? row->finding.id : 0;
}

void WalkFindingsPanel::reload()
{
    const qint64 current = currentFindingId();
    std::vector<WalkFindingRow> rows;
    if (m_walk && m_session.hasRegister()) {
        Register& reg = m_session.reg();
        for (WalkFinding& f : reg.walkFindings().ofWalk(m_walk->id)) {
            QString title;
            if (f.riskId)
                if (const auto risk = reg.risks().find(f.riskId))
                    title = risk->title;
            rows.push_back({std::move(f), title});
        }
    }
    m_model->setRows(std::move(rows));
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->resizeRowsToContents();
    updateButtons();
}

void WalkFindingsPanel::updateButtons()
{
    const WalkFindingRow* row = m_model->rowAt(m_table->currentIndex().row());
    m_add->setEnabled(m_walk.has_value());
    m_edit->setEnabled(row != nullptr);
    m_remove->setEnabled(row != nullptr);
    m_makeRisk->setEnabled(row && row->finding.riskId == 0);
    m_openRisk->setEnabled(row && row->finding.riskId != 0);
}

void WalkFindingsPanel::addFinding()
{
    if (!m_walk)
        return;
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(this, tr("Ny iakttagelse"), tr("Vad såg ni?"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    WalkFinding finding;
    finding.walkId = m_walk->id;
    finding.description = text.trimmed();
    m_session.executeOrTell(
        new CreateEntityCommand<WalkFinding>(m_session, finding, tr("Lägg till iakttagelse")), this,
        tr("Ny iakttagelse"));
}

void WalkFindingsPanel::editFinding()
{
    const WalkFindingRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return;
    const WalkFinding before = row->finding;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Ändra iakttagelse"), tr("Iakttagelse:"),
                                                        before.description, &ok);
    if (!ok || text.trimmed() == before.description)
        return;
    WalkFinding after = before;
    after.description = text.trimmed();
    m_session.executeOrTell(
        new UpdateEntityCommand<WalkFinding>(m_session, before, after, tr("Ändra iakttagelse")), this,
        tr("Ändra iakttagelse"));
}

void WalkFindingsPanel::removeFinding()
{
    const WalkFindingRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row)
        return;
    const QString question =
        row->finding.riskId
            ? tr("Ta bort iakttagelsen? Risken som gjordes av den finns kvar. Det går att ångra.")
            : tr("Ta bort iakttagelsen? Det går att ångra.");
    if (QMessageBox::question(this, tr("Ta bort iakttagelse"), question) != QMessageBox::Yes)
        return;
    m_session.executeOrTell(
        new RemoveEntityCommand<WalkFinding>(m_session, row->finding.id, tr("Ta bort iakttagelse")), this,
        tr("Ta bort iakttagelse"));
}

void WalkFindingsPanel::makeRisk()
{
    const WalkFindingRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (!row || !m_walk || row->finding.riskId != 0 || !m_session.hasRegister())
        return;
    MakeRiskDialog dialog(m_session, *m_walk, row->finding, this);
    if (dialog.exec() == QDialog::Accepted && dialog.createdRiskId())
        Q_EMIT riskActivated(dialog.createdRiskId());
}

void WalkFindingsPanel::openRisk()
{
    const WalkFindingRow* row = m_model->rowAt(m_table->currentIndex().row());
    if (row && row->finding.riskId)
        Q_EMIT riskActivated(row->finding.riskId);
}

} // namespace sakra::gui
