#include "BudgetTab.h"

#include "BudgetEditor.h"
#include "BudgetTableModel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "widgets/Formatting.h"
#include "widgets/Named.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <map>

namespace sakra::gui {

BudgetTab::BudgetTab(RegisterSession& session, QWidget* parent)
    : ListFrame(session, ListFrame::Names::entity(QStringLiteral("budget")), parent),
      m_model(new BudgetTableModel(this)), m_matrix(named<QTableWidget>(this, "budgetMatrix")),
      m_costYear(named<QSpinBox>(this, "postCostYearSpin")),
      m_costs(named<QTableWidget>(this, "postCostTable"))
{
    watch<BudgetLine, OrgUnit, PlannedPost, UnitBoard>();
    setObjectName(QStringLiteral("budgetTab"));
    m_matrix->setAccessibleName(tr("Budget per nämnd och år"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::NoSelection);
    m_matrix->setFocusPolicy(Qt::NoFocus);
    m_matrix->setWordWrap(false);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The overview under the lines, where a reader's eye ends up after the rows: the allocations
    // per board and year, and on a page beside it the posts' cost against them, so the lines keep
    // their room.
    auto* overview = new QTabWidget(this);
    overview->setObjectName(QStringLiteral("budgetOverviewTabs"));
    overview->setDocumentMode(true);
    overview->addTab(m_matrix, tr("Per nämnd och år"));
    m_costYear->setRange(1900, 2200);
    m_costYear->setValue(QDate::currentDate().year());
    m_costYear->setAccessibleName(tr("År att jämföra tjänsternas kostnad med ramen för"));
    auto* costPage = new QWidget(overview);
    auto* costLayout = new QVBoxLayout(costPage);
    costLayout->setContentsMargins(0, 4, 0, 0);
    auto* costHeading = new QHBoxLayout;
    auto* costLabel = new QLabel(tr("Planerade tjänsters kostnad mot ramen, &år:"), costPage);
    costLabel->setBuddy(m_costYear);
    costHeading->addWidget(costLabel);
    costHeading->addWidget(m_costYear);
    costHeading->addStretch();
    m_costs->setAccessibleName(tr("Planerade tjänsters kostnad mot ramen per nämnd"));
    m_costs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_costs->setSelectionMode(QAbstractItemView::NoSelection);
    m_costs->setFocusPolicy(Qt::NoFocus);
    m_costs->setWordWrap(false);
    m_costs->verticalHeader()->hide();
    m_costs->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_costs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    costLayout->addLayout(costHeading);
    costLayout->addWidget(m_costs);
    costLayout->addStretch();
    overview->addTab(costPage, tr("Tjänsternas kostnad mot ramen"));
    connect(m_costYear, &QSpinBox::valueChanged, this, &BudgetTab::updateCosts);
    setUp(m_model, new BudgetEditor(session, this),
          {.addText = tr("Ny budgetrad"),
           .removeText = tr("Ta bort budgetrad"),
           .belowList = overview,
           .stretchColumn = BudgetTableModel::NoteColumn});
}

QSet<qint64> BudgetTab::boardsInScope() const
{
    const qint64 scope = session().scopeUnitId();
    QSet<qint64> boards;
    if (scope == 0)
        return boards;
    OrgUnitRepository& units = session().reg().units();
    const QList<qint64> subtree = units.subtreeIds(scope);
    const QSet<qint64> inScope(subtree.begin(), subtree.end());
    const QMultiHash<qint64, qint64> further = session().reg().unitBoards().links();
    for (const OrgUnit& unit :
         units.ofKinds({UnitKind::Board, UnitKind::Administration, UnitKind::Company})) {
        if (!inScope.contains(unit.id))
            continue;
        boards.insert(unit.kind == UnitKind::Board ? unit.id : unit.boardId);
        for (const qint64 board : further.values(unit.id))
            boards.insert(board);
    }
    // A department's scope answers to the board of the administration above it.
    auto unit = units.find(scope);
    for (int depth = 0; boards.isEmpty() && unit && depth < 64; ++depth) {
        if (isAdministrationLike(unit->kind)) {
            boards.insert(unit->boardId);
            for (const qint64 board : further.values(unit->id))
                boards.insert(board);
        }
        unit = units.find(unit->parentId);
    }
    return boards;
}

void BudgetTab::reload()
{
    const qint64 shown = shownId();
    std::vector<BudgetRow> rows;
    if (session().hasRegister()) {
        const QSet<qint64> boards = boardsInScope();
        for (BudgetRow& row : session().reg().budget().all())
            if (boards.isEmpty() || boards.contains(row.line.boardId))
                rows.push_back(std::move(row));
    }
    m_model->setRows(std::move(rows));
    updateMatrix();
    updateCosts();
    selectId(shown);
}

void BudgetTab::refresh(const ChangeSet& changes)
{
    if (changes.touches(OrgUnit::spec()))
        entityEditor()->choicesChanged();
    reload();
}

void BudgetTab::updateMatrix()
{
    std::map<int, qint64> perYear;
    std::map<QString, std::map<int, qint64>> perBoard;
    for (const BudgetRow& row : m_model->rows()) {
        perYear[row.line.year] += row.line.amountKr;
        perBoard[row.boardName][row.line.year] += row.line.amountKr;
    }
    m_matrix->clear();
    m_matrix->setRowCount(int(perBoard.size()) + 1);
    m_matrix->setColumnCount(int(perYear.size()));
    QStringList years;
    for (const auto& [year, total] : perYear)
        years << QString::number(year);
    m_matrix->setHorizontalHeaderLabels(years);

    QStringList boards;
    QFont bold = m_matrix->font();
    bold.setBold(true);
    auto cell = [](const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    int row = 0;
    for (const auto& [board, amounts] : perBoard) {
        boards << board;
        int column = 0;
        for (const auto& [year, total] : perYear) {
            const auto it = amounts.find(year);
            // A dash rather than an empty cell: no allocation is an answer, not a gap.
            m_matrix->setItem(row, column++,
                              cell(it == amounts.end() ? tr("–") : Formatting::kronor(it->second)));
        }
        ++row;
    }
    boards << tr("Summa");
    int column = 0;
    for (const auto& [year, total] : perYear) {
        QTableWidgetItem* item = cell(Formatting::kronor(total));
        item->setFont(bold);
        m_matrix->setItem(row, column++, item);
    }
    m_matrix->setVerticalHeaderLabels(boards);
    if (QTableWidgetItem* header = m_matrix->verticalHeaderItem(row))
        header->setFont(bold);
    // Tall enough for every board without a scroll bar of its own, up to a limit.
    const int height = m_matrix->horizontalHeader()->height() + m_matrix->verticalHeader()->length() + 4;
    m_matrix->setFixedHeight(std::min(height, 320));
}

void BudgetTab::updateCosts()
{
    std::vector<BoardPostCost> costs;
    if (session().hasRegister()) {
        const QSet<qint64> boards = boardsInScope();
        for (const BoardPostCost& c : session().reg().staffing().costPerBoard(m_costYear->value()))
            if (boards.isEmpty() || boards.contains(c.boardId))
                costs.push_back(c);
    }
    const QStringList headers{tr("Nämnd"), tr("Ram"), tr("Tjänsternas kostnad"), tr("Kvar av ramen"),
                              tr("Ej kostnadsberäknade tjänster")};
    m_costs->clear();
    m_costs->setColumnCount(int(headers.size()));
    m_costs->setHorizontalHeaderLabels(headers);
    m_costs->setRowCount(int(costs.size()));
    auto cell = [](const QString& text, bool right) {
        auto* item = new QTableWidgetItem(text);
        item->setTextAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        return item;
    };
    int row = 0;
    for (const BoardPostCost& c : costs) {
        m_costs->setItem(row, 0, cell(c.boardName, false));
        m_costs->setItem(
            row, 1, cell(c.hasAllocation() ? Formatting::kronor(c.allocationKr) : tr("ingen ram"), true));
        m_costs->setItem(row, 2, cell(Formatting::kronor(c.postsCostKr), true));
        QTableWidgetItem* left =
            cell(c.hasAllocation() ? Formatting::kronor(c.remainingKr()) : tr("–"), true);
        if (c.hasAllocation() && c.remainingKr() < 0) {
            left->setText(tr("%1 (över ramen)").arg(Formatting::kronor(c.remainingKr())));
            QFont bold = m_costs->font();
            bold.setBold(true);
            left->setFont(bold);
        }
        m_costs->setItem(row, 3, left);
        m_costs->setItem(row, 4,
                         cell(c.postsNotCosted > 0 ? QString::number(c.postsNotCosted) : tr("–"), true));
        ++row;
    }
    const int height = m_costs->horizontalHeader()->height() + m_costs->verticalHeader()->length() + 4;
    m_costs->setFixedHeight(std::min(height, 290));
}

qint64 BudgetTab::newContext() const
{
    // A new line is for the board in scope when there is just one.
    const QSet<qint64> boards = session().hasRegister() ? boardsInScope() : QSet<qint64>();
    return boards.size() == 1 ? *boards.begin() : 0;
}

} // namespace sakra::gui
