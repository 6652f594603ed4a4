#include "ActionOverviewTab.h"

#include "ActionFilterPanel.h"
#include "ActionTableModel.h"
#include "ActionTimeline.h"
#include "BoardCostTableModel.h"
#include "DepartmentStatusTableModel.h"
#include "Register.h"
#include "RegisterSession.h"
#include "storage/Tables.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace sakra::gui {

namespace {
void setUpTable(QTableView* table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

ActionOverviewTab::ActionOverviewTab(RegisterSession& session, QWidget* parent)
    : SessionTab(session, parent), m_overdue(new ActionTableModel(this)), m_dueSoon(new ActionTableModel(this)),
      m_cost(new BoardCostTableModel(this)), m_status(new DepartmentStatusTableModel(this)),
      m_timeline(new ActionTimeline(this)), m_overdueBox(new QGroupBox(this)), m_dueSoonBox(new QGroupBox(this)),
      m_timelineNote(new QLabel(this))
{
    setObjectName(QStringLiteral("actionOverviewTab"));
    m_overdueBox->setObjectName(QStringLiteral("actionOverdueBox"));
    m_dueSoonBox->setObjectName(QStringLiteral("actionDueSoonBox"));
    m_timelineNote->setObjectName(QStringLiteral("actionTimelineNote"));
    m_overdue->sort(ActionTableModel::DueColumn, Qt::AscendingOrder);
    m_dueSoon->sort(ActionTableModel::DueColumn, Qt::AscendingOrder);

    auto* overdueLayout = new QVBoxLayout(m_overdueBox);
    overdueLayout->addWidget(makeActionTable(m_overdue, QStringLiteral("actionOverdueTable")));
    auto* dueSoonLayout = new QVBoxLayout(m_dueSoonBox);
    dueSoonLayout->addWidget(makeActionTable(m_dueSoon, QStringLiteral("actionDueSoonTable")));
    auto* lists = new QWidget(this);
    auto* listsLayout = new QHBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->addWidget(m_overdueBox);
    listsLayout->addWidget(m_dueSoonBox);

    auto* costTable = new QTableView(this);
    costTable->setObjectName(QStringLiteral("actionCostTable"));
    costTable->setAccessibleName(tr("Kostnad per nämnd och år"));
    setUpTable(costTable);
    costTable->setModel(m_cost);
    costTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    costTable->horizontalHeader()->setSectionResizeMode(BoardCostTableModel::BoardColumn, QHeaderView::Stretch);
    costTable->horizontalHeader()->setStretchLastSection(false);
    auto* costBox = new QGroupBox(tr("Kostnad per nämnd och år mot budgetramen"), this);
    auto* costLayout = new QVBoxLayout(costBox);
    costLayout->addWidget(costTable);
    auto* costNote = new QLabel(tr("Kvar av budget: budgeten minus de beräknade kostnader som ska rymmas i den. "
                                   "Åtgärder som kräver nya pengar räknas inte av."),
                                this);
    costNote->setWordWrap(true);
    costLayout->addWidget(costNote);

    auto* statusTable = new QTableView(this);
    statusTable->setObjectName(QStringLiteral("actionStatusTable"));
    statusTable->setAccessibleName(tr("Åtgärder per status och avdelning"));
    setUpTable(statusTable);
    statusTable->setModel(m_status);
    statusTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    statusTable->horizontalHeader()->setSectionResizeMode(DepartmentStatusTableModel::DepartmentColumn, QHeaderView::Stretch);
    statusTable->horizontalHeader()->setStretchLastSection(false);
    auto* statusBox = new QGroupBox(tr("Åtgärder per status och avdelning"), this);
    auto* statusLayout = new QVBoxLayout(statusBox);
    statusLayout->addWidget(statusTable);

    auto* money = new QWidget(this);
    auto* moneyLayout = new QHBoxLayout(money);
    moneyLayout->setContentsMargins(0, 0, 0, 0);
    moneyLayout->addWidget(costBox, 3);
    moneyLayout->addWidget(statusBox, 2);

    auto* timelineScroll = new QScrollArea(this);
    timelineScroll->setObjectName(QStringLiteral("actionTimelineScroll"));
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);
    m_timelineNote->setWordWrap(true);
    m_timelineNote->setTextFormat(Qt::PlainText);
    auto* legend = new QLabel(tr("Stapeln går från start till slutdatum; ◆ = bara slutdatum. ✓ = genomförd den dagen. "
                                 "Röd stapel med streckat fält och ! = försenad, fältet visar tiden efter slutdatum. "
                                 "Den streckade lodräta linjen är i dag. Dubbelklicka för att öppna åtgärden."),
                              this);
    legend->setWordWrap(true);
    auto* timelineBox = new QGroupBox(tr("Tidslinje"), this);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timelineNote);
    timelineLayout->addWidget(timelineScroll, 1);
    timelineLayout->addWidget(legend);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("actionOverviewSplitter"));
    splitter->addWidget(lists);
    splitter->addWidget(money);
    splitter->addWidget(timelineBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_timeline, &ActionTimeline::actionActivated, this, &ActionOverviewTab::actionActivated);
}

QTableView* ActionOverviewTab::makeActionTable(ActionTableModel* model, const QString& name)
{
    auto* table = new QTableView(this);
    table->setObjectName(name);
    setUpTable(table);
    table->setModel(model);
    table->setToolTip(tr("Dubbelklicka eller tryck Retur för att öppna åtgärden"));
    for (int column : {int(ActionTableModel::StatusColumn), int(ActionTableModel::KindColumn),
                       int(ActionTableModel::CostColumn)})
        table->setColumnHidden(column, true);
    table->setColumnWidth(ActionTableModel::TitleColumn, 220);
    table->setColumnWidth(ActionTableModel::DueColumn, 90);
    table->setColumnWidth(ActionTableModel::UnitColumn, 150);
    table->setColumnWidth(ActionTableModel::ResponsibleColumn, 120);
    connect(table, &QTableView::activated, this, [this, model](const QModelIndex& index) {
        if (const ActionRow* row = model->rowAt(index.row()))
            Q_EMIT actionActivated(row->action.id);
    });
    return table;
}

bool ActionOverviewTab::dependsOn(const TableSpec& table) const
{
    return &table == &Tables::action() || &table == &Tables::actionNote() || &table == &Tables::actionKind() ||
           &table == &Tables::orgUnit() || &table == &Tables::person() || &table == &Tables::budgetLine();
}

void ActionOverviewTab::reload()
{
    Register* reg = session().hasRegister() ? &session().reg() : nullptr;
    const qint64 scope = session().scopeUnitId();
    ActionQuery overdue;
    overdue.scopeUnitId = scope;
    overdue.overdueOnly = true;
    m_overdue->setQuery(reg, overdue);
    ActionQuery soon;
    soon.scopeUnitId = scope;
    soon.dueWithinDays = ActionFilterPanel::kSoonDays;
    m_dueSoon->setQuery(reg, soon);
    const QLocale locale;
    m_overdueBox->setTitle(tr("Försenade (%1)").arg(locale.toString(m_overdue->totalCount())));
    m_dueSoonBox->setTitle(tr("Förfaller inom %1 dagar (%2)")
                               .arg(ActionFilterPanel::kSoonDays)
                               .arg(locale.toString(m_dueSoon->totalCount())));
    m_cost->setRows(reg ? reg->actionOverview().costPerBoardAndYear(scope) : std::vector<BoardYearCost>());
    m_status->setRows(reg ? reg->actionOverview().statusPerDepartment(scope) : std::vector<StatusCounts>());
    loadTimeline();
}

void ActionOverviewTab::loadTimeline()
{
    const QDate today = QDate::currentDate();
    if (!session().hasRegister()) {
        m_timeline->setEntries({}, today);
        m_timelineNote->clear();
        return;
    }
    ActionRepository& actions = session().reg().actions();
    // The actions whose due dates lie nearest today, on either side: overdue and coming ones
    // still open, and those done. Each is read sorted by distance from today and cut at the limit
    // in the database, so a plan of any size costs three short queries.
    ActionQuery base;
    base.scopeUnitId = session().scopeUnitId();
    base.today = today;
    base.limit = kTimelineLimit;
    ActionQuery late = base;
    late.overdueOnly = true;
    late.ascending = false;
    ActionQuery coming = base;
    coming.dueWithinDays = 100 * 365;
    ActionQuery done = base;
    done.status = Action::Status::Done;
    done.ascending = false;

    std::vector<ActionTimeline::Entry> entries;
    std::set<qint64> seen;
    qint64 total = 0;
    for (const ActionQuery& q : {late, coming, done}) {
        total += actions.count(q);
        for (const ActionRow& row : actions.list(q)) {
            const Action& a = row.action;
            if (!a.dueDate.isValid() || !seen.insert(a.id).second)
                continue;
            entries.push_back({a.id, a.title, a.startDate, a.dueDate, a.doneDate, a.status, a.isOverdue(today)});
        }
    }
    std::sort(entries.begin(), entries.end(), [&](const auto& x, const auto& y) {
        return std::abs(x.due.daysTo(today)) < std::abs(y.due.daysTo(today));
    });
    if (int(entries.size()) > kTimelineLimit)
        entries.resize(std::size_t(kTimelineLimit));
    std::sort(entries.begin(), entries.end(), [](const auto& x, const auto& y) {
        return x.due != y.due ? x.due < y.due : x.id < y.id;
    });
    const QLocale locale;
    if (total > qint64(entries.size()))
        m_timelineNote->setText(tr("Visar de %1 åtgärder vars slutdatum ligger närmast i dag, av %2 försenade, kommande "
                                   "och genomförda med slutdatum. Välj en mindre del av organisationen för att se dem alla.")
                                    .arg(locale.toString(qint64(entries.size())), locale.toString(total)));
    else
        m_timelineNote->setText(tr("Alla %1 försenade, kommande och genomförda åtgärder med slutdatum.")
                                    .arg(locale.toString(total)));
    m_timeline->setEntries(std::move(entries), today);
}

} // namespace sakra::gui
