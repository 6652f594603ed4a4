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
#include <QScrollBar>
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
      m_timelineNote(new QLabel(this)), m_costTable(new QTableView(this)), m_statusTable(new QTableView(this))
{
    setObjectName(QStringLiteral("actionOverviewTab"));
    m_overdueBox->setObjectName(QStringLiteral("actionOverdueBox"));
    m_dueSoonBox->setObjectName(QStringLiteral("actionDueSoonBox"));
    m_timelineNote->setObjectName(QStringLiteral("actionTimelineNote"));
    m_costTable->setObjectName(QStringLiteral("actionCostTable"));
    m_statusTable->setObjectName(QStringLiteral("actionStatusTable"));
    m_overdue->sort(ActionTableModel::DueColumn, Qt::AscendingOrder);
    m_dueSoon->sort(ActionTableModel::DueColumn, Qt::AscendingOrder);

    // One page that scrolls as a whole: every part gets the height its rows need instead of
    // sharing the window's height, which left each too small to read.
    auto* page = new QWidget(this);
    auto* pageLayout = new QVBoxLayout(page);

    auto* overdueLayout = new QVBoxLayout(m_overdueBox);
    overdueLayout->addWidget(makeActionTable(m_overdue, QStringLiteral("actionOverdueTable")));
    auto* dueSoonLayout = new QVBoxLayout(m_dueSoonBox);
    dueSoonLayout->addWidget(makeActionTable(m_dueSoon, QStringLiteral("actionDueSoonTable")));
    auto* lists = new QHBoxLayout;
    lists->addWidget(m_overdueBox);
    lists->addWidget(m_dueSoonBox);
    pageLayout->addLayout(lists);

    m_costTable->setAccessibleName(tr("Kostnad per nämnd och år"));
    setUpTable(m_costTable);
    m_costTable->setModel(m_cost);
    m_costTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_costTable->horizontalHeader()->setSectionResizeMode(BoardCostTableModel::BoardColumn, QHeaderView::Stretch);
    m_costTable->horizontalHeader()->setStretchLastSection(false);
    auto* costBox = new QGroupBox(tr("Kostnad per nämnd och år mot budgetramen"), page);
    auto* costLayout = new QVBoxLayout(costBox);
    costLayout->addWidget(m_costTable);
    auto* costNote = new QLabel(tr("Kvar av budget: budgeten minus de beräknade kostnader som ska rymmas i den; åtgärder "
                                   "som kräver nya pengar räknas inte av. Avbrutna åtgärder räknas inte. Året är "
                                   "slutdatumets, annars startdatumets."),
                                costBox);
    costNote->setWordWrap(true);
    costLayout->addWidget(costNote);
    pageLayout->addWidget(costBox);

    m_statusTable->setAccessibleName(tr("Åtgärder per status och avdelning"));
    setUpTable(m_statusTable);
    m_statusTable->setModel(m_status);
    m_statusTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statusTable->horizontalHeader()->setSectionResizeMode(DepartmentStatusTableModel::DepartmentColumn,
                                                            QHeaderView::Stretch);
    m_statusTable->horizontalHeader()->setStretchLastSection(false);
    auto* statusBox = new QGroupBox(tr("Åtgärder per status och avdelning"), page);
    auto* statusLayout = new QVBoxLayout(statusBox);
    statusLayout->addWidget(m_statusTable);
    pageLayout->addWidget(statusBox);

    m_timelineNote->setWordWrap(true);
    m_timelineNote->setTextFormat(Qt::PlainText);
    auto* legend = new QLabel(tr("Stapeln går från start till slutdatum; ◆ = bara slutdatum. ✓ = genomförd den dagen. "
                                 "Röd stapel med streckat fält och ! = försenad; fältet visar tiden efter slutdatum. "
                                 "Den streckade lodräta linjen är i dag. Dubbelklicka eller tryck Retur för att öppna "
                                 "åtgärden."),
                              page);
    legend->setWordWrap(true);
    auto* timelineBox = new QGroupBox(tr("Tidslinje"), page);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timelineNote);
    timelineLayout->addWidget(legend);
    timelineLayout->addWidget(m_timeline);
    pageLayout->addWidget(timelineBox);
    pageLayout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("actionOverviewScroll"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_timeline, &ActionTimeline::actionActivated, this, &ActionOverviewTab::actionActivated);
}

void ActionOverviewTab::announceSelection()
{
    // Nothing here is one row to show the history of.
    if (isVisible())
        session().setHistorySubject(nullptr, QString(), QString());
}

void ActionOverviewTab::fitHeight(QTableView* table, int rows)
{
    const int shown = std::clamp(rows, 2, kMaxTableRows);
    const int height = table->horizontalHeader()->sizeHint().height() + shown * table->verticalHeader()->defaultSectionSize() +
                       table->horizontalScrollBar()->sizeHint().height() + 2 * table->frameWidth() + 2;
    table->setFixedHeight(height);
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
    table->setColumnHidden(ActionTableModel::LatestNoteColumn, true);
    fitHeight(table, kMaxTableRows);
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
    fitHeight(m_costTable, m_cost->rowCount());
    fitHeight(m_statusTable, m_status->rowCount());
    // This year's rows first in view; earlier years are a scroll away.
    const int year = QDate::currentDate().year();
    for (int row = 0; row < m_cost->rowCount(); ++row)
        if (m_cost->rowAt(row)->year >= year) {
            m_costTable->scrollTo(m_cost->index(row, 0), QAbstractItemView::PositionAtTop);
            break;
        }
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
